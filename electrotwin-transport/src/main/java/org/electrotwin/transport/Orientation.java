package org.electrotwin.transport;

import org.electrotwin.core.volume.Axis;

/**
 * Maps the solver's frame, in which transport always runs along its z axis, onto the
 * volume's own (x-fastest) array: solver cell (a, b, c) is volume voxel
 * {@code a*strideA + b*strideB + c*strideC}. A cyclic permutation of the axes, so no copy
 * of the volume is needed.
 */
record Orientation(int nx, int ny, int nz, int strideA, int strideB, int strideC) {

    static Orientation of(Axis axis, int nx, int ny, int nz) {
        int sxy = nx * ny;
        return switch (axis) {
            case Z -> new Orientation(nx, ny, nz, 1, nx, sxy);
            case X -> new Orientation(ny, nz, nx, nx, sxy, 1);   // (a,b,c) = (y,z,x)
            case Y -> new Orientation(nz, nx, ny, sxy, 1, nx);   // (a,b,c) = (z,x,y)
        };
    }

    /** Index into the volume's array of solver cell (a, b, c). */
    int volumeIndex(int a, int b, int c) {
        return a * strideA + b * strideB + c * strideC;
    }
}
