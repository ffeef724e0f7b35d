package org.electrotwin.process.engine;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * LAMMPS text formats: dump frames ({@code ITEM: ATOMS id type x y z radius vx vy vz}, which OVITO
 * opens, types 1-based) and a data file for {@code atom_style sphere} so a stage can be rerun at
 * scale with LAMMPS' granular package. Lengths in µm-free SI (m, kg) as LAMMPS {@code units si}.
 */
public final class LammpsWriter {
    private LammpsWriter() {
    }

    /** Appends one frame to a dump file (created if absent). */
    public static void appendDump(Path file, long timestep, Particles p, double lx, double ly, double zTop) {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            w.write("ITEM: TIMESTEP\n" + timestep + "\nITEM: NUMBER OF ATOMS\n" + p.size() + "\n");
            w.write("ITEM: BOX BOUNDS pp pp fm\n");
            w.write(fmt("0 %.9e\n0 %.9e\n0 %.9e\n", lx, ly, Math.max(zTop, p.topM())));
            w.write("ITEM: ATOMS id type x y z radius vx vy vz\n");
            for (int i = 0; i < p.size(); i++) {
                w.write(fmt("%d %d %.9e %.9e %.9e %.9e %.6e %.6e %.6e\n", i + 1, p.type[i] + 1, p.x[i], p.y[i], p.z[i],
                        p.r[i], p.vx[i], p.vy[i], p.vz[i]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write dump " + file, e);
        }
    }

    /** A LAMMPS data file ({@code atom_style sphere}: id type diameter density x y z). */
    public static void writeData(Path file, Particles p, double lx, double ly, double zTop, int types) {
        StringBuilder sb = new StringBuilder("electrotwin process particles (units si)\n\n");
        sb.append(p.size()).append(" atoms\n").append(types).append(" atom types\n\n");
        sb.append(fmt("0 %.9e xlo xhi\n0 %.9e ylo yhi\n0 %.9e zlo zhi\n\nAtoms # sphere\n\n", lx, ly,
                Math.max(zTop, 1.05 * p.topM())));
        for (int i = 0; i < p.size(); i++) {
            double d = 2 * p.r[i];
            double rho = p.m[i] / (Math.PI / 6 * d * d * d);
            sb.append(fmt("%d %d %.9e %.6e %.9e %.9e %.9e\n", i + 1, p.type[i] + 1, d, rho, p.x[i], p.y[i], p.z[i]));
        }
        try {
            Files.writeString(file, sb);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /**
     * A LAMMPS input script that reruns a stage from {@link #writeData} with the equivalent pair style
     * ({@code pair_style granular}: hertz/material or hooke, mindlin tangential history, tsuji damping,
     * sds rolling; or {@code lj/expand} for the slurry), the current collector as a granular wall and the
     * calender plate as a moving granular region wall; integration with {@code fix nve/sphere} and
     * viscous drag. Differences, stated in the script: LAMMPS maps restitution to damping with the
     * closed form (ours is calibrated exactly), rolling is LAMMPS' spring-dashpot-slider and CBD bridges
     * have no LAMMPS equivalent in the granular package (omitted).
     */
    public static void writeInput(Path file, String dataFile, org.electrotwin.process.contact.ContactLaw law, double dtS,
            double skinM, double plateZM, double plateVzMPerS, double dragPerS, double meanMassKg, int steps) {
        var names = law.names();
        var prm = law.params();
        StringBuilder sb = new StringBuilder();
        sb.append("# electrotwin process stage exported for LAMMPS (GRANULAR package), units si\n");
        sb.append("# contact law ").append(names).append("\n");
        sb.append("units si\natom_style sphere\nboundary p p f\nnewton off\ncomm_modify vel yes\n");
        sb.append("read_data ").append(dataFile).append("\n");
        sb.append(fmt("neighbor %.6e bin\nneigh_modify delay 0\n", skinM));
        int types = law.typeCount();
        String tangential = names.get("tangential").equals("mindlin-coulomb")
                ? fmt("tangential mindlin NULL 1.0 %.6g", prm.friction()) : "tangential linear_nohistory 0.0 0.0";
        String damping = names.get("damping").equals("viscoelastic") ? "damping tsuji" : "damping viscoelastic";
        // LAMMPS' rolling spring must stay stable at this step: a quarter of the linear contact stiffness
        double kRoll = prm.hookeStiffnessNPerM() > 0 ? 0.25 * prm.hookeStiffnessNPerM() : 1.0;
        String rolling = names.get("rolling").equals("constant-torque")
                ? fmt(" rolling sds %.6e 0.0 %.6g", kRoll, prm.rollingFriction()) : "";
        double e = names.get("damping").equals("viscoelastic") ? prm.restitution() : 0.0;
        String normal = names.get("normal");
        if (normal.equals("lj-shifted")) {
            sb.append(fmt("pair_style lj/expand %.6e\n", 2.5 * prm.ljSigmaM()));
            for (int a = 0; a < types; a++) {
                for (int b = a; b < types; b++) {
                    // delta = r_a + r_b − 2^{1/6}σ is per particle pair in electrotwin; LAMMPS takes one per type pair
                    sb.append(fmt("pair_coeff %d %d %.6e %.6e 0.0  # set delta to the type-pair contact distance minus 2^(1/6) sigma%n",
                            a + 1, b + 1, prm.ljWellDepthJ()[a][b], prm.ljSigmaM()));
                }
            }
        } else {
            sb.append("pair_style granular\n");
            // every type pair explicitly: LAMMPS (29 Sep 2021) turns the E it is given into E/(2(1 − ν²)) for any
            // pair, and its automatic i≠j mixing gave forces ~10⁷ too large; so pass 2(1 − ν²)·E* of the pair
            for (int a = 0; a < types; a++) {
                for (int b = a; b < types; b++) {
                    double nu = prm.poissonRatio()[a];
                    String model = normal.equals("hooke") ? fmt("hooke %.6e %.6g", prm.hookeStiffnessNPerM(), e)
                            : fmt("hertz/material %.6e %.6g %.6g", 2 * (1 - nu * nu) * law.effectiveModulusPa(a, b), e, nu);
                    sb.append(fmt("pair_coeff %d %d %s %s %s%s\n", a + 1, b + 1, model, damping, tangential, rolling));
                }
            }
        }
        // the walls meet AM particles mostly: their E* with AM, passed the same way
        double nuWall = prm.poissonRatio()[0];
        String wallModel = fmt("hertz/material %.6e %.6g %.6g %s %s%s",
                2 * (1 - nuWall * nuWall) * law.effectiveModulusPa(0, law.wallType()), e, nuWall, damping, tangential, rolling);
        sb.append("fix collector all wall/gran granular ").append(wallModel).append(" zplane 0.0 NULL\n");
        if (Double.isFinite(plateZM)) {
            // the region's move variables are displacements from its initial position
            sb.append(fmt("variable dz equal %.9e*time\n", plateVzMPerS));
            sb.append(fmt("region plate plane 0 0 %.9e 0 0 -1 side in move NULL NULL v_dz units box\n", plateZM));
            sb.append("fix calender all wall/gran/region granular ").append(wallModel).append(" region plate\n");
        }
        sb.append("fix integrate all nve/sphere\n");
        if (dragPerS > 0) {
            sb.append(fmt("fix solvent all viscous %.6e  # gamma*m for the mean particle mass%n", dragPerS * meanMassKg));
        }
        sb.append(fmt("timestep %.6e\nthermo 1000\ndump frames all custom 1000 stage.lammpstrj id type x y z radius\nrun %d\n",
                dtS, steps));
        try {
            Files.writeString(file, sb);
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot write " + file, ex);
        }
    }

    private static String fmt(String f, Object... a) {
        return String.format(Locale.ROOT, f, a);
    }
}
