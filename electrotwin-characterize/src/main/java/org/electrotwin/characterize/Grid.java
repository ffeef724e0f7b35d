package org.electrotwin.characterize;

import org.electrotwin.core.volume.Axis;
import java.util.stream.IntStream;
import org.electrotwin.core.InputException;

/** Shape checks and the z-slab parallel loop shared by the algorithms of this package. */
final class Grid {
    private Grid() {}

    static void check(int length, int nx, int ny, int nz) {
        if (nx <= 0 || ny <= 0 || nz <= 0) {
            throw new InputException("volume shape " + nx + "x" + ny + "x" + nz + ": every size must be at least 1");
        }
        if ((long) nx * ny * nz != length) {
            throw new InputException("mask has " + length + " voxels but the shape " + nx + "x" + ny + "x" + nz
                    + " needs " + (long) nx * ny * nz);
        }
    }

    static int size(int nx, int ny, int nz, Axis a) {
        return switch (a) {
            case X -> nx;
            case Y -> ny;
            case Z -> nz;
        };
    }

    /**
     * Runs {@code body} for every index in [0, n) on the common fork-join pool. Each index must
     * write only its own part of the output so that results do not depend on the thread count.
     */
    static void parallelFor(int n, java.util.function.IntConsumer body) {
        IntStream.range(0, n).parallel().forEach(body);
    }
}
