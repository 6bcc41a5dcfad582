@NullMarked
package dev.limittriage.diagnosis;

import org.jspecify.annotations.NullMarked;
