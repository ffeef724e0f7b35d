package org.electrotwin.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.electrotwin.core.volume.LabeledVolume;
import org.electrotwin.io.VolumeIO;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code electrotwin convert IN OUT}: between volume formats, chosen by extension. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert a labelled volume between TIFF, NPY, raw+JSON and VTI (by extension).")
final class ConvertCommand implements Callable<Integer> {
    @Mixin
    VolumeInput input;

    @Parameters(index = "1", paramLabel = "OUT", description = "output file; its extension picks the format")
    Path out;

    @Override
    public Integer call() {
        VolumeIO.formatOf(out); // a wrong extension fails before the (possibly long) read
        LabeledVolume v = input.read();
        VolumeIO.write(out, v);
        System.err.println("wrote " + out + " (" + v.nx() + "x" + v.ny() + "x" + v.nz() + ", phases " + v.phases() + ")");
        return 0;
    }
}
