package org.electrotwin.process.engine;

/**
 * Counter-based random numbers: every random draw is a pure function of (seed, counters), so a
 * parallel loop gives the same numbers for any thread count (Steele, Lea &amp; Flood 2014, SplitMix).
 */
public final class SplitMix64 {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private SplitMix64() {
    }

    /** The SplitMix64 finaliser: a bijective 64-bit mix. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A child seed for item {@code index} of a stream seeded with {@code seed}. */
    public static long derive(long seed, long index) {
        return mix(seed + GOLDEN * (index + 1));
    }

    /** A uniform double in the open interval (0, 1) from 64 random bits. */
    public static double uniform(long bits) {
        return ((bits >>> 11) + 0.5) * 0x1.0p-53;
    }

    /** A standard normal deviate that depends only on (seed, a, b) (Box–Muller on two hashed uniforms). */
    public static double gaussian(long seed, long a, long b) {
        long h = derive(derive(seed, a), b);
        double u1 = uniform(h);
        double u2 = uniform(mix(h + GOLDEN));
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }
}
