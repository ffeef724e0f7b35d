package org.electrotwin.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.electrotwin.core.volume.LabeledVolume;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code electrotwin info VOLUME}: shape, voxel size and phase fractions. */
@Command(name = "info", mixinStandardHelpOptions = true, description = "Print a volume's shape, voxel size and phase fractions.")
final class InfoCommand implements Callable<Integer> {
    @Mixin
    VolumeInput input;

    @Override
    public Integer call() {
        LabeledVolume v = input.read();
        long[] h = v.histogram();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"file", input.file.toString()});
        rows.add(new String[] {"shape (x, y, z)", v.nx() + " x " + v.ny() + " x " + v.nz() + " = " + v.voxelCount() + " voxels"});
        rows.add(new String[] {"voxel size", Format.num(v.voxelSizeM() * 1e6) + " µm"});
        rows.add(new String[] {"size", Format.um(v.nx() * v.voxelSizeM()) + " x " + Format.um(v.ny() * v.voxelSizeM())
                + " x " + Format.um(v.nz() * v.voxelSizeM())});
        for (int l : v.labelsPresent()) {
            rows.add(new String[] {"phase " + v.phases().name(l) + " (label " + l + ")",
                    String.format(java.util.Locale.ROOT, "%.4f", h[l] / (double) v.voxelCount())});
        }
        System.out.print(Format.table(rows.toArray(new String[0][])));
        return 0;
    }
}
