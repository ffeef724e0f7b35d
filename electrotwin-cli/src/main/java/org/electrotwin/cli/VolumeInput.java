package org.electrotwin.cli;

import java.nio.file.Path;
import org.electrotwin.core.InputException;
import org.electrotwin.core.units.Dimension;
import org.electrotwin.core.units.Units;
import org.electrotwin.core.volume.LabeledVolume;
import org.electrotwin.core.volume.PhaseTable;
import org.electrotwin.io.VolumeIO;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The volume argument shared by the commands that read one: file, phase names and voxel size. */
final class VolumeInput {
    @Parameters(index = "0", paramLabel = "VOLUME", description = "labelled volume: .tif/.tiff, .npy, .raw (+ .json sidecar) or .vti")
    Path file;

    @Option(names = "--phases", paramLabel = "LABEL=NAME,...",
            description = "phase names of the labels, e.g. 0=pore,85=am,170=cbd (default: from the file, else 0=pore,1=am,2=cbd,3=se)")
    String phases;

    @Option(names = "--voxel-size", paramLabel = "LENGTH", description = "voxel edge with its unit, e.g. 0.5um (default: from the file, else 1 um)")
    String voxelSize;

    LabeledVolume read() {
        PhaseTable p = phases == null ? null : PhaseTable.parse(phases);
        Double v = null;
        if (voxelSize != null) {
            try {
                v = Units.toSi(voxelSize, Dimension.LENGTH);
            } catch (Units.UnitException e) {
                throw new InputException("--voxel-size: " + e.getMessage());
            }
            if (!(v > 0)) {
                throw new InputException("--voxel-size: '" + voxelSize + "' must be positive");
            }
        }
        LabeledVolume vol = VolumeIO.read(file, p, v);
        return vol.withPhases(vol.phases().completedWith(vol.labelsPresent()));
    }
}
