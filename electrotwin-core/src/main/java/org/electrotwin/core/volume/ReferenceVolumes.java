package org.electrotwin.core.volume;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where the project's reference volume lies: {@code shared/data/nmc-electrode-256.tiff} beside
 * the repository (as the developers' checkout and CI's clone have it), looked up from the
 * repository root or from a module folder. Tests and benchmarks that need it skip without it.
 */
public final class ReferenceVolumes {
    /** Phase names of the reference electrode's labels (shared/data/README.md). */
    public static final String NMC_PHASES = "0=pore,85=am,170=cbd";

    private ReferenceVolumes() {}

    /** The 256³ three-phase NMC electrode (TauFactor's example volume), if present. */
    public static Optional<Path> nmcElectrode256() {
        return Stream.of("../shared/data", "../../shared/data", "shared/data")
                .map(d -> Path.of(d, "nmc-electrode-256.tiff")).filter(Files::isRegularFile).findFirst();
    }
}
