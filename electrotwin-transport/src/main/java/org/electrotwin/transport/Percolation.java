package org.electrotwin.transport;

/**
 * Keeps only the cells of a {@link ConductanceGrid} that connect both reservoirs (inlet below
 * the first z layer, outlet above the last) through conducting faces; the others are cut
 * out (their faces set to zero) before solving, so dead ends and isolated clusters neither
 * slow the solver nor leave it singular. Face connectivity (6-neighbourhood), with the
 * periodic wrap when the sides are periodic.
 */
final class Percolation {
    private Percolation() {}

    /** Cuts the non-percolating cells out of g (before {@link ConductanceGrid#finish()}); returns the kept cell count. */
    static long keepPercolating(ConductanceGrid g) {
        g.copyWrapFaces();
        byte[] mark = new byte[g.size];
        int[] queue = new int[(int) g.cells()];
        flood(g, mark, queue, true, (byte) 1);
        flood(g, mark, queue, false, (byte) 2);
        long kept = 0;
        for (int z = 0; z < g.nz; z++) {
            for (int y = 0; y < g.ny; y++) {
                int p = g.index(0, y, z);
                for (int x = 0; x < g.nx; x++, p++) {
                    if (mark[p] == 3) {
                        kept++;
                    } else {
                        // a cut cell's conducting neighbours belong to its own (cut) cluster,
                        // so zeroing its +faces and its inlet face removes every face it has
                        g.gx[p] = 0;
                        g.gy[p] = 0;
                        g.gz[p] = 0;
                        if (z == 0) {
                            g.gz[p - g.sz] = 0;
                        }
                    }
                }
            }
        }
        return kept;
    }

    private static void flood(ConductanceGrid g, byte[] mark, int[] queue, boolean fromInlet, byte bit) {
        int head = 0;
        int tail = 0;
        int zs = fromInlet ? 0 : g.nz - 1;
        for (int y = 0; y < g.ny; y++) {
            for (int x = 0; x < g.nx; x++) {
                int p = g.index(x, y, zs);
                float face = fromInlet ? g.gz[p - g.sz] : g.gz[p];
                if (face > 0 && (mark[p] & bit) == 0) {
                    mark[p] |= bit;
                    queue[tail++] = p;
                }
            }
        }
        int px = g.px;
        int pxy = g.sz;
        while (head < tail) {
            int p = queue[head++];
            int x = p % px - 1;
            int y = (p / px) % g.py - 1;
            int z = p / pxy - 1;
            if (g.gx[p] > 0) {
                tail = visit(mark, queue, tail, x + 1 < g.nx ? p + 1 : p - x, bit);
            }
            if (g.gx[p - 1] > 0) {
                tail = visit(mark, queue, tail, x > 0 ? p - 1 : p + g.nx - 1, bit);
            }
            if (g.gy[p] > 0) {
                tail = visit(mark, queue, tail, y + 1 < g.ny ? p + g.sy : p - y * g.sy, bit);
            }
            if (g.gy[p - g.sy] > 0) {
                tail = visit(mark, queue, tail, y > 0 ? p - g.sy : p + (g.ny - 1) * g.sy, bit);
            }
            if (z + 1 < g.nz && g.gz[p] > 0) {
                tail = visit(mark, queue, tail, p + g.sz, bit);
            }
            if (z > 0 && g.gz[p - g.sz] > 0) {
                tail = visit(mark, queue, tail, p - g.sz, bit);
            }
        }
    }

