package org.electrotwin.process.contact;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.electrotwin.core.InputException;

/**
 * A contact law composed at run time from named sub-models (LIGGGHTS/LAMMPS granular style):
 * {@code normal} (hertz, hooke, lj-shifted), {@code tangential} (none, mindlin-coulomb),
 * {@code damping} (none, viscoelastic), {@code rolling} (none, constant-torque) and
 * {@code cohesion} (none, jkr-simplified, elastoplastic-bridge). A recipe chooses by name:
 * <pre>ContactLaw.compose(Map.of("normal", "hertz", "tangential", "mindlin-coulomb", "damping", "viscoelastic"), params)</pre>
 * Types 0..T−1 are particle types; type T ({@link #wallType()}) is the wall material.
 */
public final class ContactLaw {
    /** Doubles of history per contact: tangential spring (3), bridge flag, bridge plastic gap. */
    public static final int HISTORY_STRIDE = 5;

    public static final Map<String, Function<ContactParams, NormalModel>> NORMAL = registry(
            "hertz", p -> new HertzNormal(),
            "hooke", HookeNormal::new,
            "lj-shifted", LjShiftedNormal::new);
    public static final Map<String, Function<ContactParams, TangentialModel>> TANGENTIAL = registry(
            "none", p -> new TangentialModel.None(),
            "mindlin-coulomb", p -> new TangentialModel.MindlinCoulomb(p.friction()));
    public static final Map<String, Function<ContactParams, RollingModel>> ROLLING = registry(
            "none", p -> new RollingModel.None(),
            "constant-torque", p -> new RollingModel.ConstantTorque(p.rollingFriction()));
    public static final Map<String, Function<ContactParams, CohesionModel>> COHESION = registry(
            "none", p -> new CohesionModel.None(),
            "jkr-simplified", p -> new CohesionModel.SimplifiedJkr(p.cohesionEnergyDensityPa()),
            "elastoplastic-bridge", ContactLaw::bridge);
    /** Damping needs the normal model's exponent, so its factories take both. */
    public static final List<String> DAMPING = List.of("none", "viscoelastic");

    /** Sub-model kinds and their defaults. */
    public static final Map<String, String> DEFAULTS = Map.of("normal", "hertz", "tangential", "none",
            "damping", "none", "rolling", "none", "cohesion", "none");

    private final Map<String, String> names;
    private final NormalModel normal;
    private final TangentialModel tangential;
    private final DampingModel damping;
    private final RollingModel rolling;
    private final CohesionModel cohesion;
    private final double dampCoef;
    private final double[][] eStar;
    private final double[][] gStar;
    private final int wallType;
    private final ContactParams params;

    private ContactLaw(Map<String, String> names, ContactParams p) {
        this.names = names;
        this.params = p;
        this.normal = pick(NORMAL, "normal", names, p);
        this.tangential = pick(TANGENTIAL, "tangential", names, p);
        this.rolling = pick(ROLLING, "rolling", names, p);
        this.cohesion = pick(COHESION, "cohesion", names, p);
        String d = names.get("damping");
        if (!DAMPING.contains(d)) {
            throw new InputException("contact damping '" + d + "': expected one of " + DAMPING);
        }
        this.damping = d.equals("none") ? new DampingModel.None()
                : new DampingModel.Viscoelastic(normal.powerLawExponent(), p.restitution());
        this.dampCoef = damping.coefficient();
        int nt = p.typeCount();
        this.wallType = nt;
        double[] e = new double[nt + 1];
        double[] nu = new double[nt + 1];
        for (int t = 0; t < nt; t++) {
            e[t] = p.youngsModulusPa()[t];
            nu[t] = p.poissonRatio()[t];
        }
        e[nt] = p.wallYoungsModulusPa();
        nu[nt] = p.wallPoissonRatio();
        eStar = new double[nt + 1][nt + 1];
        gStar = new double[nt + 1][nt + 1];
        for (int a = 0; a <= nt; a++) {
            for (int b = 0; b <= nt; b++) {
                eStar[a][b] = 1 / ((1 - nu[a] * nu[a]) / e[a] + (1 - nu[b] * nu[b]) / e[b]);
                double ga = e[a] / (2 * (1 + nu[a]));
                double gb = e[b] / (2 * (1 + nu[b]));
                gStar[a][b] = 1 / ((2 - nu[a]) / ga + (2 - nu[b]) / gb);
            }
        }
    }

