package org.electrotwin.characterize;

import org.electrotwin.core.volume.LabeledVolume;

/** Memory checks before large working arrays are allocated. */
final class WorkingMemory {
    private WorkingMemory() {}

    /** The voxel count, after checking that {@code bytesPerVoxel} more bytes per voxel fit in the heap. */
    static int voxels(int nx, int ny, int nz, int bytesPerVoxel) {
        return LabeledVolume.checkedVoxelCount(nx, ny, nz, bytesPerVoxel);
    }
}
