package org.electrotwin.process.engine;

import java.util.Arrays;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.electrotwin.core.InputException;
import org.electrotwin.process.contact.ContactLaw;

/**
 * Verlet pair list built with a multi-level cell grid, so a 20:1 size ratio costs no more than a
 * monodisperse system (Ogarko &amp; Luding 2012, Comput. Phys. Commun. 183:931).
 *
 * <p>Each sphere gets a search radius a = r + (range + skin)/2, so two spheres are listed when
 * their distance is below a_i + a_j. Level L has cells of size h_L = 2·a_max/2^(top−L); a sphere
 * lives, binned by its centre, on the finest level whose cells are at least 2a wide. A sphere on
 * level L looks for partners on its own level (27 cells, only larger indices) and on every finer
 * level (the cells its extended box spans); so each pair is found exactly once, by the sphere on
 * the coarser level, and a big particle never floods the fine cells. Periodic in x and y (minimum
 * image), open in z.
 *
 * <p>Pairs are stored sorted by (lo, hi) — independent of threads and of the order the search
 * met them — together with their contact history, which is carried over between rebuilds by
 * merging the sorted keys. The list is rebuilt when a sphere has moved more than skin/2.
 */
public final class NeighborList {
    private static final int STRIDE = ContactLaw.HISTORY_STRIDE;
    private final double lx;
    private final double ly;
    private final double skinM;
    private int n;
    private int pairCount;
    private int[] lo = new int[0];
    private int[] hi = new int[0];
    private long[] keys = new long[0];
    private double[] history = new double[0];
    /** Gather list: for particle k, entries start[k]..start[k+1]−1; value p (k is lo) or ~p (k is hi). */
    private int[] start = new int[1];
    private int[] entries = new int[0];
    private double[] x0 = new double[0];
    private double[] y0 = new double[0];
    private double[] z0 = new double[0];
    private int builds;
    private boolean stale;

    public NeighborList(double lxM, double lyM, double skinM) {
        if (!(lxM > 0) || !(lyM > 0) || !(skinM >= 0)) {
            throw new InputException("neighbour list: box " + lxM + " x " + lyM + " m, skin " + skinM
                    + " m: expected a positive box and a non-negative skin");
        }
        this.lx = lxM;
        this.ly = lyM;
        this.skinM = skinM;
    }

    /** True when some sphere moved more than skin/2 since the last build (or the count changed). */
    public boolean needsRebuild(Particles p) {
        if (p.size() != n || builds == 0 || stale) {
            return true;
        }
        double lim2 = 0.25 * skinM * skinM;
        for (int i = 0; i < n; i++) {
            double dx = minImage(p.x[i] - x0[i], lx);
            double dy = minImage(p.y[i] - y0[i], ly);
            double dz = p.z[i] - z0[i];
            if (dx * dx + dy * dy + dz * dz > lim2) {
                return true;
            }
        }
        return false;
    }

    /** Minimum-image difference for coordinates wrapped into [0, l) (so |d| < l): no division in the hot loops. */
    static double minImage(double d, double l) {
        if (d > 0.5 * l) {
            return d - l;
        }
        return d < -0.5 * l ? d + l : d;
    }

