package org.electrotwin.core.recipe;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import org.electrotwin.core.InputException;
import org.electrotwin.core.yaml.YamlMap;
import org.electrotwin.core.recipe.Material.MaterialKind;
import org.electrotwin.core.units.Dimension;

/**
 * The materials library shipped as {@code materials.yaml} (each value with its literature
 * source in a comment). Recipes name a material and may override any of its fields.
 */
public final class MaterialLibrary {
    private static final String RESOURCE = "materials.yaml";
    private static volatile MaterialLibrary shipped;

    private final Map<String, Material> byName;

    private MaterialLibrary(Map<String, Material> byName) {
        this.byName = Collections.unmodifiableMap(byName);
    }

    /** The library shipped with electrotwin. */
    public static MaterialLibrary shipped() {
        MaterialLibrary lib = shipped;
        if (lib == null) {
            try (Reader r = new InputStreamReader(MaterialLibrary.class.getResourceAsStream(RESOURCE), StandardCharsets.UTF_8)) {
                lib = read(RESOURCE, r);
            } catch (java.io.IOException e) {
                throw new IllegalStateException("cannot read the shipped materials library", e);
            }
            shipped = lib;
        }
        return lib;
    }

    /** Reads a library file (the same format as the shipped one). */
    public static MaterialLibrary read(String source, Reader reader) {
        YamlMap root = YamlMap.parse(source, reader);
        Map<String, Material> m = new LinkedHashMap<>();
        for (String name : root.keys()) {
            m.put(name, parse(name, root.map(name), null));
        }
        root.finish();
        return new MaterialLibrary(m);
    }

    public Map<String, Material> all() {
        return byName;
    }

    /** The material of that name, or an error listing the names of the wanted kind. */
    Material get(String name, MaterialKind kind, YamlMap.Value where) {
        Material m = byName.get(name);
        if (m == null || m.kind() != kind) {
            StringBuilder known = new StringBuilder();
            byName.values().stream().filter(x -> x.kind() == kind)
                    .forEach(x -> known.append(known.length() == 0 ? "" : ", ").append(x.name()));
            throw where.error("unknown " + kind.name().toLowerCase() + " material '" + name + "'; expected one of " + known);
        }
        return m;
    }

    public Material get(String name) {
        Material m = byName.get(name);
        if (m == null) {
            throw new InputException("unknown material '" + name + "'; expected one of " + String.join(", ", byName.keySet()));
        }
        return m;
    }

