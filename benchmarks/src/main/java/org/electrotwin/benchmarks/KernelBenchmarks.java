package org.electrotwin.benchmarks;

import java.util.concurrent.TimeUnit;
import org.electrotwin.characterize.CharacterizeOptions;
import org.electrotwin.characterize.Characterizer;
import org.electrotwin.characterize.DistanceTransform;
import org.electrotwin.core.volume.Axis;
import org.electrotwin.core.volume.LabeledVolume;
import org.electrotwin.transport.FvOptions;
import org.electrotwin.transport.TortuosityFactor;
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
 * DESIGN §7 targets on a 256³ electrode (2 cores): exact EDT ≤ 0.5 s, characterisation without
 * transport ≤ 10 s, tortuosity factor one axis at rel. tol. 1e-4 ≤ 10 s, stochastic SIB 256³ ≤ 10 s.
 * Run: {@code ./mvnw -B -Pbench -pl benchmarks -am package -DskipTests && java -Xmx8g -jar benchmarks/target/benchmarks.jar}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class KernelBenchmarks {
    LabeledVolume volume;
    boolean[] pore;

    @Setup(Level.Trial)
    public void load() {
        volume = Volumes.electrode256();
        pore = volume.mask(volume.phases().labelOf("pore"));
    }

    @Benchmark
    public float[] edt256() {
        return DistanceTransform.edtSquared(pore, volume.nx(), volume.ny(), volume.nz());
    }

    @Benchmark
    public Object characterize256() {
        return Characterizer.characterize(volume, CharacterizeOptions.defaults());
    }

    @Benchmark
    public Object tortuosityPoreZ256() {
        return TortuosityFactor.compute(pore, volume.nx(), volume.ny(), volume.nz(), Axis.Z, FvOptions.defaults());
    }

    @Benchmark
    public Object generateSib256() {
        return Volumes.sib(256);
    }
}
