@NullMarked
package dev.limittriage.ui;

import org.jspecify.annotations.NullMarked;
