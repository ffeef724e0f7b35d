package org.electrotwin.generate;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.apache.commons.rng.UniformRandomProvider;
import org.electrotwin.core.InputException;

/**
 * Aggregation-controlled growth of the carbon-binder domain in the pore space, voxel by voxel
 * (a voxel is the primary unit: at 0.3–0.5 µm it is the size of a carbon-black agglomerate).
 *
 * <p>A continuous-time surface-reaction growth (Eden 1961, with the site-dependent rates of
 * reaction-limited aggregation; Meakin 1998, Fractals, scaling and growth far from
 * equilibrium, ch. 3): every pore voxel touching active material or CBD through a face is a
 * site with rate w = g(z)·(k_a·[touches AM]·exp(β·a) + [touches CBD]·k_c^α), k_c its number of
 * CBD faces, a the AM fraction of its 5×5×5 neighbourhood (see {@link CbdParams}); the site
 * with the earliest exponential clock joins the CBD and its neighbours' clocks are redrawn
 * (exact Gillespie dynamics, memoryless clocks). CBD never nucleates away from active
 * material, as in dried slurries where binder and carbon wet the particles (Zielke et al.
 * 2015; Trembacki et al. 2018 grew CBD similarly by morphological rules). Growth stops at the
 * exact target voxel count. Periodic in x, y.
 *
 * <p>Sequential by nature (one event at a time), hence deterministic for the seed; the
 * neighbourhood fractions are computed in parallel beforehand.
 */
public final class CarbonBinderGrowth {
    private CarbonBinderGrowth() {}

    /** The CBD of any model is carved from the pore (label 0): there must be {@code target} pore voxels left. */
    static void requirePoreFor(byte[] labels, long target) {
        long pore = SphereVoxelizer.count(labels, (byte) 0);
        if (target > pore) {
            throw new InputException("cbd needs " + target + " voxels but only " + pore
                    + " pore voxels are left: lower the cbd fraction or the solid fractions");
        }
    }

    /**
     * Turns exactly {@code target} pore voxels (label 0) of {@code labels} into {@code cbd},
     * growing on the voxels labelled {@code am}.
     */
    public static void grow(byte[] labels, int nx, int ny, int nz, long target, CbdParams p, byte am, byte cbd, long seed) {
        if (target == 0) {
            return;
        }
        requirePoreFor(labels, target);
        int plane = nx * ny;
        byte[] neck = neighbourhoodCounts(labels, nx, ny, nz, am);
        double[] neckRate = new double[126];
        for (int c = 0; c <= 125; c++) {
            neckRate[c] = p.attachmentRate() * Math.exp(p.bridgePreference() * c / 125.0);
        }
        double[] cbdRate = new double[7];
        for (int k = 1; k <= 6; k++) {
            cbdRate[k] = Math.pow(k, p.compactness());
        }
        double[] zRate = new double[nz];
        for (int z = 0; z < nz; z++) {
            zRate[z] = 1 + p.gradient() * (2 * (z + 0.5) / nz - 1);
        }
        // initial clocks: computed per z-plane in parallel, each plane with its own stream
        float[] clock = new float[labels.length];
        long[][] initial = new long[nz][];
        IntStream.range(0, nz).parallel().forEach(z -> {
            UniformRandomProvider r = Seeds.rng(seed, 16 + z);
            long[] found = new long[1024];
            int count = 0;
            for (int i = z * plane; i < (z + 1) * plane; i++) {
                if (labels[i] == 0 && neck[i] != 0) {
                    double w = rate(labels, nx, ny, nz, i, am, cbd, neck, neckRate, cbdRate, zRate);
                    float t = clock(r, 0, w);
                    clock[i] = t;
                    if (count == found.length) {
                        found = Arrays.copyOf(found, 2 * count);
                    }
                    found[count++] = entry(t, i);
                }
            }
            initial[z] = Arrays.copyOf(found, count);
        });
        Heap heap = new Heap(1 << 16);
        for (long[] plane1 : initial) {
            for (long e : plane1) {
                heap.add(e);
            }
        }
        heap.heapify();
        UniformRandomProvider rng = Seeds.rng(seed, 7);
        long placed = 0;
        int[] nbr = new int[6];
        while (placed < target) {
            if (heap.isEmpty()) {
                nucleate(labels, heap, rng, clock);
                continue;
            }
            long e = heap.poll();
            int i = (int) e;
            float t = Float.intBitsToFloat((int) (e >>> 32));
            if (labels[i] != 0 || t != clock[i]) {
                continue; // taken, or a clock that was redrawn since
            }
            labels[i] = cbd;
            placed++;
            int x = i % nx;
            int y = (i / nx) % ny;
            int z = i / plane;
            int k = neighbours(nx, ny, nz, x, y, z, nbr);
            for (int m = 0; m < k; m++) {
                int j = nbr[m];
                if (labels[j] != 0) {
                    continue;
                }
                double w = rate(labels, nx, ny, nz, j, am, cbd, neck, neckRate, cbdRate, zRate);
                float tj = clock(rng, t, w);
                clock[j] = tj;
                heap.push(entry(tj, j));
            }
        }
    }

