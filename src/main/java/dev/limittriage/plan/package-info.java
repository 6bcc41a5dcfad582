/**
 * Planning a batch of images against the rate limits (how long, at what pace, what it costs) and putting every
 * known reset on one time line. Plain Java: records and arithmetic over the knowledge data.
 */
@NullMarked
package dev.limittriage.plan;

import org.jspecify.annotations.NullMarked;
