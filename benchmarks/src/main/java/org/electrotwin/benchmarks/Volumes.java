package org.electrotwin.benchmarks;

import java.nio.file.Path;
import org.electrotwin.core.volume.LabeledVolume;
import org.electrotwin.core.volume.PhaseTable;
import org.electrotwin.core.volume.ReferenceVolumes;
import org.electrotwin.generate.CbdParams;
import org.electrotwin.generate.ElectrodeGenerator;
import org.electrotwin.generate.ElectrodeSpec;
import org.electrotwin.generate.SizeDistribution;
import org.electrotwin.io.VolumeIO;

/** The benchmark volume: the shared real electrode if it is beside the repository, else a generated SIB electrode. */
final class Volumes {
    private Volumes() {}

    static LabeledVolume electrode256() {
        Path real = ReferenceVolumes.nmcElectrode256().orElse(null);
        if (real != null) {
            return VolumeIO.read(real, PhaseTable.parse(ReferenceVolumes.NMC_PHASES), 1e-6);
        }
        return sib(256);
    }

    /**
     * A 4-phase SSB composite cathode (labels 0 pore, 1 am, 2 cbd, 3 se), n³ voxels of 0.25 µm,
     * periodic in z: NMC d50 5 µm, argyrodite d50 2 µm, fractions 0.45 / 0.05 / 0.30 (pore 0.20).
     */
    static LabeledVolume ssb(int n) {
        return ElectrodeGenerator.generate(new ElectrodeSpec(0.45, 0.05, 0.30, new SizeDistribution(5e-6, 0.8),
                new SizeDistribution(2e-6, 0.8), n, n, n, 0.25e-6, 0.1, 0.1, false, CbdParams.defaults(), 1)).volume();
    }

    static LabeledVolume sib(int n) {
        return ElectrodeGenerator.generate(ElectrodeSpec.sib(0.40, 0.15, new SizeDistribution(8e-6, 1.0), n, n, n, 0.5e-6,
                CbdParams.defaults(), 1)).volume();
    }
}
