package org.electrotwin.transport.lbm;

import org.electrotwin.core.volume.Axis;

/**
 * The solver's frame, in which flow is driven along its third axis c: frame cell (a, b, c) is
 * volume voxel {@code a*strideA + b*strideB + c*strideC}. A cyclic permutation of the volume's
 * axes (x-fastest), so the volume is never copied; {@code volumeAxes} names the volume axis of
 * frame axes a, b, c.
 */
record Frame(int na, int nb, int nc, int strideA, int strideB, int strideC, Axis[] volumeAxes) {

    static Frame of(Axis flow, int nx, int ny, int nz) {
        int sxy = nx * ny;
        return switch (flow) {
            case Z -> new Frame(nx, ny, nz, 1, nx, sxy, new Axis[] {Axis.X, Axis.Y, Axis.Z});
            case X -> new Frame(ny, nz, nx, nx, sxy, 1, new Axis[] {Axis.Y, Axis.Z, Axis.X});
            case Y -> new Frame(nz, nx, ny, sxy, 1, nx, new Axis[] {Axis.Z, Axis.X, Axis.Y});
        };
    }

    int volumeIndex(int a, int b, int c) {
        return a * strideA + b * strideB + c * strideC;
    }
}
