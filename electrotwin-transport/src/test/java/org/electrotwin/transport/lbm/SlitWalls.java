package org.electrotwin.transport.lbm;

/** A quasi-2D slit of gap h between two solid rows (wall class 1), nc long: the fluid mask and the wall classes. */
record SlitWalls(int na, int nc, boolean[] fluid, byte[] wallClass) {

    static SlitWalls of(int h, int nc) {
        int na = h + 2;
        boolean[] fluid = new boolean[na * nc];
        byte[] cls = new byte[na * nc];
        for (int c = 0; c < nc; c++) {
            for (int a = 0; a < na; a++) {
                boolean wall = a == 0 || a == na - 1;
                fluid[a + na * c] = !wall;
                cls[a + na * c] = (byte) (wall ? 1 : 0);
            }
        }
        return new SlitWalls(na, nc, fluid, cls);
    }
}
