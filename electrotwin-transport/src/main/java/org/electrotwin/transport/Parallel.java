package org.electrotwin.transport;

import java.util.stream.IntStream;

/**
 * Deterministic parallel loops over z-slabs: each slab writes only its own part of the
 * output, and reductions sum per-slab partial results in a fixed (slab) order, so results
 * are bit-identical for any number of threads.
 */
final class Parallel {
    /** Below this many voxels a loop runs on the calling thread (forking would cost more). */
    private static final int SERIAL_BELOW = 1 << 15;

    private Parallel() {}

    interface SlabBody {
        void run(int z);
    }

    interface SlabSum {
        double sum(int z);
    }

    static void forEachSlab(int nz, long work, SlabBody body) {
        if (work < SERIAL_BELOW || nz == 1) {
            for (int z = 0; z < nz; z++) {
                body.run(z);
            }
        } else {
            IntStream.range(0, nz).parallel().forEach(body::run);
        }
    }

    /** Σ_z body(z), summed in z order whatever the thread count. */
    static double sumOverSlabs(int nz, long work, SlabSum body) {
        double[] partial = new double[nz];
        forEachSlab(nz, work, z -> partial[z] = body.sum(z));
        double s = 0;
        for (double p : partial) {
            s += p;
        }
        return s;
    }
}
