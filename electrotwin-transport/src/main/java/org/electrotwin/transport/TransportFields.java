package org.electrotwin.transport;

/**
 * Solved fields on the volume's own grid (x fastest, {@code nx·ny·nz} values), for
 * {@code .vti} output and flux slices. Voxels outside the solved network (other phases,
 * non-percolating clusters) hold 0 in both fields.
 *
 * @param value         concentration (tortuosity: 1 at the inlet reservoir, 0 at the outlet) or
 *                      potential in volts (conductivity: 1 V across the sample)
 * @param fluxMagnitude |flux| at voxel centres (mean of the two face fluxes per direction);
 *                      tortuosity: in units of D·Δc/L, so a straight channel carries 1;
 *                      conductivity: current density in A/m² for 1 V across the sample
 */
public record TransportFields(int nx, int ny, int nz, float[] value, float[] fluxMagnitude) {}
