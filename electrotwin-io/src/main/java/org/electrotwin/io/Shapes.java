package org.electrotwin.io;

import java.nio.file.Path;
import org.electrotwin.core.InputException;
import org.electrotwin.core.volume.LabeledVolume;

/** Size checks done on a file's declared shape before anything is allocated. */
final class Shapes {
    private Shapes() {
    }

    /**
     * Voxel count of a declared shape, after checking it is positive, does not overflow and fits
     * in memory with {@code bytesPerVoxel} bytes per voxel.
     */
    static int checkedVoxelCount(Path file, long nx, long ny, long nz, int bytesPerVoxel) {
        if (nx < 1 || ny < 1 || nz < 1) {
            throw FileErrors.bad(file, "declares shape " + nx + "x" + ny + "x" + nz, "every size at least 1");
        }
        try {
            Math.multiplyExact(Math.multiplyExact(nx, ny), nz);
        } catch (ArithmeticException e) {
            throw FileErrors.bad(file, "declares shape " + nx + "x" + ny + "x" + nz + " (too many voxels)",
                    "at most " + (Integer.MAX_VALUE - 16) + " voxels");
        }
        try {
            return LabeledVolume.checkedVoxelCount(nx, ny, nz, bytesPerVoxel);
        } catch (InputException e) {
            throw FileErrors.bad(file, e.getMessage(), "a volume that fits in memory (crop it, or raise -Xmx)");
        }
    }
}
