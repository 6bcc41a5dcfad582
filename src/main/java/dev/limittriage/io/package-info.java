@NullMarked
package dev.limittriage.io;

import org.jspecify.annotations.NullMarked;
