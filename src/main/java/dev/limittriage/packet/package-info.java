@NullMarked
package dev.limittriage.packet;

import org.jspecify.annotations.NullMarked;
