@NullMarked
package dev.limittriage.cli;

import org.jspecify.annotations.NullMarked;