    /**
     * Parses a material's fields; with a {@code base}, the fields present override it
     * (the recipe form), otherwise the kind and the physical fields are required (the library form).
     */
    static Material parse(String name, YamlMap map, Material base) {
        MaterialKind kind = base != null ? base.kind() : map.get("kind").choice(MaterialKind.class);
        String formula = text(map, "formula", base == null ? "" : base.formula());
        String ion = text(map, "ion", base == null ? "" : base.ion());
        double density = quantity(map, "density", Dimension.DENSITY, base == null ? Double.NaN : base.densityKgPerM3(), true);
        ParticleSize psd = base == null ? null : base.particleSize();
        YamlMap.Value p = map.opt("particleSize");
        if (p != null) {
            psd = particleSize(p);
        }
        boolean solid = kind != MaterialKind.SOLVENT;
        if (psd == null && (kind == MaterialKind.ACTIVE || kind == MaterialKind.ELECTROLYTE || kind == MaterialKind.CARBON)) {
            throw YamlMap.error(map.source(), map.path() + ".particleSize", null,
                    "missing field; expected {d50: \"9 um\", span: 1.2} or a table");
        }
        double sigmaE = quantity(map, "electronicConductivity", Dimension.CONDUCTIVITY, base == null ? (solid ? Double.NaN : 0) : base.electronicConductivitySPerM(), false);
        double sigmaI = quantity(map, "ionicConductivity", Dimension.CONDUCTIVITY, base == null ? (solid ? Double.NaN : 0) : base.ionicConductivitySPerM(), false);
        double e = quantity(map, "youngsModulus", Dimension.PRESSURE, base == null ? (solid ? Double.NaN : 0) : base.youngsModulusPa(), !solid ? false : true);
        double nu = base == null ? 0 : base.poissonRatio();
        YamlMap.Value nuV = map.opt("poissonRatio");
        if (nuV != null) {
            nu = nuV.number(-1, 0.5);
        } else if (base == null && solid) {
            map.get("poissonRatio");
        }
        Material m = new Material(name, kind, formula, ion, density, psd, sigmaE, sigmaI, e, nu,
                optional(map, "yieldStress", Dimension.PRESSURE, base == null ? OptionalDouble.empty() : base.yieldStressPa()),
                optional(map, "specificCapacity", Dimension.SPECIFIC_CHARGE, base == null ? OptionalDouble.empty() : base.specificCapacityCPerKg()),
                optional(map, "molarMass", Dimension.MASS, base == null ? OptionalDouble.empty() : base.molarMassKgPerMol()),
                optional(map, "boilingPoint", Dimension.TEMPERATURE, base == null ? OptionalDouble.empty() : base.boilingPointK()),
                optional(map, "vaporizationEnthalpy", new Dimension(2, 1, -2, 0, 0), base == null ? OptionalDouble.empty() : base.vaporizationEnthalpyJPerMol()),
                optional(map, "viscosity", Dimension.VISCOSITY, base == null ? OptionalDouble.empty() : base.viscosityPaS()));
        map.finish();
        return m;
    }

    private static ParticleSize particleSize(YamlMap.Value v) {
        YamlMap p = v.map();
        ParticleSize psd;
        if (p.has("table")) {
            java.util.List<YamlMap.Value> rows = p.get("table").list();
            if (rows.size() < 2) {
                throw v.error("a size table needs at least two rows [diameter, cumulative volume fraction]");
            }
            double[] d = new double[rows.size()];
            double[] c = new double[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                java.util.List<YamlMap.Value> row = rows.get(i).list();
                if (row.size() != 2) {
                    throw rows.get(i).error("expected a row [\"5 um\", 0.5] of diameter and cumulative volume fraction");
                }
                d[i] = row.get(0).positive(Dimension.LENGTH);
                c[i] = row.get(1).number(0, 1);
                if (i > 0 && (d[i] <= d[i - 1] || c[i] < c[i - 1])) {
                    throw rows.get(i).error("rows must have increasing diameters and non-decreasing cumulative fractions");
                }
            }
            if (c[0] > 0.1 || c[c.length - 1] < 0.9) {
                throw v.error("the size table must cover the cumulative range 0.1..0.9 (d10 to d90)");
            }
            psd = ParticleSize.table(d, c);
        } else {
            psd = ParticleSize.logNormal(p.get("d50").positive(Dimension.LENGTH), p.get("span").number(0, 10));
        }
        p.finish();
        return psd;
    }

    private static String text(YamlMap map, String key, String dflt) {
        YamlMap.Value v = map.opt(key);
        return v == null ? dflt : v.string();
    }

    private static double quantity(YamlMap map, String key, Dimension dim, double dflt, boolean positive) {
        YamlMap.Value v = map.opt(key);
        if (v == null) {
            if (Double.isNaN(dflt)) {
                map.get(key); // reports the missing field
            }
            return dflt;
        }
        double x = positive ? v.positive(dim) : v.quantity(dim);
        if (x < 0) {
            throw v.error("'" + v.string() + "' must not be negative");
        }
        return x;
    }

    private static OptionalDouble optional(YamlMap map, String key, Dimension dim, OptionalDouble dflt) {
        YamlMap.Value v = map.opt(key);
        return v == null ? dflt : OptionalDouble.of(v.positive(dim));
    }
}