    /**
     * Fully periodic grid (homogenisation): cuts every connected cluster that does not wrap
     * around the period along some axis. Such a cluster is an island: at equilibrium its
     * field cancels the applied one and it carries no current for any load, so removing it
     * changes no effective conductivity, while each island would add a null space (an
     * arbitrary constant potential) to the singular periodic operator. A breadth-first search
     * records for each cell which periodic image of it was reached; reaching a cell again as
     * another image means the cluster wraps. Returns the kept cell count.
     */
    static long keepWrapping(ConductanceGrid g) {
        g.copyWrapFaces();
        Wrapping w = new Wrapping(g);
        long kept = 0;
        for (int z = 0; z < g.nz; z++) {
            for (int y = 0; y < g.ny; y++) {
                for (int x = 0, seed = g.index(0, y, z); x < g.nx; x++, seed++) {
                    if (w.cluster[seed] != 0 || !hasFace(g, seed)) {
                        continue;
                    }
                    int size = w.flood(seed);
                    if (w.wraps) {
                        kept += size;
                    } else {
                        for (int k = 0; k < size; k++) {
                            int p = w.queue[k];
                            g.gx[p] = 0;
                            g.gy[p] = 0;
                            g.gz[p] = 0;
                        }
                    }
                }
            }
        }
        g.copyWrapFaces();
        return kept;
    }

    /** One breadth-first search per cluster; image offsets along x, y, z packed in 10 bits each. */
    private static final class Wrapping {
        private static final int ORIGIN = 512 | 512 << 10 | 512 << 20;
        private static final int DY = 1 << 10;
        private static final int DZ = 1 << 20;
        final ConductanceGrid g;
        final int[] cluster;
        final int[] image;
        final int[] queue;
        int id;
        int tail;
        boolean wraps;

        Wrapping(ConductanceGrid g) {
            this.g = g;
            cluster = new int[g.size];
            image = new int[g.size];
            queue = new int[(int) g.cells()];
        }

        /** Floods the cluster of {@code seed} into queue[0, size); sets {@link #wraps}. */
        int flood(int seed) {
            id++;
            wraps = false;
            cluster[seed] = id;
            image[seed] = ORIGIN;
            queue[0] = seed;
            tail = 1;
            for (int head = 0; head < tail; head++) {
                int p = queue[head];
                int x = p % g.px - 1;
                int y = (p / g.px) % g.py - 1;
                int z = p / g.sz - 1;
                int im = image[p];
                if (g.gx[p] > 0) {
                    visit(x + 1 < g.nx ? p + 1 : p - x, x + 1 < g.nx ? im : im + 1);
                }
                if (g.gx[p - 1] > 0) {
                    visit(x > 0 ? p - 1 : p + g.nx - 1, x > 0 ? im : im - 1);
                }
                if (g.gy[p] > 0) {
                    visit(y + 1 < g.ny ? p + g.sy : p - y * g.sy, y + 1 < g.ny ? im : im + DY);
                }
                if (g.gy[p - g.sy] > 0) {
                    visit(y > 0 ? p - g.sy : p + (g.ny - 1) * g.sy, y > 0 ? im : im - DY);
                }
                if (g.gz[p] > 0) {
                    visit(z + 1 < g.nz ? p + g.sz : p - z * g.sz, z + 1 < g.nz ? im : im + DZ);
                }
                if (g.gz[p - g.sz] > 0) {
                    visit(z > 0 ? p - g.sz : p + (g.nz - 1) * g.sz, z > 0 ? im : im - DZ);
                }
            }
            return tail;
        }

        private void visit(int q, int qImage) {
            if (cluster[q] != id) {
                cluster[q] = id;
                image[q] = qImage;
                queue[tail++] = q;
            } else if (image[q] != qImage) {
                wraps = true;
            }
        }
    }

    private static boolean hasFace(ConductanceGrid g, int p) {
        return g.gx[p] > 0 || g.gx[p - 1] > 0 || g.gy[p] > 0 || g.gy[p - g.sy] > 0 || g.gz[p] > 0 || g.gz[p - g.sz] > 0;
    }

    private static int visit(byte[] mark, int[] queue, int tail, int q, byte bit) {
        if ((mark[q] & bit) == 0) {
            mark[q] |= bit;
            queue[tail++] = q;
        }
        return tail;
    }
}
