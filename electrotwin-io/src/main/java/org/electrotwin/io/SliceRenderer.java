package org.electrotwin.io;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.electrotwin.core.InputException;
import org.electrotwin.core.volume.Axis;
import org.electrotwin.core.volume.LabeledVolume;
import org.electrotwin.core.volume.PhaseTable;

/**
 * Renders one slice of a labelled volume as an image with a legend strip underneath. Each phase
 * has a fixed colour by name (pore dark, am grey-blue, cbd orange, se green); other labels get a
 * deterministic colour from their label number. Works headless.
 *
 * <p>Orientation: a z slice shows x to the right and y downwards; x and y slices show the
 * in-plane axis (y or x) to the right and z upwards, so the current collector (z = 0) is at the
 * bottom as in a cross-section micrograph.
 */
public final class SliceRenderer {
    private static final Map<String, Integer> NAMED = Map.of(
            PhaseTable.PORE, 0x1E2129, PhaseTable.AM, 0x7A8FB0, PhaseTable.CBD, 0xF28E2B, PhaseTable.SE, 0x4CAF50);
    private static final int ROW = 16;
    private static final int MIN_WIDTH = 160;
    private static final int BACKGROUND = 0xFFFFFF;

    private SliceRenderer() {
    }

    /** The RGB colour (0xRRGGBB) of a label: fixed for the standard phase names, else from the label. */
    public static int colourOf(PhaseTable phases, int label) {
        Integer c = phases.isNamed(label) ? NAMED.get(phases.name(label)) : null;
        if (c != null) {
            return c;
        }
        float hue = (float) ((label * 0.6180339887498949) % 1.0); // golden-ratio steps keep neighbours apart
        return Color.HSBtoRGB(hue, 0.6f, 0.9f) & 0xFFFFFF;
    }

    /**
     * One slice, each voxel drawn as {@code scale × scale} pixels, above a legend with one row per
     * label present in the volume ("name (label)").
     */
    public static BufferedImage render(LabeledVolume v, Axis axis, int index, int scale) {
        int size = switch (axis) {
            case X -> v.nx();
            case Y -> v.ny();
            case Z -> v.nz();
        };
        if (index < 0 || index >= size) {
            throw new InputException("slice " + axis + "=" + index + " is outside the volume " + v.nx() + "x" + v.ny() + "x"
                    + v.nz() + "; expected 0.." + (size - 1));
        }
        if (scale < 1 || scale > 64) {
            throw new InputException("slice scale " + scale + "; expected an integer 1..64");
        }
        int a = axis == Axis.X ? v.ny() : v.nx(); // horizontal voxels
        int b = axis == Axis.Z ? v.ny() : v.nz(); // vertical voxels
        if ((long) a * scale * b * scale > 1L << 28) {
            throw new InputException("slice image " + a * scale + "x" + b * scale + " pixels is too large; expected a smaller scale");
        }
        int[] present = v.labelsPresent();
        int width = Math.max(a * scale, MIN_WIDTH);
        int height = b * scale + ROW * present.length + 4;
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] px = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
        java.util.Arrays.fill(px, BACKGROUND);
        int[] lut = new int[256];
        for (int l = 0; l < 256; l++) {
            lut[l] = colourOf(v.phases(), l);
        }
        byte[] labels = v.labels();
        for (int j = 0; j < b; j++) {
            for (int i = 0; i < a; i++) {
                int idx = switch (axis) {
                    case Z -> v.index(i, j, index);
                    case Y -> v.index(i, index, b - 1 - j);
                    case X -> v.index(index, i, b - 1 - j);
                };
                int c = lut[labels[idx] & 0xFF];
                for (int dy = 0; dy < scale; dy++) {
                    int row = (j * scale + dy) * width + i * scale;
                    java.util.Arrays.fill(px, row, row + scale, c);
                }
            }
        }
        drawLegend(img, v.phases(), present, b * scale + 2);
        return img;
    }

    private static void drawLegend(BufferedImage img, PhaseTable phases, int[] present, int top) {
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            FontMetrics fm = g.getFontMetrics();
            for (int k = 0; k < present.length; k++) {
                int y = top + k * ROW;
                g.setColor(new Color(colourOf(phases, present[k])));
                g.fillRect(2, y + 1, ROW - 3, ROW - 3);
                g.setColor(Color.DARK_GRAY);
                g.drawRect(2, y + 1, ROW - 3, ROW - 3);
                g.setColor(Color.BLACK);
                g.drawString(phases.name(present[k]) + " (" + present[k] + ")", ROW + 4, y + (ROW + fm.getAscent()) / 2 - 1);
            }
        } finally {
            g.dispose();
        }
    }

    /** Renders a slice and writes it as PNG, atomically. */
    public static void writePng(Path file, LabeledVolume v, Axis axis, int index, int scale) {
        BufferedImage img = render(v, axis, index, scale);
        FileErrors.writeAtomically(file, ch -> {
            if (!ImageIO.write(img, "png", Channels.newOutputStream(ch))) {
                throw new IOException("no PNG writer in javax.imageio");
            }
        });
    }
}
