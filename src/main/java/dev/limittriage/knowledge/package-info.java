@NullMarked
package dev.limittriage.knowledge;

import org.jspecify.annotations.NullMarked;
