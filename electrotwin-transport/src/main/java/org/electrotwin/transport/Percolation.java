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

    private static int visit(byte[] mark, int[] queue, int tail, int q, byte bit) {
        if ((mark[q] & bit) == 0) {
            mark[q] |= bit;
            queue[tail++] = q;
        }
        return tail;
    }
}
