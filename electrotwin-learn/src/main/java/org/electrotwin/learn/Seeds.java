package org.electrotwin.learn;

/**
 * Seed derivation: SplitMix64 finaliser (Steele, Lea &amp; Flood 2014). Every stochastic step takes a
 * master seed and derives per-item seeds with {@link #derive(long, long)}, so results do not depend
 * on thread scheduling.
 */
public final class Seeds {
    private Seeds() {
    }

    /** The SplitMix64 mix of one 64-bit value. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** A seed for item {@code index} of a stream seeded by {@code master}. */
    public static long derive(long master, long index) {
        return mix(master + 0x9e3779b97f4a7c15L * (index + 1));
    }
}