    /**
     * A heap entry: the clock (a positive float, whose bits order like the value) above the
     * voxel index, so one long compares by time, then by index.
     */
    private static long entry(float t, int i) {
        return (long) Float.floatToRawIntBits(t) << 32 | i;
    }

    /**
     * a·125 = number of AM voxels in the 5×5×5 box around each pore voxel touching AM (0 for
     * every other voxel), by three separable running sums (periodic x, y; clipped z).
     */
    static byte[] neighbourhoodCounts(byte[] labels, int nx, int ny, int nz, byte am) {
        int plane = nx * ny;
        byte[] a = new byte[labels.length];
        byte[] b = new byte[labels.length];
        // periodic index of x + d and y + d, d in [-2, 2]: a table lookup instead of floorMod in the loop
        int[] wx = new int[nx + 4];
        int[] wy = new int[ny + 4];
        for (int k = 0; k < nx + 4; k++) {
            wx[k] = Math.floorMod(k - 2, nx);
        }
        for (int k = 0; k < ny + 4; k++) {
            wy[k] = Math.floorMod(k - 2, ny);
        }
        IntStream.range(0, nz).parallel().forEach(z -> {
            for (int y = 0; y < ny; y++) {
                int row = z * plane + y * nx;
                for (int x = 0; x < nx; x++) {
                    int c = 0;
                    for (int d = 0; d <= 4; d++) {
                        if (labels[row + wx[x + d]] == am) {
                            c++;
                        }
                    }
                    a[row + x] = (byte) c;
                }
            }
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++) {
                    int c = 0;
                    for (int d = 0; d <= 4; d++) {
                        c += a[z * plane + wy[y + d] * nx + x];
                    }
                    b[z * plane + y * nx + x] = (byte) c;
                }
            }
        });
        // a is free again: it receives the result
        IntStream.range(0, nz).parallel().forEach(z -> {
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++) {
                    int i = z * plane + y * nx + x;
                    if (labels[i] != 0 || faces(labels, nx, ny, nz, x, y, z, am) == 0) {
                        a[i] = 0;
                        continue;
                    }
                    int c = 0;
                    for (int d = Math.max(-2, -z); d <= Math.min(2, nz - 1 - z); d++) {
                        c += b[i + d * plane];
                    }
                    a[i] = (byte) c;
                }
            }
        });
        return a;
    }

    /** No site left (no AM at all): start a new aggregate on a random pore voxel. */
    private static void nucleate(byte[] labels, Heap heap, UniformRandomProvider rng, float[] clock) {
        int i = rng.nextInt(labels.length);
        for (int tries = 0; tries < labels.length && labels[i] != 0; tries++) {
            i = i + 1 == labels.length ? 0 : i + 1;
        }
        clock[i] = Math.max(Float.MIN_NORMAL, heap.floor());
        heap.push(entry(clock[i], i));
    }

    /** now + Exp(rate), as a float strictly later than now (clocks compare exactly). */
    private static float clock(UniformRandomProvider rng, float now, double rate) {
        float t = (float) (now - Math.log(1 - rng.nextDouble()) / rate);
        return t > now ? t : Math.nextUp(Math.max(now, Float.MIN_NORMAL));
    }

    private static double rate(byte[] l, int nx, int ny, int nz, int i, byte am, byte cbd, byte[] neck,
                               double[] neckRate, double[] cbdRate, double[] zRate) {
        int x = i % nx;
        int y = (i / nx) % ny;
        int z = i / (nx * ny);
        int kc = faces(l, nx, ny, nz, x, y, z, cbd);
        double w = cbdRate[kc];
        if (neck[i] != 0 || faces(l, nx, ny, nz, x, y, z, am) > 0) {
            w += neckRate[neck[i]];
        }
        return w * zRate[z];
    }

    private static boolean touches(byte[] l, int nx, int ny, int nz, int i, byte label) {
        return faces(l, nx, ny, nz, i % nx, (i / nx) % ny, i / (nx * ny), label) > 0;
    }

    /** Number of face neighbours carrying {@code label} (periodic x, y; bounded z). */
    private static int faces(byte[] l, int nx, int ny, int nz, int x, int y, int z, byte label) {
        int row = nx * (y + ny * z);
        int c = 0;
        if (l[row + (x + 1 == nx ? 0 : x + 1)] == label) c++;
        if (l[row + (x == 0 ? nx - 1 : x - 1)] == label) c++;
        if (l[nx * ((y + 1 == ny ? 0 : y + 1) + ny * z) + x] == label) c++;
        if (l[nx * ((y == 0 ? ny - 1 : y - 1) + ny * z) + x] == label) c++;
        if (z + 1 < nz && l[row + nx * ny + x] == label) c++;
        if (z > 0 && l[row - nx * ny + x] == label) c++;
        return c;
    }

    private static int neighbours(int nx, int ny, int nz, int x, int y, int z, int[] out) {
        int row = nx * (y + ny * z);
        int k = 0;
        out[k++] = row + (x + 1 == nx ? 0 : x + 1);
        out[k++] = row + (x == 0 ? nx - 1 : x - 1);
        out[k++] = nx * ((y + 1 == ny ? 0 : y + 1) + ny * z) + x;
        out[k++] = nx * ((y == 0 ? ny - 1 : y - 1) + ny * z) + x;
        if (z + 1 < nz) out[k++] = row + nx * ny + x;
        if (z > 0) out[k++] = row - nx * ny + x;
        return k;
    }

    /**
     * Monotone priority queue of entries {@link #entry}(clock, voxel): a radix heap (Ahuja,
     * Mehlhorn, Orlin &amp; Tarjan 1990). Event times never decrease, so an entry is filed by the
     * highest bit in which its clock differs from the last one taken; buckets are plain arrays
     * appended to, which is far friendlier to the cache than a comparison heap of millions.
     */
    static final class Heap {
        private final long[][] bucket = new long[33][];
        private final int[] size = new int[33];
        private int last;
        private long count;

        Heap(int capacity) {
            for (int b = 0; b < 33; b++) {
                bucket[b] = new long[b == 0 ? 64 : Math.max(64, capacity >> 4)];
            }
        }

        boolean isEmpty() {
            return count == 0;
        }

        /** The clock of the last entry taken: no entry filed later may be earlier. */
        float floor() {
            return Float.intBitsToFloat(last);
        }

        void add(long v) {
            push(v);
        }

        void heapify() {
            // buckets need no ordering
        }

        /** Files an entry; its clock must not precede the last one taken. */
        void push(long v) {
            int key = (int) (v >>> 32);
            int b = key == last ? 0 : 32 - Integer.numberOfLeadingZeros(key ^ last);
            if (size[b] == bucket[b].length) {
                bucket[b] = Arrays.copyOf(bucket[b], 2 * size[b]);
            }
            bucket[b][size[b]++] = v;
            count++;
        }

        /** Takes an entry with the smallest clock (ties: the one filed last). */
        long poll() {
            if (size[0] == 0) {
                int b = 1;
                while (size[b] == 0) {
                    b++;
                }
                long[] from = bucket[b];
                int n = size[b];
                int min = Integer.MAX_VALUE;
                for (int k = 0; k < n; k++) {
                    min = Math.min(min, (int) (from[k] >>> 32));
                }
                last = min;
                size[b] = 0;
                count -= n;
                for (int k = 0; k < n; k++) {
                    push(from[k]);
                }
            }
            count--;
            return bucket[0][--size[0]];
        }
    }
}
