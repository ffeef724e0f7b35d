package org.electrotwin.io;

import java.util.Map;
import java.util.SplittableRandom;
import org.electrotwin.core.volume.LabeledVolume;
import org.electrotwin.core.volume.PhaseTable;

/** Seeded random volumes for tests. */
final class TestVolumes {
    private TestVolumes() {
    }

    static LabeledVolume random(int nx, int ny, int nz, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        byte[] b = new byte[nx * ny * nz];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) r.nextInt(256);
        }
        double voxel = 1e-7 * (1 + r.nextInt(10_000)) / 7.0; // awkward decimal values on purpose
        PhaseTable phases = PhaseTable.of(Map.of(0, "pore", 1, "am", 2, "cbd", 3, "se", 200, "binder_2"));
        return new LabeledVolume(nx, ny, nz, voxel, phases, b);
    }
}
