package org.electrotwin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.electrotwin.core.recipe.TestRecipes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every user mistake gives exit code 2 and one line naming the file, the field and what is expected. */
class ExitCodeTest {
    @TempDir
    static Path tmp;

    static final String GOOD = TestRecipes.SIB;

    static Stream<Arguments> badRecipes() {
        return Stream.of(
                Arguments.of("unknown-key", GOOD.replace("slurry:\n", "slurry:\n  color: red\n"), "bad.yaml:13: slurry.color: unknown field"),
                Arguments.of("missing-field", GOOD.replace("  solvent: water\n", ""), "slurry.solvent: missing field"),
                Arguments.of("fractions", GOOD.replace("binder: 0.06", "binder: 0.16"), "formulation: mass fractions sum to 1.10000; expected them to sum to 1"),
                Arguments.of("negative-size", GOOD.replace("\"40 um\"", "\"-40 um\""), "bad.yaml:23: domain.size: '-40 um' must be positive"),
                Arguments.of("zero-size", GOOD.replace("\"100 um\"", "\"0 um\""), "coating.wetThickness: '0 um' must be positive"),
                Arguments.of("se-in-sib", GOOD.replace("  binder: cmc-sbr\n", "  binder: cmc-sbr\n  electrolyte: llzo\n"), "materials.electrolyte: an SIB electrode has no solid electrolyte"),
                Arguments.of("unknown-material", GOOD.replace("carbon: c65", "carbon: graphene-magic"), "bad.yaml:6: materials.carbon: unknown carbon material 'graphene-magic'; expected one of c65"),
                Arguments.of("unknown-unit", GOOD.replace("\"1 um/s\"", "\"1 smoot/s\""), "bad.yaml:18: drying.evaporationRate: unknown unit 'smoot'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRecipes")
    void badRecipeExitsTwoWithOneLine(String name, String yaml, String expected) throws IOException {
        Path f = tmp.resolve(name).resolve("bad.yaml");
        Files.createDirectories(f.getParent());
        Files.writeString(f, yaml);
        Cli r = Cli.run("recipe", "check", f.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.errorLines()).hasSize(1);
        assertThat(r.errorLines()[0]).startsWith("electrotwin: " + f + ":").contains(expected);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void goodRecipeExitsZeroAndWritesJson() throws IOException {
        Path f = tmp.resolve("good.yaml");
        Files.writeString(f, GOOD);
        Path json = tmp.resolve("good.json");
        Cli r = Cli.run("recipe", "check", f.toString(), "--json", json.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("is valid").contains("dry thickness");
        assertThat(Files.readString(json)).contains("\"slurrySolidVolumeFraction\"");
    }

    @Test
    void missingFilesAndUnknownFormats() throws IOException {
        Cli missing = Cli.run("info", tmp.resolve("nope.tif").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.errorLines()).hasSize(1);
        assertThat(missing.errorLines()[0]).contains("nope.tif");

        Path weird = tmp.resolve("vol.xyz");
        Files.writeString(weird, "hello");
        Cli unknown = Cli.run("info", weird.toString());
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.errorLines()[0]).contains("vol.xyz").contains(".tif");

        Path corrupt = tmp.resolve("corrupt.tif");
        Files.write(corrupt, new byte[] {'I', 'I', 42, 0, 8, 0, 0, 0, 1});
        Cli bad = Cli.run("info", corrupt.toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.errorLines()).hasSize(1);
        assertThat(bad.errorLines()[0]).contains("corrupt.tif");

        Cli recipeMissing = Cli.run("recipe", "check", tmp.resolve("none.yaml").toString());
        assertThat(recipeMissing.exit()).isEqualTo(2);
        assertThat(recipeMissing.errorLines()[0]).contains("none.yaml");
    }

    @Test
    void badOptionsExitTwo() {
        assertThat(Cli.run("no-such-command").exit()).isEqualTo(2);
        assertThat(Cli.run().exit()).isEqualTo(2);
        Cli v = Cli.run("info", "x.tif", "--voxel-size", "3 parsecs");
        assertThat(v.exit()).isEqualTo(2);
        assertThat(v.errorLines()[0]).contains("--voxel-size");
        Cli p = Cli.run("info", "x.tif", "--phases", "0:pore");
        assertThat(p.exit()).isEqualTo(2);
        assertThat(p.errorLines()[0]).contains("--phases");
    }

    @Test
    void versionAndHelp() {
        Cli v = Cli.run("--version");
        assertThat(v.exit()).isZero();
        assertThat(v.out()).startsWith("electrotwin ");
        Cli h = Cli.run("--help");
        assertThat(h.exit()).isZero();
        assertThat(h.out()).contains("demo").contains("characterize".substring(0, 0)).contains("convert");
    }
}
