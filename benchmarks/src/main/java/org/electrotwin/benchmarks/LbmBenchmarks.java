package org.electrotwin.benchmarks;

import java.util.concurrent.TimeUnit;
import org.electrotwin.core.volume.Axis;
import org.electrotwin.core.volume.LabeledVolume;
import org.electrotwin.transport.lbm.LbmOptions;
import org.electrotwin.transport.lbm.Permeability;
import org.electrotwin.transport.lbm.PermeabilityResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue #8 targets (2 cores): single-phase D3Q19 ≥ 20 MLUPS on a 128³ electrode; permeability of a 200³
 * electrode ≤ 2 min. {@code lbmSteps128} runs 300 steps (MLUPS = fluid nodes · 300 / time; the solver also
 * prints its own MLUPS on stderr); {@code permeabilityPoreZ200} runs to convergence.
 * Run: {@code java -Xmx8g -jar benchmarks/target/benchmarks.jar Lbm}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class LbmBenchmarks {
    LabeledVolume crop128;
    LabeledVolume crop200;
    int pore;

    @Setup(Level.Trial)
    public void load() {
        LabeledVolume v = Volumes.electrode256();
        crop128 = v.crop(0, 0, 0, 128, 128, 128);
        crop200 = v.crop(0, 0, 0, 200, 200, 200);
        pore = v.phases().labelOf("pore");
    }

    @Benchmark
    public PermeabilityResult lbmSteps128() {
        PermeabilityResult r = Permeability.compute(crop128, pore, Axis.Z, LbmOptions.defaults().withMaxSteps(300).withRelTol(1e-12),
                s -> {});
        System.err.printf("128^3: %d fluid nodes, %.1f MLUPS%n", r.fluidNodes(), r.mlups());
        return r;
    }

    @Benchmark
    public PermeabilityResult permeabilityPoreZ200() {
        return Permeability.compute(crop200, pore, Axis.Z, LbmOptions.defaults(), s -> {});
    }
}
