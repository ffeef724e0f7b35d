package org.electrotwin.benchmarks;

import java.util.concurrent.TimeUnit;
import org.electrotwin.generate.CbdParams;
import org.electrotwin.generate.ElectrodeGenerator;
import org.electrotwin.generate.ElectrodeSpec;
import org.electrotwin.generate.SizeDistribution;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue #5 targets (2 cores): a 256³ SIB electrode (AM + CBD) ≤ 10 s, an SSB composite cathode
 * (AM + SE + CBD) ≤ 20 s, for each CBD model. The specs are those of the generate module's
 * {@code ElectrodeBenchmarkTest}.
 * Run: {@code ./mvnw -B -Pbench -pl benchmarks -am package -DskipTests && java -Xmx8g -jar benchmarks/target/benchmarks.jar Generate}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class GenerateBenchmarks {
    @Param({"aggregation", "growth"})
    public String cbdModel;

    @Benchmark
    public Object sib256() {
        return ElectrodeGenerator.generate(ElectrodeSpec.sib(0.55, 0.12, new SizeDistribution(8e-6, 1.0), 256, 256, 256,
                0.5e-6, CbdParams.defaults().withModel(cbdModel), 42)).volume();
    }

    @Benchmark
    public Object ssb256() {
        return ElectrodeGenerator.generate(new ElectrodeSpec(0.50, 0.05, 0.30, new SizeDistribution(6e-6, 0.8),
                new SizeDistribution(3e-6, 0.8), 256, 256, 256, 0.5e-6, 0.05, 0.1, true,
                CbdParams.defaults().withModel(cbdModel), 42)).volume();
    }
}
