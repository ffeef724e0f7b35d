package org.electrotwin.generate;

import java.util.ArrayList;
import java.util.List;
import org.electrotwin.core.InputException;
import org.electrotwin.core.units.Dimension;
import org.electrotwin.core.volume.LabeledVolume;

/**
 * The electrode generators as registry models: {@code sib-electrode} (AM + CBD) and
 * {@code ssb-electrode} (AM + SE + CBD), named parameters mapped onto an {@link ElectrodeSpec}
 * and built by {@link ElectrodeGenerator} (dense packing: Bezrukov, Bargieł &amp; Stoyan 2002;
 * CBD: see {@link CbdModels}).
 */
public final class ElectrodeModel implements MicrostructureModel {
    private final boolean solidElectrolyte;

    private ElectrodeModel(boolean solidElectrolyte) {
        this.solidElectrolyte = solidElectrolyte;
    }

    public static ElectrodeModel sib() {
        return new ElectrodeModel(false);
    }

    public static ElectrodeModel ssb() {
        return new ElectrodeModel(true);
    }

    @Override
    public String name() {
        return solidElectrolyte ? "ssb-electrode" : "sib-electrode";
    }

    @Override
    public String description() {
        return solidElectrolyte
                ? "SSB composite cathode: packed AM and SE spheres, CBD laid on the AM (Bezrukov et al. 2002 packing)"
                : "SIB electrode: packed AM spheres, aggregation-controlled CBD laid on them (Bezrukov et al. 2002 packing; Filippov et al. 2000 aggregates)";
    }

    @Override
    public List<Param> parameters() {
        List<Param> p = new ArrayList<>(Grid.PARAMS);
        p.add(Param.of("amVolumeFraction", Dimension.NONE, solidElectrolyte ? 0.5 : 0.55, "AM volume fraction of the box"));
        p.add(Param.of("amD50M", Dimension.LENGTH, solidElectrolyte ? 6e-6 : 8e-6, "AM volume-weighted median diameter"));
        p.add(Param.of("amSpan", Dimension.NONE, 1.0, "AM (d90-d10)/d50"));
        p.add(Param.of("amAspectRatio", Dimension.NONE, 1, "AM spheroids: polar/equatorial semi-axis (1 spheres, <1 platelets)"));
        p.add(Param.of("amAlignment", Dimension.NONE, 1, "AM axes: cos of the angle to z uniform in [this, 1] (1 along z, 0 isotropic)"));
        p.add(Param.of("amOverlap", Dimension.NONE, 0.0, "allowed AM-AM overlap, fraction of the smaller radius (calendering)"));
        p.add(Param.of("cbdVolumeFraction", Dimension.NONE, solidElectrolyte ? 0.05 : 0.12, "CBD volume fraction of the box"));
        CbdParams c = CbdParams.defaults();
        p.add(Param.of("cbdNanoPorosity", Dimension.NONE, c.nanoPorosity(), "pore fraction inside the CBD (carried, not drawn)"));
        List<String> models = CbdModels.names();
        p.add(Param.choice("cbdModel", "how the CBD is built: fractal aggregates laid on the AM, or surface growth",
                models.toArray(String[]::new)));
        p.add(Param.of("cbdFractalDimension", Dimension.NONE, c.fractalDimension(), "aggregation: fractal dimension D_f of the CBD aggregates"));
        p.add(Param.of("cbdFractalPrefactor", Dimension.NONE, 0, "aggregation: k_f of N = k_f (Rg/a)^Df; 0: Gmachowski's 4.46 Df^-2.08"));
        p.add(Param.of("cbdPrimaryRadiusM", Dimension.LENGTH, c.primaryRadiusM(), "aggregation: radius of a primary CBD unit"));
        p.add(Param.of("cbdUnitsPerAggregate", Dimension.NONE, c.unitsPerAggregate(), "aggregation: primary units per aggregate"));
        p.add(Param.of("cbdAttachmentRate", Dimension.NONE, c.attachmentRate(), "growth: new CBD on bare AM vs growth of aggregates"));
        p.add(Param.of("cbdBridgePreference", Dimension.NONE, c.bridgePreference(), "preference for AM-AM necks (bridges) over films"));
        p.add(Param.of("cbdCompactness", Dimension.NONE, c.compactness(), "growth: exponent on CBD neighbours: >0 compact, <0 ramified"));
        p.add(Param.of("cbdGradient", Dimension.NONE, c.gradient(), "through-thickness binder gradient in (-1,1), >0 more at the top"));
        if (solidElectrolyte) {
            p.add(Param.of("seVolumeFraction", Dimension.NONE, 0.3, "SE volume fraction of the box"));
            p.add(Param.of("seD50M", Dimension.LENGTH, 3e-6, "SE volume-weighted median diameter"));
            p.add(Param.of("seSpan", Dimension.NONE, 0.8, "SE (d90-d10)/d50"));
            p.add(Param.of("amSeOverlap", Dimension.NONE, 0.1, "allowed AM-SE overlap (AM|SE contact), fraction of the smaller radius"));
        }
        p.add(Param.of("wallsZ", Dimension.NONE, 1, "1: current collector and film top are walls; 0: periodic in z"));
        return p;
    }

    /** The spec a parameter set stands for. */
    public ElectrodeSpec spec(ModelParams p, long seed) {
        p.checkKnown(this);
        Grid g = Grid.of(this, p);
        double units = p.get(this, "cbdUnitsPerAggregate");
        if (units != Math.rint(units)) {
            throw new InputException("parameter cbdUnitsPerAggregate of model " + name() + " = " + units + ": expected a whole number");
        }
        double model = p.get(this, "cbdModel");
        if (model != Math.rint(model) || model < 0 || model >= CbdModels.names().size()) {
            throw new InputException("parameter cbdModel of model " + name() + " = " + model + ": expected one of " + CbdModels.names());
        }
        CbdParams cbd = new CbdParams(p.get(this, "cbdNanoPorosity"), p.get(this, "cbdAttachmentRate"),
                p.get(this, "cbdBridgePreference"), p.get(this, "cbdCompactness"), p.get(this, "cbdGradient"),
                CbdModels.names().get((int) model), p.get(this, "cbdFractalDimension"),
                p.get(this, "cbdFractalPrefactor"), p.get(this, "cbdPrimaryRadiusM"), (int) units);
        SizeDistribution am = new SizeDistribution(p.get(this, "amD50M"), p.get(this, "amSpan"));
        double se = solidElectrolyte ? p.get(this, "seVolumeFraction") : 0;
        SizeDistribution seSizes = solidElectrolyte ? new SizeDistribution(p.get(this, "seD50M"), p.get(this, "seSpan")) : null;
        return new ElectrodeSpec(p.get(this, "amVolumeFraction"), p.get(this, "cbdVolumeFraction"), se, am, seSizes,
                g.nx(), g.ny(), g.nz(), g.voxelSizeM(), p.get(this, "amOverlap"),
                solidElectrolyte ? p.get(this, "amSeOverlap") : 0, p.get(this, "wallsZ") != 0, cbd, seed,
                p.get(this, "amAspectRatio"), p.get(this, "amAlignment"));
    }

    @Override
    public LabeledVolume generate(ModelParams p, long seed) {
        return ElectrodeGenerator.generate(spec(p, seed)).volume();
    }
}
