/**
 * The stochastic twin: microstructure models registered by name in {@link org.electrotwin.generate.Generators}
 * ({@code boolean-spheres}, {@code boolean-polydisperse-spheres}, {@code boolean-fibres},
 * {@code gaussian-field}, {@code sib-electrode}, {@code ssb-electrode}), each a
 * {@link org.electrotwin.generate.MicrostructureModel} taking named SI parameters
 * ({@link org.electrotwin.generate.ModelParams}) and a seed, and their
 * {@link org.electrotwin.generate.Calibration} against a reference volume.
 *
 * <p>Electrodes are built from an {@link org.electrotwin.generate.ElectrodeSpec} by
 * {@link org.electrotwin.generate.ElectrodeGenerator}: dense collective-rearrangement packing
 * ({@link org.electrotwin.generate.SpherePacking}; spheroids packed in an affinely scaled space),
 * exact voxelisation scaled to the target fractions ({@link org.electrotwin.generate.SphereVoxelizer},
 * {@link org.electrotwin.generate.SpheroidVoxelizer}), and the carbon-binder domain by the model
 * named in {@link org.electrotwin.generate.CbdModels}: fractal aggregates
 * ({@link org.electrotwin.generate.FractalAggregate}, measured by
 * {@link org.electrotwin.generate.FractalDimension}) laid on the active material
 * ({@link org.electrotwin.generate.CarbonBinderAggregation}), or surface growth
 * ({@link org.electrotwin.generate.CarbonBinderGrowth}). {@link org.electrotwin.generate.VolumeFractions}
 * turns a formulation (mass fractions, densities, porosity) into target volume fractions.
 * Labels follow {@code PhaseTable.defaults()}: 0 pore, 1 am, 2 cbd, 3 se.
 * Set {@code -Delectrotwin.trace=true} to print the time of each stage on stderr.
 */
package org.electrotwin.generate;
