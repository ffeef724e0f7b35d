package org.electrotwin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.electrotwin.core.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lattice Boltzmann commands: characterize --metrics permeability. */
class LbmCliTest {
    @TempDir
    Path tmp;

    private Path spheres(String name, double porosity) {
        Path tif = tmp.resolve(name);
        Cli g = Cli.run("generate", "--model", "boolean-spheres", "--params",
                "nx=24,ny=24,nz=24,voxelSizeM=1um,radiusM=4um,porosity=" + porosity, "--seed", "5", "--out", tif.toString());
        assertThat(g.exit()).as(g.err()).isZero();
        return tif;
    }

    @Test
    void characterizePermeabilityWritesDarcyPermeabilityInSquareMetres() throws Exception {
        Path tif = spheres("s.tif", 0.6);
        Path out = tmp.resolve("props");
        Cli c = Cli.run("characterize", tif.toString(), "--metrics", "fractions,permeability", "--axes", "z,x", "--out", out.toString());
        assertThat(c.exit()).as(c.err()).isZero();
        JsonNode p = Json.mapper().readTree(Files.readString(out.resolve("properties.json")));
        double kz = p.at("/permeability/permeability/z").asDouble();
        double kx = p.at("/permeability/permeability/x").asDouble();
        // pores of a few µm: k of order 0.01–1 µm² (Kozeny–Carman with ε = 0.6, particle 8 µm gives ~0.3 µm²)
        assertThat(kz).isBetween(1e-15, 1e-11);
        assertThat(kx).isBetween(1e-15, 1e-11);
        assertThat(p.at("/permeability/percolating/z").asBoolean()).isTrue();
        assertThat(p.at("/permeability/permeability/y").isMissingNode() || p.at("/permeability/permeability/y").isNull()).isTrue();
        assertThat(p.at("/units/permeability").asText()).startsWith("m2");
    }
}
