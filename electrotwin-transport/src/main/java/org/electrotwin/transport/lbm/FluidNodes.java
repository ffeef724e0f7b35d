package org.electrotwin.transport.lbm;

import java.util.stream.IntStream;

/**
 * Sparse storage of a pore space for the lattice Boltzmann method: only fluid nodes are kept,
 * numbered in frame order (a fastest, c slowest), with a streaming table that says, for each
 * node and each moving population, where in the previous step's array that population comes
 * from (pull scheme). A link whose upstream neighbour is solid (or outside a closed side)
 * points at the node's own opposite population instead: that is halfway bounce-back, which
 * puts the no-slip wall midway between the fluid and the solid voxel centres, i.e. on the
 * voxel faces. So memory and work scale with the pore volume, not the box.
 *
 * <p>Layout: populations are stored by direction ({@code f[q*n + i]}, structure of arrays). The table
 * comes in one of two forms: for the pull scheme ({@link #build}), {@code source[(q-1)*n + i]} is the index
 * into that array read by population q of node i; for in-place (AA) streaming ({@link #buildInPlace}), by
 * node, {@code source[18*i + q - 1]} is where an odd step reads population q of node i: the slot of the
 * opposite population of the upstream neighbour, or the node's own slot q behind a wall ({@link SinglePhaseLbm}).
 * Built directly in the form its solver needs, so only one table of 18 ints per node is ever held.
 *
 * @param n          number of fluid nodes
 * @param cells      frame cell of each node ({@code a + na*(b + nb*c)}), increasing
 * @param layerStart first node of each frame layer c (length {@code nc + 1})
 * @param source     streaming table, {@code 18·n} entries
 * @param inPlace    the table is the in-place (AA) one, by node, instead of the pull one, by direction
 */
record FluidNodes(int na, int nb, int nc, boolean periodicSides, boolean periodicFlow, int n, int[] cells,
                  int[] layerStart, int[] source, boolean inPlace) {

    /**
     * @param fluid          frame-ordered mask ({@code na·nb·nc}) of the nodes to keep
     * @param periodicSides  axes a and b wrap around; otherwise they are closed by walls on the outer faces
     * @param periodicFlow   axis c wraps around; otherwise it is closed too (for two-phase runs with reservoirs)
     */
    static FluidNodes build(boolean[] fluid, int na, int nb, int nc, boolean periodicSides, boolean periodicFlow) {
        return build(fluid, na, nb, nc, periodicSides, periodicFlow, false);
    }

    /** As {@link #build}, with the in-place (AA) streaming table of {@link SinglePhaseLbm}. */
    static FluidNodes buildInPlace(boolean[] fluid, int na, int nb, int nc, boolean periodicSides, boolean periodicFlow) {
        return build(fluid, na, nb, nc, periodicSides, periodicFlow, true);
    }

    private static FluidNodes build(boolean[] fluid, int na, int nb, int nc, boolean periodicSides, boolean periodicFlow,
                                    boolean inPlace) {
        int layer = na * nb;
        int[] layerStart = new int[nc + 1];
        for (int c = 0; c < nc; c++) {
            int count = 0;
            for (int p = c * layer, end = p + layer; p < end; p++) {
                if (fluid[p]) {
                    count++;
                }
            }
            layerStart[c + 1] = Math.addExact(layerStart[c], count);
        }
        int n = layerStart[nc];
        if ((long) n * (D3Q19.Q - 1) > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("lattice Boltzmann: " + n + " fluid nodes exceed the 2^31 table limit");
        }
        int[] cells = new int[n];
        int[] nodeOf = new int[na * nb * nc];
        IntStream.range(0, nc).parallel().forEach(c -> {
            int i = layerStart[c];
            for (int p = c * layer, end = p + layer; p < end; p++) {
                if (fluid[p]) {
                    cells[i] = p;
                    nodeOf[p] = i++;
                } else {
                    nodeOf[p] = -1;
                }
            }
        });
        int[] source = new int[n * (D3Q19.Q - 1)];
        IntStream.range(0, nc).parallel().forEach(c -> {
            for (int i = layerStart[c]; i < layerStart[c + 1]; i++) {
                int p = cells[i];
                int a = p % na;
                int b = (p / na) % nb;
                for (int q = 1; q < D3Q19.Q; q++) {
                    // population q arrives from the upstream neighbour x - c_q
                    int ua = wrap(a - D3Q19.CX[q], na, periodicSides);
                    int ub = wrap(b - D3Q19.CY[q], nb, periodicSides);
                    int uc = wrap(c - D3Q19.CZ[q], nc, periodicFlow);
                    int j = ua < 0 || ub < 0 || uc < 0 ? -1 : nodeOf[ua + na * (ub + nb * uc)];
                    int opposite = D3Q19.opposite(q);
                    if (inPlace) {
                        source[(D3Q19.Q - 1) * i + q - 1] = j >= 0 ? opposite * n + j : q * n + i;
                    } else {
                        source[(q - 1) * n + i] = j >= 0 ? q * n + j : opposite * n + i;
                    }
                }
            }
        });
        return new FluidNodes(na, nb, nc, periodicSides, periodicFlow, n, cells, layerStart, source, inPlace);
    }

    private static int wrap(int v, int size, boolean periodic) {
        if (v >= 0 && v < size) {
            return v;
        }
        return periodic ? Math.floorMod(v, size) : -1;
    }

    int layerOf(int node) {
        return cells[node] / (na * nb);
    }
}
