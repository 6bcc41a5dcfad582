@NullMarked
package dev.limittriage;

import org.jspecify.annotations.NullMarked;
