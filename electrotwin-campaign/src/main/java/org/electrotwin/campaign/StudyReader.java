package org.electrotwin.campaign;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.electrotwin.core.InputException;
import org.electrotwin.core.recipe.RecipeReader;
import org.electrotwin.core.units.Dimension;
import org.electrotwin.core.units.Units;
import org.electrotwin.core.yaml.YamlMap;

/** Reads and validates a study file, with the same one-line errors as recipes. */
public final class StudyReader {
    /** Short names engineers use for common properties. */
    static final Map<String, String> ALIASES = Map.of(
            "porosity", "phases.pore.volumeFraction",
            "tortuosity", "phases.pore.tortuosityFactor.z");

    private static final Pattern COMPARISON = Pattern.compile("(\\S+)\\s*(<=|>=)\\s*(\\S+)");
    private static final Pattern INTERVAL = Pattern.compile("(\\S+)\\s+in\\s+\\[\\s*([^,\\]]+)\\s*,\\s*([^\\]]+)\\s*]");

    private StudyReader() {}

    public static Study read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file + ": no such study file; expected a YAML study such as examples/studies/demo-study.yaml");
        }
        String src = file.toString();
        YamlMap root = YamlMap.parse(src, file);
        String name = root.get("name").string();
        if (!name.matches("[A-Za-z0-9_.-]+")) {
            throw root.get("name").error("'" + name + "' is not a plain name; expected letters, digits, '_', '-' or '.'");
        }
        YamlMap.Value recipeV = root.get("recipe");
        Path recipe = file.toAbsolutePath().getParent().resolve(recipeV.string()).normalize();
        if (!Files.isRegularFile(recipe)) {
            throw recipeV.error("no recipe at " + recipe + "; expected a path relative to the study file");
        }
        new RecipeReader().read(recipe); // the base recipe must be valid on its own
        Study.Twin twin = root.opt("twin") == null ? Study.Twin.STOCHASTIC : root.get("twin").choice(Study.Twin.class);

        Map<String, String> fixed = new LinkedHashMap<>();
        YamlMap fx = root.optMap("fixed");
        int fixedLine = fx == null ? 0 : fx.line();
        if (fx != null) {
            for (String k : fx.keys()) {
                fixed.put(k, fx.get(k).string());
            }
            fx.finish();
        }
        List<Study.Range> ranges = new ArrayList<>();
        Optional<Study.Simplex> simplex = Optional.empty();
        YamlMap params = root.map("parameters");
        for (String key : params.keys()) {
            YamlMap.Value v = params.get(key);
            if (key.equals("formulation")) {
                simplex = Optional.of(simplex(v));
            } else if (key.startsWith("formulation.")) {
                throw v.error("vary the formulation as a whole: formulation: {active: [lo, hi], carbon: [lo, hi], binder: [lo, hi]}, so the fractions keep summing to 1");
            } else {
                ranges.add(range(key, v));
            }
        }
        params.finish();
        if (ranges.isEmpty() && simplex.isEmpty()) {
            throw new InputException(src + ":" + params.line() + ": parameters: expected at least one varied parameter");
        }

        List<Study.Objective> objectives = new ArrayList<>();
        YamlMap.Value objV = root.opt("objectives");
        if (objV != null) {
            for (YamlMap.Value o : objV.list()) {
                YamlMap m = o.map();
                boolean max = m.has("maximize");
                YamlMap.Value p = max ? m.get("maximize") : m.get("minimize");
                objectives.add(new Study.Objective(property(p.string()), max));
                m.finish();
            }
        }
        List<Study.Constraint> constraints = new ArrayList<>();
        YamlMap.Value conV = root.opt("constraints");
        if (conV != null) {
            for (YamlMap.Value c : conV.list()) {
                constraints.add(constraint(c));
            }
        }
        Map<String, Double> target = new LinkedHashMap<>();
        YamlMap t = root.optMap("target");
        if (t != null) {
            for (String k : t.keys()) {
                target.put(property(k), t.get(k).quantity(Dimension.NONE));
            }
            t.finish();
        }
        if (objectives.isEmpty() && target.isEmpty() && root.has("optimization")) {
            throw new InputException(src + ":" + root.line() + ": optimization needs objectives or a target; expected e.g. objectives: [{minimize: phases.pore.tortuosityFactor.z}]");
        }

        YamlMap d = root.map("design");
        String method = d.get("method").string().toLowerCase(java.util.Locale.ROOT);
        if (!method.equals("sobol") && !method.equals("lhs")) {
            throw d.get("method").error("'" + method + "' is not a design; expected sobol or lhs");
        }
        Study.Design design = new Study.Design(method, (int) d.get("runs").number(1, 100_000));
        d.finish();

        Study.Optimization opt = new Study.Optimization(0, 1, "logei");
        YamlMap o = root.optMap("optimization");
        if (o != null) {
            String acq = o.opt("acquisition") == null ? "logei" : o.get("acquisition").string().toLowerCase(java.util.Locale.ROOT);
            if (!acq.equals("logei") && !acq.equals("ucb")) {
                throw o.get("acquisition").error("'" + acq + "' is not an acquisition function; expected logei or ucb");
            }
            opt = new Study.Optimization((int) o.get("rounds").number(0, 10_000),
                    o.opt("batch") == null ? 1 : (int) o.get("batch").number(1, 64), acq);
            o.finish();
        }
        long seed = root.opt("seed") == null ? 1 : root.get("seed").integer();
        int parallelism = root.opt("parallelism") == null ? 0 : (int) root.get("parallelism").number(0, 1024);
        root.finish();
        if (!fixed.isEmpty()) { // the fixed fields must give a valid recipe on their own
            try (java.io.Reader in = Files.newBufferedReader(recipe)) {
                new RecipeReader().read(recipe.getFileName().toString(), in, fixed);
            } catch (java.io.IOException e) {
                throw recipeV.error("cannot read " + recipe + " (" + e.getMessage() + ")");
            } catch (InputException e) {
                throw new InputException(src + ":" + fixedLine + ": fixed: the base recipe with these fields is invalid: " + e.getMessage());
            }
        }
        return new Study(name, recipe, twin, fixed, ranges, simplex, objectives, constraints, target, design, opt, seed, parallelism);
    }

    private static Study.Range range(String key, YamlMap.Value v) {
        List<YamlMap.Value> lohi = v.list();
        if (lohi.size() != 2) {
            throw v.error("expected [low, high], e.g. [\"0.5 um/s\", \"4 um/s\"]");
        }
        Units.Quantity lo;
        Units.Quantity hi;
        try {
            lo = Units.parse(lohi.get(0).string());
            hi = Units.parse(lohi.get(1).string());
        } catch (Units.UnitException e) {
            throw v.error(e.getMessage());
        }
        if (!lo.dimension().equals(hi.dimension())) {
            throw v.error("the two bounds have different units; expected the same kind of quantity");
        }
        if (!(lo.si() < hi.si())) {
            throw v.error("low bound is not below the high bound");
        }
        return new Study.Range(key, lo.si(), hi.si(), lo.dimension());
    }

    private static Study.Simplex simplex(YamlMap.Value v) {
        YamlMap m = v.map();
        List<String> comps = new ArrayList<>();
        List<double[]> bounds = new ArrayList<>();
        for (String k : m.keys()) {
            if (!List.of("active", "carbon", "binder", "electrolyte").contains(k)) {
                throw m.get(k).error("unknown formulation component; expected active, carbon, binder or electrolyte");
            }
            List<YamlMap.Value> lohi = m.get(k).list();
            if (lohi.size() != 2) {
                throw m.get(k).error("expected [low, high] mass fractions");
            }
            double lo = lohi.get(0).number(0, 1);
            double hi = lohi.get(1).number(0, 1);
            if (lo > hi) {
                throw m.get(k).error("low bound is above the high bound");
            }
            comps.add(k);
            bounds.add(new double[] {lo, hi});
        }
        m.finish();
        double sumLo = bounds.stream().mapToDouble(b -> b[0]).sum();
        double sumHi = bounds.stream().mapToDouble(b -> b[1]).sum();
        if (comps.size() < 2 || sumLo > 1 || sumHi < 1) {
            throw v.error(String.format(java.util.Locale.ROOT,
                    "no formulation within these bounds sums to 1 (lows sum to %.3f, highs to %.3f); expected lows ≤ 1 ≤ highs over at least two components", sumLo, sumHi));
        }
        return new Study.Simplex(comps, bounds.stream().mapToDouble(b -> b[0]).toArray(), bounds.stream().mapToDouble(b -> b[1]).toArray());
    }

    private static Study.Constraint constraint(YamlMap.Value c) {
        String s = c.string();
        Matcher in = INTERVAL.matcher(s);
        Matcher cmp = COMPARISON.matcher(s);
        try {
            if (in.matches()) {
                return new Study.Constraint(property(in.group(1)), Units.toSi(in.group(2), Dimension.NONE), Units.toSi(in.group(3), Dimension.NONE));
            }
            if (cmp.matches()) {
                double x = Units.toSi(cmp.group(3), Dimension.NONE);
                return cmp.group(2).equals("<=") ? new Study.Constraint(property(cmp.group(1)), Double.NEGATIVE_INFINITY, x)
                        : new Study.Constraint(property(cmp.group(1)), x, Double.POSITIVE_INFINITY);
            }
        } catch (Units.UnitException e) {
            throw c.error(e.getMessage());
        }
        throw c.error("'" + s + "' is not a constraint; expected 'PROPERTY <= X', 'PROPERTY >= X' or 'PROPERTY in [A, B]'");
    }

    static String property(String p) {
        return ALIASES.getOrDefault(p, p);
    }
}
