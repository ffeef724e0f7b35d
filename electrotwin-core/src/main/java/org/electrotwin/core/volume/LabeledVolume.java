package org.electrotwin.core.volume;

import java.util.Arrays;
import java.util.Objects;
import org.electrotwin.core.InputException;

/**
 * A 3D labelled microstructure: one {@code uint8} label per voxel in one primitive array,
 * x fastest, then y, then z (z through the thickness, z = 0 at the current collector),
 * a cubic voxel size in metres and a {@link PhaseTable}.
 *
 * <p>Labels are stored as signed bytes; read them with {@code labels[i] & 0xFF}.
 * The array is shared, not copied: algorithms read it directly in their hot loops.
 */
public final class LabeledVolume {
    private final int nx;
    private final int ny;
    private final int nz;
    private final double voxelSizeM;
    private final PhaseTable phases;
    private final byte[] labels;

    /** Wraps an existing label array (not copied). */
    public LabeledVolume(int nx, int ny, int nz, double voxelSizeM, PhaseTable phases, byte[] labels) {
        checkShape(nx, ny, nz);
        if (!(voxelSizeM > 0) || Double.isInfinite(voxelSizeM)) {
            throw new InputException("voxel size " + voxelSizeM + " m: expected a positive finite length");
        }
        Objects.requireNonNull(phases, "phases");
        Objects.requireNonNull(labels, "labels");
        if (labels.length != (long) nx * ny * nz) {
            throw new IllegalArgumentException("label array has " + labels.length + " voxels, shape "
                    + nx + "x" + ny + "x" + nz + " needs " + (long) nx * ny * nz);
        }
        this.nx = nx;
        this.ny = ny;
        this.nz = nz;
        this.voxelSizeM = voxelSizeM;
        this.phases = phases;
        this.labels = labels;
    }

    /** A new volume filled with label 0, after checking that it fits in memory. */
    public static LabeledVolume allocate(int nx, int ny, int nz, double voxelSizeM, PhaseTable phases) {
        return new LabeledVolume(nx, ny, nz, voxelSizeM, phases, new byte[checkedVoxelCount(nx, ny, nz, 1)]);
    }

    /**
     * Checks that {@code nx·ny·nz} voxels of {@code bytesPerVoxel} bytes fit both in one Java
     * array and in the free heap, before anything is allocated; a clear {@link InputException}
     * otherwise (an OutOfMemoryError half-way through a run loses work and explains nothing).
     */
    public static int checkedVoxelCount(long nx, long ny, long nz, int bytesPerVoxel) {
        checkShape(nx, ny, nz);
        long n = nx * ny * nz;
        if (n > Integer.MAX_VALUE - 16) {
            throw new InputException("volume " + nx + "x" + ny + "x" + nz + " has " + n
                    + " voxels: at most " + (Integer.MAX_VALUE - 16) + " are supported (crop or downsample it)");
        }
        long need = n * bytesPerVoxel;
        Runtime rt = Runtime.getRuntime();
        long free = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        if (need > free) {
            throw new InputException(String.format(
                    "volume %dx%dx%d needs %.1f MiB but only %.1f MiB of heap are free: raise -Xmx (JAVA_OPTS) or crop the volume",
                    nx, ny, nz, need / 1048576.0, free / 1048576.0));
        }
        return (int) n;
    }

    private static void checkShape(long nx, long ny, long nz) {
        if (nx <= 0 || ny <= 0 || nz <= 0) {
            throw new InputException("volume shape " + nx + "x" + ny + "x" + nz + ": every size must be at least 1");
        }
    }

    public int nx() { return nx; }
    public int ny() { return ny; }
    public int nz() { return nz; }
    public int[] shape() { return new int[] {nx, ny, nz}; }
    public int voxelCount() { return labels.length; }
    public double voxelSizeM() { return voxelSizeM; }
    public PhaseTable phases() { return phases; }

    /** The label array itself (x fastest), for hot loops. */
    public byte[] labels() { return labels; }

    public int index(int x, int y, int z) {
        return x + nx * (y + ny * z);
    }

    /** Unsigned label at (x, y, z). */
    public int label(int x, int y, int z) {
        return labels[index(x, y, z)] & 0xFF;
    }

    public void set(int x, int y, int z, int label) {
        labels[index(x, y, z)] = (byte) label;
    }

    /** Voxel count per label (256 entries). */
    public long[] histogram() {
        long[] h = new long[256];
        for (byte b : labels) {
            h[b & 0xFF]++;
        }
        return h;
    }

    /** The labels that occur, ascending. */
    public int[] labelsPresent() {
        long[] h = histogram();
        return java.util.stream.IntStream.range(0, 256).filter(i -> h[i] > 0).toArray();
    }

    /** Same voxels with another phase table or voxel size (labels shared). */
    public LabeledVolume withPhases(PhaseTable p) {
        return new LabeledVolume(nx, ny, nz, voxelSizeM, p, labels);
    }

    public LabeledVolume withVoxelSize(double m) {
        return new LabeledVolume(nx, ny, nz, m, phases, labels);
    }

    /** A copy of the box [x0, x0+sx) × [y0, y0+sy) × [z0, z0+sz). */
    public LabeledVolume crop(int x0, int y0, int z0, int sx, int sy, int sz) {
        if (x0 < 0 || y0 < 0 || z0 < 0 || sx <= 0 || sy <= 0 || sz <= 0
                || x0 + sx > nx || y0 + sy > ny || z0 + sz > nz) {
            throw new InputException("crop [" + x0 + "+" + sx + ", " + y0 + "+" + sy + ", " + z0 + "+" + sz
                    + "] is outside the volume " + nx + "x" + ny + "x" + nz);
        }
        byte[] out = new byte[checkedVoxelCount(sx, sy, sz, 1)];
        for (int z = 0; z < sz; z++) {
            for (int y = 0; y < sy; y++) {
                System.arraycopy(labels, index(x0, y0 + y, z0 + z), out, sx * (y + sy * z), sx);
            }
        }
        return new LabeledVolume(sx, sy, sz, voxelSizeM, phases, out);
    }

    /** A deep copy. */
    public LabeledVolume copy() {
        return new LabeledVolume(nx, ny, nz, voxelSizeM, phases, labels.clone());
    }

    /** Indicator mask of one label: {@code mask[i] = true} where the voxel carries it. */
    public boolean[] mask(int label) {
        boolean[] m = new boolean[labels.length];
        byte b = (byte) label;
        for (int i = 0; i < labels.length; i++) {
            m[i] = labels[i] == b;
        }
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LabeledVolume v && nx == v.nx && ny == v.ny && nz == v.nz
                && voxelSizeM == v.voxelSizeM && phases.equals(v.phases) && Arrays.equals(labels, v.labels);
    }

    @Override
    public int hashCode() {
        return Objects.hash(nx, ny, nz, voxelSizeM, phases) * 31 + Arrays.hashCode(labels);
    }

    @Override
    public String toString() {
        return "LabeledVolume[" + nx + "x" + ny + "x" + nz + ", voxel " + voxelSizeM + " m, phases " + phases + "]";
    }
}
