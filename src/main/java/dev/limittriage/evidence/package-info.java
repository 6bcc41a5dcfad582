@NullMarked
package dev.limittriage.evidence;

import org.jspecify.annotations.NullMarked;