    /** Rebuilds the pair list for interaction range {@code rangeM} beyond contact. */
    public void build(Particles p, double rangeM, ForkJoinPool pool) {
        int np = p.size();
        double[] a = new double[np];
        double aMax = 0;
        double aMin = Double.MAX_VALUE;
        double zLo = Double.MAX_VALUE;
        double zHi = -Double.MAX_VALUE;
        for (int i = 0; i < np; i++) {
            if (!Double.isFinite(p.x[i] + p.y[i] + p.z[i]) || Math.abs(p.z[i]) > 1e3 * (lx + ly)) {
                throw new IllegalStateException("simulation unstable: particle " + i + " at (" + p.x[i] + ", " + p.y[i]
                        + ", " + p.z[i] + ") m; reduce the time step or the contact stiffness");
            }
            a[i] = p.r[i] + 0.5 * (rangeM + skinM);
            aMax = Math.max(aMax, a[i]);
            aMin = Math.min(aMin, a[i]);
            zLo = Math.min(zLo, p.z[i]);
            zHi = Math.max(zHi, p.z[i]);
        }
        if (np > 0 && 4 * aMax >= Math.min(lx, ly)) {
            throw new InputException(String.format("domain %.3g x %.3g m is too small for particles of radius up to %.3g m:"
                    + " the in-plane size must exceed twice the largest interaction diameter", lx, ly, aMax - 0.5 * (rangeM + skinM)));
        }
        long[] newKeys = np < 2 ? new long[0] : findPairs(p, a, aMin, aMax, zLo, zHi, pool);
        Arrays.parallelSort(newKeys); // unique keys: the order does not depend on threads
        double[] newHist = new double[newKeys.length * STRIDE];
        // carry contact history over: both key arrays are sorted
        for (int s = 0, t = 0; s < pairCount && t < newKeys.length;) {
            if (keys[s] == newKeys[t] && n == np) {
                System.arraycopy(history, s * STRIDE, newHist, t * STRIDE, STRIDE);
                s++;
                t++;
            } else if (keys[s] < newKeys[t]) {
                s++;
            } else {
                t++;
            }
        }
        keys = newKeys;
        history = newHist;
        pairCount = newKeys.length;
        n = np;
        lo = new int[pairCount];
        hi = new int[pairCount];
        start = new int[np + 1];
        for (int q = 0; q < pairCount; q++) {
            lo[q] = (int) (keys[q] / np);
            hi[q] = (int) (keys[q] % np);
            start[lo[q] + 1]++;
            start[hi[q] + 1]++;
        }
        for (int i = 0; i < np; i++) {
            start[i + 1] += start[i];
        }
        entries = new int[2 * pairCount];
        int[] fill = Arrays.copyOf(start, np);
        for (int q = 0; q < pairCount; q++) {
            entries[fill[lo[q]]++] = q;
            entries[fill[hi[q]]++] = ~q;
        }
        x0 = Arrays.copyOf(p.x, np);
        y0 = Arrays.copyOf(p.y, np);
        z0 = Arrays.copyOf(p.z, np);
        builds++;
        stale = false;
    }

    private long[] findPairs(Particles p, double[] a, double aMin, double aMax, double zLo, double zHi, ForkJoinPool pool) {
        int np = p.size();
        int levels = 1 + (int) Math.min(20, Math.floor(Math.log(aMax / aMin) / Math.log(2)));
        double[] h = new double[levels];
        for (int l = 0; l < levels; l++) {
            h[l] = 2 * aMax / Math.pow(2, levels - 1 - l);
        }
        int[] level = new int[np];
        for (int i = 0; i < np; i++) {
            int l = levels - 1 - (int) Math.floor(Math.log(aMax / a[i]) / Math.log(2));
            l = Math.max(0, Math.min(levels - 1, l));
            while (l < levels - 1 && h[l] < 2 * a[i]) {
                l++;
            }
            while (l > 0 && h[l - 1] >= 2 * a[i]) {
                l--;
            }
            level[i] = l;
        }
        Grid[] grids = new Grid[levels];
        for (int l = 0; l < levels; l++) {
            grids[l] = new Grid(p, level, l, h[l], lx, ly, zLo, zHi);
        }
        int chunks = Math.max(1, Math.min(512, np / 32));
        long[][] found = new long[chunks][];
        Runnable task = () -> IntStream.range(0, chunks).parallel().forEach(c -> {
            LongBuffer out = new LongBuffer();
            int from = (int) ((long) np * c / chunks);
            int to = (int) ((long) np * (c + 1) / chunks);
            for (int i = from; i < to; i++) {
                for (int l = 0; l <= level[i]; l++) {
                    if (grids[l].count > 0) {
                        search(p, a, i, level[i], grids[l], out, np);
                    }
                }
            }
            found[c] = out.toArray();
        });
        pool.submit(task).join();
        int total = 0;
        for (long[] f : found) {
            total += f.length;
        }
        long[] all = new long[total];
        int off = 0;
        for (long[] f : found) {
            System.arraycopy(f, 0, all, off, f.length);
            off += f.length;
        }
        return all;
    }

