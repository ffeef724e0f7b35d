package org.electrotwin.characterize;

/**
 * Maximum of open balls: {@code out[p] = max{ r2[c] : |p − c|² < r2[c] }} over all centres c
 * with {@code r2[c] > 0} (squared radii in voxels², integers). The kernel of local thickness
 * (Hildebrand &amp; Rüegsegger, J. Microscopy 185 (1997) 67) and of simulated intrusion.
 *
 * <p>Two exact prunings drop most centres before painting: (1) c is skipped if a 26-neighbour
 * c' has a ball that contains the lattice points of c's ball with a larger value, tested with a
 * table of the smallest such r²(c') per offset class and r²(c) (the idea of Rémy &amp; Thiel's
 * medial-axis look-up tables, Pattern Recognition Letters 26 (2005) 2235); (2) c is skipped if
 * every 6-neighbour inside the image has r² at least r²(c): a point p ≠ c of c's ball is
 * strictly closer to the neighbour in the direction of the largest component of p − c, so
 * following such steps (value never decreasing, distance to p or value strictly improving) ends
 * at a painted centre whose ball holds p, or at p itself; hence every centre finally covers its
 * own voxel with its own value. (2) removes the plateau interiors of intrusion radii.
 * The remaining balls are painted in parallel over slabs of z, each slab written by one task
 * only: deterministic.
 */
final class BallPainter {
    private static final int SLAB = 8;

    private BallPainter() {}

