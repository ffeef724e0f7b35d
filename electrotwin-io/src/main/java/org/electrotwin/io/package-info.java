/**
 * Files in and out of electrotwin (DESIGN §4.3).
 *
 * <ul>
 *   <li>{@link org.electrotwin.io.VolumeIO}: read/write a labelled volume, format chosen by
 *       extension from one registry: {@link org.electrotwin.io.TiffFormat} (.tif/.tiff),
 *       {@link org.electrotwin.io.NpyFormat} (.npy), {@link org.electrotwin.io.RawFormat}
 *       (.raw + .json sidecar), {@link org.electrotwin.io.VtiFormat} (.vti).</li>
 *   <li>{@link org.electrotwin.io.VtiWriter}: float cell fields (concentration, flux...) for ParaView.</li>
 *   <li>{@link org.electrotwin.io.SliceRenderer}: a PNG of one slice with a phase legend.</li>
 *   <li>{@link org.electrotwin.io.LammpsDumpWriter}, {@link org.electrotwin.io.VtpPointWriter}:
 *       particle packings ({@link org.electrotwin.io.Particles}).</li>
 * </ul>
 * Every reader turns a bad file into a one-line {@link org.electrotwin.core.InputException}
 * naming the file; every writer replaces its target atomically.
 */
package org.electrotwin.io;
