package dev.limittriage.plan;

import dev.limittriage.knowledge.Quality;

/**
 * What to plan: how many images of which model, size and quality, how many per request, against which limits,
 * and how many requests may start together.
 */
public record PlanRequest(String model, int images, ImageSize size, Quality quality, int n, RateLimits limits,
                          int concurrency) {
    /** The largest batch the planner takes; far beyond any one-day job on the published tiers. */
    public static final int MAX_IMAGES = 10_000_000;
    /** The API's largest {@code n}. */
    public static final int MAX_N = 10;

    public PlanRequest {
        if (images < 1 || images > MAX_IMAGES) {
            throw new PlanException("the number of images must be 1 to " + MAX_IMAGES + ", was " + images);
        }
        if (n < 1 || n > MAX_N) {
            throw new PlanException("images per request (n) must be 1 to " + MAX_N + ", was " + n);
        }
        if (concurrency < 1 || concurrency > 1000) {
            throw new PlanException("concurrency must be 1 to 1000, was " + concurrency);
        }
    }
}
