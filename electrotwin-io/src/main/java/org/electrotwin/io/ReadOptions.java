package org.electrotwin.io;

import org.electrotwin.core.volume.PhaseTable;

/**
 * What the caller knows better than the file: a phase table and/or a voxel size. A non-null
 * value overrides whatever the file says; a null one lets the file decide, and where the file
 * says nothing the defaults apply ({@link PhaseTable#defaults()}, {@link VolumeIO#DEFAULT_VOXEL_SIZE_M}).
 */
public record ReadOptions(PhaseTable phasesOrNull, Double voxelSizeMOrNull) {
    public static final ReadOptions NONE = new ReadOptions(null, null);

    public ReadOptions {
        if (voxelSizeMOrNull != null && (!(voxelSizeMOrNull > 0) || voxelSizeMOrNull.isInfinite())) {
            throw new org.electrotwin.core.InputException("voxel size " + voxelSizeMOrNull
                    + " m: expected a positive finite length in metres");
        }
    }

    /** The phase table to use, given what the file holds (null if nothing). */
    public PhaseTable phases(PhaseTable fromFileOrNull) {
        if (phasesOrNull != null) {
            return phasesOrNull;
        }
        return fromFileOrNull != null ? fromFileOrNull : PhaseTable.defaults();
    }

    /** The voxel size in metres to use, given what the file holds (null if nothing). */
    public double voxelSizeM(Double fromFileOrNull) {
        if (voxelSizeMOrNull != null) {
            return voxelSizeMOrNull;
        }
        return fromFileOrNull != null ? fromFileOrNull : VolumeIO.DEFAULT_VOXEL_SIZE_M;
    }
}
