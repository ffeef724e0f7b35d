package org.electrotwin.core.recipe;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalDouble;
import org.electrotwin.core.InputException;
import org.electrotwin.core.yaml.YamlMap;
import org.electrotwin.core.recipe.Material.MaterialKind;
import org.electrotwin.core.recipe.Recipe.Chemistry;
import org.electrotwin.core.units.Dimension;

/**
 * Reads and validates a recipe (DESIGN §4.2). Any problem is one {@link InputException} line
 * {@code file:line: field: problem; expected …}: unknown keys, missing fields, wrong units,
 * non-positive sizes, mass fractions not summing to 1 (±1e-6), unknown materials, a solid
 * electrolyte in an SIB recipe, an active material whose working ion does not fit the chemistry.
 */
public final class RecipeReader {
    /** Tolerance on the sum of the mass fractions. */
    public static final double FRACTION_SUM_TOLERANCE = 1e-6;

    private final MaterialLibrary library;

    public RecipeReader(MaterialLibrary library) {
        this.library = library;
    }

    public RecipeReader() {
        this(MaterialLibrary.shipped());
    }

    public Recipe read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file + ": no such recipe file; expected a YAML recipe such as examples/sib-hard-carbon-anode.yaml");
        }
        return read(file.toString(), YamlMap.parse(file.toString(), file));
    }

    public Recipe read(String source, Reader reader) {
        return read(source, YamlMap.parse(source, reader));
    }

    /**
     * Reads a recipe with some fields replaced (a campaign's parameters): {@code overrides}
     * maps dotted field paths ({@code calendering.targetPorosity}, {@code drying.evaporationRate})
     * to values as they would be written in the file ({@code "0.35"}, {@code "2e-06 m/s"}).
     * The result is validated like a file, so an override cannot produce an invalid recipe.
     */
    public Recipe read(String source, Reader reader, java.util.Map<String, String> overrides) {
        org.yaml.snakeyaml.nodes.Node root = YamlMap.compose(source, reader);
        RecipeOverrides.apply(source, root, overrides);
        return read(source, YamlMap.of(source, root));
    }

    private Recipe read(String source, YamlMap root) {
        String name = root.opt("name") == null ? stripExtension(source) : root.get("name").string();
        Chemistry chem = root.get("chemistry").choice(Chemistry.class);
        long seed = root.opt("seed") == null ? 42 : root.get("seed").integer();

        YamlMap mats = root.map("materials");
        Material active = material(mats, "active", MaterialKind.ACTIVE, true).orElseThrow();
        Material carbon = material(mats, "carbon", MaterialKind.CARBON, true).orElseThrow();
        Optional<Material> binder = material(mats, "binder", MaterialKind.BINDER, chem == Chemistry.SIB);
        Optional<Material> electrolyte;
        if (chem == Chemistry.SIB) {
            YamlMap.Value se = mats.opt("electrolyte");
            if (se != null) {
                throw se.error("an SIB electrode has no solid electrolyte (its pores are filled with liquid electrolyte later); "
                        + "expected no 'electrolyte' material, or chemistry: SSB");
            }
            electrolyte = Optional.empty();
        } else {
            electrolyte = material(mats, "electrolyte", MaterialKind.ELECTROLYTE, true);
        }
        mats.finish();
        checkIon(mats, chem, active, electrolyte);

        Recipe.Formulation form = formulation(root.map("formulation"), binder.isPresent(), electrolyte.isPresent());
        YamlMap sl = root.map("slurry");
        Recipe.Slurry slurry = new Recipe.Slurry(sl.get("solidContent").number(0.01, 1),
                solvent(sl.get("solvent")));
        sl.finish();

        YamlMap co = root.map("coating");
        OptionalDouble wet = optPositive(co, "wetThickness", Dimension.LENGTH);
        OptionalDouble loading = optPositive(co, "arealLoading", Dimension.AREAL_DENSITY);
        if (wet.isPresent() == loading.isPresent()) {
            throw new InputException(source + ":" + co.line() + ": coating: expected exactly one of wetThickness (e.g. \"150 um\") and arealLoading (e.g. \"12 mg/cm2\")");
        }
        co.finish();

        YamlMap dr = root.map("drying");
        OptionalDouble rate = optPositive(dr, "evaporationRate", Dimension.SPEED);
        OptionalDouble temp = optPositive(dr, "temperature", Dimension.TEMPERATURE);
        double beta = dr.opt("massTransferCoefficient") == null ? 0.02 : dr.get("massTransferCoefficient").positive(Dimension.SPEED);
        double eps0 = dr.opt("porosity") == null ? 0.5 : dr.get("porosity").number(0.05, 0.95);
        if (rate.isEmpty() && temp.isEmpty()) {
            throw new InputException(source + ":" + dr.line() + ": drying: expected evaporationRate (e.g. \"2 um/s\") or temperature (e.g. \"80 degC\")");
        }
        if (rate.isEmpty() && slurry.solvent().boilingPointK().isEmpty()) {
            throw new InputException(source + ":" + dr.line() + ": drying: solvent " + slurry.solvent().name()
                    + " has no vapour-pressure data; expected an evaporationRate");
        }
        dr.finish();

        YamlMap ca = root.map("calendering");
        OptionalDouble p = optPositive(ca, "pressure", Dimension.PRESSURE);
        OptionalDouble gap = optPositive(ca, "gap", Dimension.LENGTH);
        OptionalDouble target = OptionalDouble.empty();
        if (ca.opt("targetPorosity") != null) {
            target = OptionalDouble.of(ca.get("targetPorosity").number(0.01, 0.95));
        }
        int given = (p.isPresent() ? 1 : 0) + (gap.isPresent() ? 1 : 0) + (target.isPresent() ? 1 : 0);
        if (given != 1) {
            throw new InputException(source + ":" + ca.line() + ": calendering: expected exactly one of pressure (e.g. \"100 MPa\"), gap (e.g. \"60 um\") or targetPorosity (e.g. 0.35); found " + given);
        }
        double speed = ca.opt("speed") == null ? 0.01 : ca.get("speed").positive(Dimension.SPEED);
        ca.finish();

        YamlMap dom = root.map("domain");
        double size = dom.get("size").positive(Dimension.LENGTH);
        double voxel = dom.get("voxelSize").positive(Dimension.LENGTH);
        if (size / voxel < 8) {
            throw dom.get("voxelSize").error("the domain is only " + Math.round(size / voxel) + " voxels wide; expected a voxel size at most size/8");
        }
        dom.finish();

        Recipe.Engine engine = engine(root.optMap("engine"));
        root.finish();

        Recipe r = new Recipe(name, chem, seed, new Recipe.Materials(active, carbon, binder, electrolyte), form, slurry,
                new Recipe.Coating(wet, loading), new Recipe.Drying(rate, temp, beta, eps0),
                new Recipe.Calendering(p, gap, target, speed), new Recipe.Domain(size, voxel), engine);
        checkGeometry(source, ca, r);
        return r;
    }

    private Optional<Material> material(YamlMap mats, String role, MaterialKind kind, boolean required) {
        YamlMap.Value v = required ? mats.get(role) : mats.opt(role);
        if (v == null) {
            return Optional.empty();
        }
        if (!v.isMap()) {
            return Optional.of(library.get(v.string(), kind, v));
        }
        YamlMap m = v.map();
        YamlMap.Value nameV = m.get("name");
        Material base = library.get(nameV.string(), kind, nameV);
        return Optional.of(MaterialLibrary.parse(base.name(), m, base));
    }

    private Material solvent(YamlMap.Value v) {
        if (!v.isMap()) {
            return library.get(v.string(), MaterialKind.SOLVENT, v);
        }
        YamlMap m = v.map();
        YamlMap.Value nameV = m.get("name");
        return MaterialLibrary.parse(nameV.string(), m, library.get(nameV.string(), MaterialKind.SOLVENT, nameV));
    }

    private static void checkIon(YamlMap mats, Chemistry chem, Material active, Optional<Material> se) {
        if (chem == Chemistry.SIB && !"Na".equals(active.ion())) {
            throw mats.get("active").error("'" + active.name() + "' stores " + active.ion()
                    + "; expected a sodium active material for chemistry SIB (hard-carbon, nfm111, prussian-white, nvp)");
        }
        if (se.isPresent() && !se.get().ion().equals(active.ion())) {
            throw mats.get("electrolyte").error("'" + se.get().name() + "' conducts " + se.get().ion() + " but the active material "
                    + active.name() + " stores " + active.ion() + "; expected an electrolyte of the same working ion");
        }
    }

    private static Recipe.Formulation formulation(YamlMap f, boolean hasBinder, boolean hasSe) {
        double a = f.get("active").number(0, 1);
        double c = f.get("carbon").number(0, 1);
        double b = hasBinder ? f.get("binder").number(0, 1) : 0;
        double e = hasSe ? f.get("electrolyte").number(0, 1) : 0;
        if (!hasBinder && f.has("binder")) {
            throw f.get("binder").error("there is no binder material; expected a materials.binder entry or no binder fraction");
        }
        if (!hasSe && f.has("electrolyte")) {
            throw f.get("electrolyte").error("there is no solid electrolyte in this recipe; expected no electrolyte fraction");
        }
        f.finish();
        double sum = a + c + b + e;
        if (Math.abs(sum - 1) > FRACTION_SUM_TOLERANCE) {
            throw new InputException(f.source() + ":" + f.line() + ": formulation: mass fractions sum to "
                    + String.format("%.6g", sum) + "; expected them to sum to 1 (±1e-6)");
        }
        if (a <= 0) {
            throw f.get("active").error("the active material fraction must be positive");
        }
        return new Recipe.Formulation(a, c, b, e);
    }

    private static Recipe.Engine engine(YamlMap e) {
        if (e == null) {
            // rolling resistance by default: the spheres stand in for irregular grains
            return new Recipe.Engine("hertz", "mindlin-coulomb", "viscoelastic", "constant-torque", "elastoplastic-bridge", 0, 0.1,
                    Recipe.Engine.CBD_MODELS.get(0), Recipe.Engine.DEFAULT_CBD_FRACTAL_DIMENSION);
        }
        Recipe.Engine d = engine(null);
        YamlMap c = e.optMap("contact");
        String normal = d.normal();
        String tangential = d.tangential();
        String damping = d.damping();
        String rolling = d.rolling();
        String cohesion = d.cohesion();
        if (c != null) {
            normal = c.opt("normal") == null ? normal : c.get("normal").string();
            tangential = c.opt("tangential") == null ? tangential : c.get("tangential").string();
            damping = c.opt("damping") == null ? damping : c.get("damping").string();
            rolling = c.opt("rolling") == null ? rolling : c.get("rolling").string();
            cohesion = c.opt("cohesion") == null ? cohesion : c.get("cohesion").string();
            c.finish();
        }
        String cbdModel = d.cbdModel();
        double fractalDimension = d.cbdFractalDimension();
        YamlMap cbd = e.optMap("cbd");
        if (cbd != null) {
            if (cbd.opt("model") != null) {
                YamlMap.Value v = cbd.get("model");
                cbdModel = v.string();
                if (!Recipe.Engine.CBD_MODELS.contains(cbdModel)) {
                    throw v.error("'" + cbdModel + "' is not a CBD model; expected one of " + String.join(", ", Recipe.Engine.CBD_MODELS));
                }
            }
            if (cbd.opt("fractalDimension") != null) {
                fractalDimension = cbd.get("fractalDimension").number(1, 3);
            }
            cbd.finish();
        }
        int threads = e.opt("threads") == null ? 0 : (int) e.get("threads").number(0, 1024);
        double safety = e.opt("timeStepSafety") == null ? d.timeStepSafety() : e.get("timeStepSafety").number(1e-3, 1);
        e.finish();
        return new Recipe.Engine(normal, tangential, damping, rolling, cohesion, threads, safety, cbdModel, fractalDimension);
    }

    private static OptionalDouble optPositive(YamlMap m, String key, Dimension dim) {
        YamlMap.Value v = m.opt(key);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v.positive(dim));
    }

    /** Checks that depend on several sections: a calender gap thinner than the compact film is impossible. */
    private static void checkGeometry(String source, YamlMap ca, Recipe r) {
        DerivedQuantities d = DerivedQuantities.of(r);
        if (r.calendering().gapM().isPresent() && d.calenderedPorosity().getAsDouble() <= 0) {
            throw new InputException(String.format("%s:%d: calendering.gap: %.3g um is thinner than the pore-free film (%.3g um); expected a gap above it",
                    source, ca.line(), r.calendering().gapM().getAsDouble() * 1e6, d.compactThicknessM() * 1e6));
        }
        if (r.calendering().gapM().isPresent() && r.calendering().gapM().getAsDouble() >= d.dryThicknessM()) {
            throw new InputException(String.format("%s:%d: calendering.gap: %.3g um is not below the dried film (%.3g um); expected a gap that compresses it",
                    source, ca.line(), r.calendering().gapM().getAsDouble() * 1e6, d.dryThicknessM() * 1e6));
        }
        if (r.calendering().targetPorosity().isPresent() && r.calendering().targetPorosity().getAsDouble() >= r.drying().porosity()) {
            throw new InputException(String.format("%s:%d: calendering.targetPorosity: %.3f is not below the dried film's porosity %.3f; expected calendering to densify",
                    source, ca.line(), r.calendering().targetPorosity().getAsDouble(), r.drying().porosity()));
        }
    }

    private static String stripExtension(String source) {
        String n = Path.of(source).getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
