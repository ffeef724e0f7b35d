package org.electrotwin.characterize;

import java.util.ArrayList;
import java.util.List;

/** Voxel adjacency: faces (6), faces and edges (18), faces, edges and corners (26). */
public enum Connectivity {
    SIX(1), EIGHTEEN(2), TWENTY_SIX(3);

    private final int maxManhattan;

    Connectivity(int maxManhattan) {
        this.maxManhattan = maxManhattan;
    }

    /** Neighbour offsets {dx, dy, dz}, all of them ({@code backwardOnly} false) or those before the voxel in scan order. */
    int[][] offsets(boolean backwardOnly) {
        List<int[]> list = new ArrayList<>();
        for (int dz = -1; dz <= 1; dz++) {
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    int m = Math.abs(dx) + Math.abs(dy) + Math.abs(dz);
                    if (m == 0 || m > maxManhattan) {
                        continue;
                    }
                    boolean backward = dz < 0 || (dz == 0 && (dy < 0 || (dy == 0 && dx < 0)));
                    if (!backwardOnly || backward) {
                        list.add(new int[] {dx, dy, dz});
                    }
                }
            }
        }
        return list.toArray(new int[0][]);
    }

    /** Parses "6", "18", "26" (as the CLI writes them). */
    public static Connectivity of(int n) {
        return switch (n) {
            case 6 -> SIX;
            case 18 -> EIGHTEEN;
            case 26 -> TWENTY_SIX;
            default -> throw new org.electrotwin.core.InputException("connectivity " + n + ": expected 6, 18 or 26");
        };
    }
}
