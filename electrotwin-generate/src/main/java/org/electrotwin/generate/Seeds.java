package org.electrotwin.generate;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Seed handling: every stochastic step gets its own generator derived from the master seed
 * by a SplitMix64 mix (Steele, Lea &amp; Flood 2014), so that parallel work never shares a
 * generator and the output does not depend on the number of threads.
 */
public final class Seeds {
    private Seeds() {}

    /** The SplitMix64 finaliser: a bijective avalanche mix of 64 bits. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** A seed for sub-stream {@code stream} (e.g. a z-plane, a step) of {@code seed}. */
    public static long derive(long seed, long stream) {
        return mix(mix(seed) + 0x9e3779b97f4a7c15L * (stream + 1));
    }

    /** A fresh generator (xoshiro256++) for sub-stream {@code stream} of {@code seed}. */
    public static UniformRandomProvider rng(long seed, long stream) {
        long s = derive(seed, stream);
        return RandomSource.XO_SHI_RO_256_PP.create(new long[] {s, mix(s + 1), mix(s + 2), mix(s + 3)});
    }
}
