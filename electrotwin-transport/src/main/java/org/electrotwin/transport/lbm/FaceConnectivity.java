package org.electrotwin.transport.lbm;

/**
 * Which pore voxels of a frame-ordered mask connect to the inlet face (layer c = 0, bit 1) and
 * to the outlet face (layer c = nc − 1, bit 2) through shared voxel faces; a 3 means the voxel
 * lies on a percolating path. Breadth-first floods, not wrapping along c; the sides a, b wrap
 * when periodic.
 */
final class FaceConnectivity {
    private FaceConnectivity() {}

    static byte[] reach(boolean[] mask, int na, int nb, int nc, boolean periodicSides) {
        int layer = na * nb;
        byte[] mark = new byte[layer * nc];
        int[] queue = new int[layer * nc];
        flood(mask, mark, queue, na, nb, nc, periodicSides, 0, (byte) 1);
        flood(mask, mark, queue, na, nb, nc, periodicSides, nc - 1, (byte) 2);
        return mark;
    }

    private static void flood(boolean[] mask, byte[] mark, int[] queue, int na, int nb, int nc, boolean periodic,
                              int startLayer, byte bit) {
        int layer = na * nb;
        int tail = 0;
        for (int p = startLayer * layer, end = p + layer; p < end; p++) {
            if (mask[p]) {
                mark[p] |= bit;
                queue[tail++] = p;
            }
        }
        int head = 0;
        while (head < tail) {
            int p = queue[head++];
            int a = p % na;
            int b = (p / na) % nb;
            int c = p / layer;
            if (a + 1 < na || periodic) {
                tail = visit(mask, mark, queue, tail, a + 1 < na ? p + 1 : p - a, bit);
            }
            if (a > 0 || periodic) {
                tail = visit(mask, mark, queue, tail, a > 0 ? p - 1 : p + na - 1, bit);
            }
            if (b + 1 < nb || periodic) {
                tail = visit(mask, mark, queue, tail, b + 1 < nb ? p + na : p - b * na, bit);
            }
            if (b > 0 || periodic) {
                tail = visit(mask, mark, queue, tail, b > 0 ? p - na : p + (nb - 1) * na, bit);
            }
            if (c + 1 < nc) {
                tail = visit(mask, mark, queue, tail, p + layer, bit);
            }
            if (c > 0) {
                tail = visit(mask, mark, queue, tail, p - layer, bit);
            }
        }
    }

    private static int visit(boolean[] mask, byte[] mark, int[] queue, int tail, int q, byte bit) {
        if (mask[q] && (mark[q] & bit) == 0) {
            mark[q] |= bit;
            queue[tail++] = q;
        }
        return tail;
    }
}
