package org.electrotwin.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.electrotwin.core.volume.Axis;
import org.electrotwin.core.volume.LabeledVolume;
import org.electrotwin.io.SliceRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code electrotwin slice VOLUME --axis z --index K --png OUT}: a phase-coloured slice with a legend. */
@Command(name = "slice", mixinStandardHelpOptions = true, description = "Render one slice of a volume as a PNG (phase colours, legend).")
final class SliceCommand implements Callable<Integer> {
    @Mixin
    VolumeInput input;

    @Option(names = "--axis", defaultValue = "z", description = "axis normal to the slice: x, y or z (default z)")
    String axis;

    @Option(names = "--index", description = "slice index along the axis (default: the middle)")
    Integer index;

    @Option(names = "--scale", defaultValue = "2", description = "pixels per voxel (default 2)")
    int scale;

    @Option(names = "--png", required = true, paramLabel = "OUT", description = "output PNG file")
    Path png;

    @Override
    public Integer call() {
        Axis a = Axis.parse(axis);
        if (scale < 1 || scale > 32) {
            throw new org.electrotwin.core.InputException("--scale " + scale + ": expected 1..32 pixels per voxel");
        }
        LabeledVolume v = input.read();
        int k = index != null ? index : a.size(v) / 2;
        Folders.create(png.toAbsolutePath().getParent());
        SliceRenderer.writePng(png, v, a, k, scale);
        System.err.println("wrote " + png + " (" + a.key() + " = " + k + ")");
        return 0;
    }
}
