package org.electrotwin.characterize;

/**
 * Connected-component labelling of a mask: two-pass union–find (Rosenfeld &amp; Pfaltz 1966)
 * where each provisional label points to the smallest label it is equivalent to, so that the
 * final labels 1..count are numbered in scan order of each component's first voxel
 * (x fastest). Background is 0.
 */
public final class ConnectedComponents {
    private ConnectedComponents() {}

    /** Labels, component count and voxel count per component ({@code sizes[0]} is the background). */
    public record Result(int[] labels, int count, long[] sizes) {}

    public static Result label(boolean[] mask, int nx, int ny, int nz, Connectivity connectivity) {
        Grid.check(mask.length, nx, ny, nz);
        int[][] back = connectivity.offsets(true);
        int nb = back.length;
        int[] bdx = new int[nb];
        int[] bdy = new int[nb];
        int[] bdz = new int[nb];
        int[] boff = new int[nb];
        for (int k = 0; k < nb; k++) {
            bdx[k] = back[k][0];
            bdy[k] = back[k][1];
            bdz[k] = back[k][2];
            boff[k] = bdx[k] + nx * (bdy[k] + ny * bdz[k]);
        }
        int[] labels = new int[mask.length];
        int[] parent = new int[1024];
        int next = 1;
        int i = 0;
        for (int z = 0; z < nz; z++) {
            for (int y = 0; y < ny; y++) {
                boolean interior = z > 0 && y > 0 && y < ny - 1;
                for (int x = 0; x < nx; x++, i++) {
                    if (!mask[i]) {
                        continue;
                    }
                    int cur = 0;
                    boolean inside = interior && x > 0 && x < nx - 1;
                    for (int k = 0; k < nb; k++) {
                        if (!inside) {
                            int xx = x + bdx[k];
                            int yy = y + bdy[k];
                            int zz = z + bdz[k];
                            if (xx < 0 || xx >= nx || yy < 0 || yy >= ny || zz < 0) {
                                continue;
                            }
                        }
                        int l = labels[i + boff[k]];
                        if (l == 0) {
                            continue;
                        }
                        if (cur == 0) {
                            cur = find(parent, l);
                        } else {
                            cur = union(parent, cur, l);
                        }
                    }
                    if (cur == 0) {
                        if (next == parent.length) {
                            parent = java.util.Arrays.copyOf(parent, parent.length * 2);
                        }
                        parent[next] = next;
                        cur = next++;
                    }
                    labels[i] = cur;
                }
            }
        }
        // roots are the smallest provisional label of their component, i.e. its first voxel in scan order
        int[] finalLabel = new int[next];
        int count = 0;
        for (int l = 1; l < next; l++) {
            int r = find(parent, l);
            finalLabel[l] = r == l ? ++count : finalLabel[r];
        }
        long[] sizes = new long[count + 1];
        int[] relabel = finalLabel;
        for (int j = 0; j < labels.length; j++) {
            int l = relabel[labels[j]];
            labels[j] = l;
            sizes[l]++;
        }
        return new Result(labels, count, sizes);
    }

    private static int find(int[] parent, int l) {
        int r = l;
        while (parent[r] != r) {
            r = parent[r];
        }
        while (parent[l] != r) {          // path compression
            int n = parent[l];
            parent[l] = r;
            l = n;
        }
        return r;
    }

    private static int union(int[] parent, int rootA, int b) {
        int rb = find(parent, b);
        if (rb == rootA) {
            return rootA;
        }
        if (rb < rootA) {
            parent[rootA] = rb;
            return rb;
        }
        parent[rb] = rootA;
        return rootA;
    }
}