    private void search(Particles p, double[] a, int i, int li, Grid g, LongBuffer out, int np) {
        double xi = p.x[i], yi = p.y[i], zi = p.z[i];
        double ext = a[i] + 0.5 * g.h;
        int x1 = (int) Math.floor((xi - ext) / g.wx), x2 = (int) Math.floor((xi + ext) / g.wx);
        int y1 = (int) Math.floor((yi - ext) / g.wy), y2 = (int) Math.floor((yi + ext) / g.wy);
        int z1 = Math.max(0, (int) Math.floor((zi - ext - g.zLo) / g.wz));
        int z2 = Math.min(g.nz - 1, (int) Math.floor((zi + ext - g.zLo) / g.wz));
        if (x2 - x1 + 1 >= g.nx) {
            x1 = 0;
            x2 = g.nx - 1;
        }
        if (y2 - y1 + 1 >= g.ny) {
            y1 = 0;
            y2 = g.ny - 1;
        }
        boolean sameLevel = g.level == li;
        for (int cz = z1; cz <= z2; cz++) {
            for (int cy = y1; cy <= y2; cy++) {
                int wy = Math.floorMod(cy, g.ny);
                for (int cx = x1; cx <= x2; cx++) {
                    int cell = Math.floorMod(cx, g.nx) + g.nx * (wy + g.ny * cz);
                    for (int s = g.cellStart[cell], e = g.cellStart[cell + 1]; s < e; s++) {
                        int j = g.items[s];
                        if (sameLevel && j <= i) {
                            continue;
                        }
                        double dx = minImage(p.x[j] - xi, lx);
                        double dy = minImage(p.y[j] - yi, ly);
                        double dz = p.z[j] - zi;
                        double reach = a[i] + a[j];
                        if (dx * dx + dy * dy + dz * dz < reach * reach) {
                            out.add(i < j ? (long) i * np + j : (long) j * np + i);
                        }
                    }
                }
            }
        }
    }

    /** The spheres of one level binned by centre into cells at least h wide (counting sort, ascending index). */
    private static final class Grid {
        final int level;
        final double h, wx, wy, wz, zLo;
        final int nx, ny, nz;
        final int[] cellStart;
        final int[] items;
        final int count;

        Grid(Particles p, int[] levelOf, int level, double h, double lx, double ly, double zLo, double zHi) {
            this.level = level;
            this.h = h;
            this.zLo = zLo;
            int np = p.size();
            int c = 0;
            for (int i = 0; i < np; i++) {
                if (levelOf[i] == level) {
                    c++;
                }
            }
            count = c;
            // cells may be wider than h (still correct); cap the cell count to ~4 per sphere on this level
            double w = h;
            long maxCells = Math.max(64, 4L * c);
            while ((long) Math.max(1, (int) (lx / w)) * Math.max(1, (int) (ly / w))
                    * ((int) ((zHi - zLo) / w) + 1) > maxCells) {
                w *= 1.26;
            }
            nx = Math.max(1, (int) (lx / w));
            ny = Math.max(1, (int) (ly / w));
            wx = lx / nx;
            wy = ly / ny;
            wz = w;
            nz = (int) ((zHi - zLo) / wz) + 1;
            cellStart = new int[nx * ny * nz + 1];
            items = new int[c];
            if (c == 0) {
                return;
            }
            int[] cellOf = new int[np];
            for (int i = 0; i < np; i++) {
                if (levelOf[i] == level) {
                    int cx = Math.floorMod((int) Math.floor(p.x[i] / wx), nx);
                    int cy = Math.floorMod((int) Math.floor(p.y[i] / wy), ny);
                    int cz = Math.min(nz - 1, Math.max(0, (int) ((p.z[i] - zLo) / wz)));
                    cellOf[i] = cx + nx * (cy + ny * cz);
                    cellStart[cellOf[i] + 1]++;
                }
            }
            for (int k = 0; k < nx * ny * nz; k++) {
                cellStart[k + 1] += cellStart[k];
            }
            int[] fill = Arrays.copyOf(cellStart, nx * ny * nz);
            for (int i = 0; i < np; i++) {
                if (levelOf[i] == level) {
                    items[fill[cellOf[i]]++] = i;
                }
            }
        }
    }

    private static final class LongBuffer {
        private long[] data = new long[256];
        private int size;

        void add(long v) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = v;
        }

        long[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }

    public int pairCount() {
        return pairCount;
    }

    public int lo(int pair) {
        return lo[pair];
    }

    public int hi(int pair) {
        return hi[pair];
    }

    int[] loArray() {
        return lo;
    }

    int[] hiArray() {
        return hi;
    }

    /** Contact history, {@link ContactLaw#HISTORY_STRIDE} doubles per pair. */
    double[] history() {
        return history;
    }

    int[] gatherStart() {
        return start;
    }

    int[] gatherEntries() {
        return entries;
    }

    /** How many times the list was built. */
    public int builds() {
        return builds;
    }

    /** Forces the next step to rebuild (radii or particle count changed). */
    public void invalidate() {
        stale = true;
    }
}