    static int[] paint(int[] r2, int nx, int ny, int nz) {
        int n = r2.length;
        int maxAll = 0;
        for (int v : r2) maxAll = Math.max(maxAll, v);
        int[][] table = containmentTable(r2, maxAll);
        int[][] nb = Connectivity.TWENTY_SIX.offsets(false);
        int[] nbOff = new int[nb.length];
        int[] nbClass = new int[nb.length];
        for (int k = 0; k < nb.length; k++) {
            nbOff[k] = nb[k][0] + nx * (nb[k][1] + ny * nb[k][2]);
            nbClass[k] = Math.abs(nb[k][0]) + Math.abs(nb[k][1]) + Math.abs(nb[k][2]) - 1;
        }
        boolean[] keep = new boolean[n];
        int plane = nx * ny;
        int[] planeCount = new int[nz];
        Grid.parallelFor(nz, z -> {
            int c = 0;
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++) {
                    int i = x + nx * (y + ny * z);
                    int v = r2[i];
                    if (v <= 0) continue;
                    boolean inside = x > 0 && y > 0 && z > 0 && x < nx - 1 && y < ny - 1 && z < nz - 1;
                    boolean redundant = (x == 0 || r2[i - 1] >= v) && (x == nx - 1 || r2[i + 1] >= v)
                            && (y == 0 || r2[i - nx] >= v) && (y == ny - 1 || r2[i + nx] >= v)
                            && (z == 0 || r2[i - plane] >= v) && (z == nz - 1 || r2[i + plane] >= v);
                    for (int k = 0; k < nb.length && !redundant; k++) {
                        if (!inside) {
                            int xx = x + nb[k][0], yy = y + nb[k][1], zz = z + nb[k][2];
                            if (xx < 0 || yy < 0 || zz < 0 || xx >= nx || yy >= ny || zz >= nz) continue;
                        }
                        redundant = r2[i + nbOff[k]] >= table[nbClass[k]][v];
                    }
                    if (!redundant) {
                        keep[i] = true;
                        c++;
                    }
                }
            }
            planeCount[z] = c;
        });
        // centres in scan order, with the first centre index of every z plane, coordinates unpacked once
        int[] start = new int[nz + 1];
        for (int z = 0; z < nz; z++) start[z + 1] = start[z] + planeCount[z];
        int m = start[nz];
        int[] cxs = new int[m], cys = new int[m], czs = new int[m], vs = new int[m];
        Grid.parallelFor(nz, z -> {
            int k = start[z];
            for (int i = z * plane, e = i + plane; i < e; i++) {
                if (keep[i]) {
                    cxs[k] = (i - z * plane) % nx;
                    cys[k] = (i - z * plane) / nx;
                    czs[k] = z;
                    vs[k++] = r2[i];
                }
            }
        });
        int maxR2 = 0;
        for (int v : vs) maxR2 = Math.max(maxR2, v);
        int[] isqrt = new int[maxR2 + 1];                // floor(√q) by table: one per row painted
        for (int q = 0, r = 0; q <= maxR2; q++) {
            while ((r + 1) * (r + 1) <= q) r++;
            isqrt[q] = r;
        }
        int reach = isqrt[maxR2] + 1;
        int[] out = new int[n];
        int slabs = (nz + SLAB - 1) / SLAB;
        Grid.parallelFor(slabs, s -> {
            int z0 = s * SLAB, z1 = Math.min(nz, z0 + SLAB);
            int from = start[Math.max(0, z0 - reach)], to = start[Math.min(nz, z1 + reach)];
            for (int k = from; k < to; k++) {
                int v = vs[k];
                int lim = v - 1;                       // open ball: |δ|² ≤ r² − 1
                int rz = isqrt[lim];
                int cz = czs[k];
                int za = Math.max(z0, cz - rz), zb = Math.min(z1 - 1, cz + rz);
                if (za > zb) continue;
                int cy = cys[k], cx = cxs[k];
                for (int z = za; z <= zb; z++) {
                    int dz2 = (z - cz) * (z - cz);
                    int ry = isqrt[lim - dz2];
                    int ya = Math.max(0, cy - ry), yb = Math.min(ny - 1, cy + ry);
                    for (int y = ya; y <= yb; y++) {
                        int rx = isqrt[lim - dz2 - (y - cy) * (y - cy)];
                        int xa = Math.max(0, cx - rx), xb = Math.min(nx - 1, cx + rx);
                        int row = nx * (y + ny * z);
                        for (int x = row + xa, e = row + xb; x <= e; x++) {
                            if (out[x] < v) out[x] = v;
                        }
                    }
                }
            }
            for (int i = z0 * plane, e = z1 * plane; i < e; i++) {
                if (out[i] < r2[i]) out[i] = r2[i];
            }
        });
        return out;
    }

    /**
     * {@code table[k][v]}: the smallest r² a centre at offset (1,0,0), (1,1,0) or (1,1,1) (k = 0, 1, 2,
     * any signs and axis order by symmetry) needs so that its open ball holds every lattice point
     * of the open ball of squared radius v at the origin; computed for the values that occur.
     */
    private static int[][] containmentTable(int[] r2, int max) {
        boolean[] present = new boolean[max + 1];
        for (int v : r2) present[v] = true;
        int[][] t = new int[3][max + 1];
        Grid.parallelFor(max + 1, v -> {
            if (v == 0 || !present[v]) {
                return;
            }
            int lim = v - 1;
            int[] far = new int[3];
            int rz = (int) Math.sqrt(lim);
            for (int z = -rz; z <= rz; z++) {
                int ry = (int) Math.sqrt(lim - z * z);
                for (int y = -ry; y <= ry; y++) {
                    int x = -(int) Math.sqrt(lim - z * z - y * y);   // farthest end of the row from +x
                    int dx2 = (x - 1) * (x - 1);
                    far[0] = Math.max(far[0], dx2 + y * y + z * z);
                    far[1] = Math.max(far[1], dx2 + (y - 1) * (y - 1) + z * z);
                    far[2] = Math.max(far[2], dx2 + (y - 1) * (y - 1) + (z - 1) * (z - 1));
                }
            }
            for (int k = 0; k < 3; k++) {
                t[k][v] = Math.max(far[k] + 1, v + 1);
            }
        });
        return t;
    }
}
