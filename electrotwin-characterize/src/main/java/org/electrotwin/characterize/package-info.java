/**
 * Microstructure characterisation of labelled voxel volumes (DESIGN §4.4, §6, §7): exact
 * Euclidean distance transform, connected components and connectivity to the faces, phase
 * fractions and through-thickness profiles, interfacial areas, local-thickness and
 * mercury-intrusion size distributions, watershed particle sizes, geometric tortuosity,
 * two-point correlation, chord lengths, REV check, and the {@link org.electrotwin.characterize.Characterizer}
 * facade.
 *
 * <p>Conventions: arrays are x fastest ({@code i = x + nx·(y + ny·z)}); masks are
 * {@code boolean[]}; results are records in SI units (field names carry the unit); sizes are
 * diameters; distances run between voxel centres; the image border is not a wall unless a
 * method says so. Parallel loops split z-slabs or lines and write disjoint outputs, reductions
 * run in a fixed order, and sequential searches (shortest paths, flooding) have fixed orders, so
 * every result is the same for any thread count.
 */
package org.electrotwin.characterize;