    /**
     * Composes a law from sub-model names (missing kinds take {@link #DEFAULTS}); unknown kinds or
     * names are an {@link InputException} that lists the choices.
     */
    public static ContactLaw compose(Map<String, String> subModelNames, ContactParams params) {
        Map<String, String> n = new TreeMap<>(DEFAULTS);
        for (Map.Entry<String, String> e : subModelNames.entrySet()) {
            if (!DEFAULTS.containsKey(e.getKey())) {
                throw new InputException("contact sub-model kind '" + e.getKey() + "': expected one of "
                        + new TreeMap<>(DEFAULTS).keySet());
            }
            n.put(e.getKey(), e.getValue());
        }
        return new ContactLaw(Map.copyOf(n), params);
    }

    private static <T> T pick(Map<String, Function<ContactParams, T>> table, String kind, Map<String, String> names,
            ContactParams p) {
        Function<ContactParams, T> f = table.get(names.get(kind));
        if (f == null) {
            throw new InputException("contact " + kind + " model '" + names.get(kind) + "': expected one of " + table.keySet());
        }
        return f.apply(p);
    }

    private static CohesionModel bridge(ContactParams p) {
        if (!(p.bridgeStiffnessNPerM() > 0) || !(p.bridgeYieldForceN() > 0) || !(p.bridgeBreakGapM() > 0) || p.bridgeType() < 0) {
            throw new InputException("cohesion 'elastoplastic-bridge' needs bridgeType >= 0 and positive bridge stiffness, yield force and break gap");
        }
        return new CohesionModel.ElastoplasticBridge(p.bridgeType(), p.bridgeStiffnessNPerM(), p.bridgeYieldForceN(),
                p.bridgeBreakGapM(), p.typeCount());
    }

    private static <T> Map<String, Function<ContactParams, T>> registry(String k1, Function<ContactParams, T> f1,
            String k2, Function<ContactParams, T> f2) {
        Map<String, Function<ContactParams, T>> m = new LinkedHashMap<>();
        m.put(k1, f1);
        m.put(k2, f2);
        return java.util.Collections.unmodifiableMap(m);
    }

    private static <T> Map<String, Function<ContactParams, T>> registry(String k1, Function<ContactParams, T> f1,
            String k2, Function<ContactParams, T> f2, String k3, Function<ContactParams, T> f3) {
        Map<String, Function<ContactParams, T>> m = new LinkedHashMap<>(registry(k1, f1, k2, f2));
        m.put(k3, f3);
        return java.util.Collections.unmodifiableMap(m);
    }

    /**
     * Evaluates one contact: fills the force on i, the torque lever n×F_t and the rolling torque
     * into {@code c}, and updates its history. Call it only for pairs within {@link #rangeM()}.
     */
    public void evaluate(Contact c, double[] hist, int h, double dt) {
        c.clearOutputs();
        int ti = c.ti;
        int tj = c.tj;
        double eS = eStar[ti][tj];
        double d = c.delta;
        double fn = normal.force(d, c.rStar, eS, ti, tj);
        double fContact = 0;
        if (d > 0) {
            if (dampCoef > 0) {
                double vn = c.vx * c.nx + c.vy * c.ny + c.vz * c.nz; // > 0: separating
                double kn = normal.stiffness(d, c.rStar, eS, ti, tj);
                fn -= dampCoef * Math.sqrt(c.mStar * kn) * vn;
                if (fn < 0) {
                    fn = 0; // a dashpot does not glue (clipped, as in the restitution calibration)
                }
            }
            fContact = Math.max(fn, 0);
        }
        fn -= cohesion.attraction(c, hist, h);
        c.normalForceN = fContact;
        c.fx = -fn * c.nx;
        c.fy = -fn * c.ny;
        c.fz = -fn * c.nz;
        if (d > 0) {
            tangential.apply(c, fContact, gStar[ti][tj], dampCoef, hist, h, dt);
            rolling.apply(c, fContact);
        } else {
            hist[h] = 0;
            hist[h + 1] = 0;
            hist[h + 2] = 0;
        }
    }

    /** Conservative potential energy of a contact at overlap δ (for energy checks), J. */
    public double energy(double delta, double rStar, int ti, int tj) {
        return normal.energy(delta, rStar, eStar[ti][tj], ti, tj);
    }

    /** Largest gap at which any sub-model still acts, m. */
    public double rangeM() {
        return Math.max(normal.rangeM(), cohesion.rangeM());
    }

    public int wallType() {
        return wallType;
    }

    public int typeCount() {
        return wallType;
    }

    public double effectiveModulusPa(int ti, int tj) {
        return eStar[ti][tj];
    }

    public double effectiveShearModulusPa(int ti, int tj) {
        return gStar[ti][tj];
    }

    public double dampingCoefficient() {
        return dampCoef;
    }

    public NormalModel normal() {
        return normal;
    }

    public ContactParams params() {
        return params;
    }

    /** The chosen sub-model names by kind. */
    public Map<String, String> names() {
        return names;
    }

    @Override
    public String toString() {
        return "ContactLaw" + new TreeMap<>(names);
    }
}
