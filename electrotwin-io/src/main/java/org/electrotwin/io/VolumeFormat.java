package org.electrotwin.io;

import java.nio.file.Path;
import java.util.List;
import org.electrotwin.core.volume.LabeledVolume;

/**
 * One on-disk volume format. Implementations are registered by extension in {@link VolumeIO}.
 *
 * <p>Contract: {@link #read} checks sizes before allocating and reports a corrupt, truncated or
 * inconsistent file as an {@link org.electrotwin.core.InputException} of one line
 * {@code "<file>: <what is wrong>; expected <what>"}; {@link #write} never leaves a partial file
 * (it writes a temporary file in the same directory and moves it into place).
 */
public interface VolumeFormat {
    /** Short name, e.g. {@code "tiff"}. */
    String name();

    /** Lower-case file extensions without the dot, e.g. {@code ["tif", "tiff"]}. */
    List<String> extensions();

    LabeledVolume read(Path file, ReadOptions options);

    void write(Path file, LabeledVolume volume);
}
