package org.fieldreport.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The fonts bundled in the jar (DejaVu Sans, under the Bitstream Vera licence, see {@code fonts/LICENSE-DejaVu.txt}):
 * every report is set in them and they are embedded, so a report looks the same on every machine and no text
 * falls back to a font that cannot draw it.
 */
public enum BundledFonts {
    REGULAR("DejaVuSans.ttf", false, false),
    BOLD("DejaVuSans-Bold.ttf", true, false),
    OBLIQUE("DejaVuSans-Oblique.ttf", false, true),
    BOLD_OBLIQUE("DejaVuSans-BoldOblique.ttf", true, true);

    /** The family name templates use in CSS. */
    public static final String FAMILY = "DejaVu Sans";

    private final String file;
    private final boolean bold;
    private final boolean oblique;
    private volatile byte[] bytes;
    private volatile Font awtFont;

    BundledFonts(String file, boolean bold, boolean oblique) {
        this.file = file;
        this.bold = bold;
        this.oblique = oblique;
    }

    /** The file name, ending in {@code .ttf}. */
    public String fileName() {
        return file;
    }

    public boolean bold() {
        return bold;
    }

    public boolean oblique() {
        return oblique;
    }

    /** The TrueType bytes. */
    public byte[] bytes() {
        byte[] b = bytes;
        if (b == null) {
            try (InputStream in = BundledFonts.class.getResourceAsStream("/fonts/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled font " + file + " is missing from the jar");
                }
                b = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            bytes = b;
        }
        return b.clone();
    }

    /** The font for Java 2D drawing (charts), at size 1; derive the size wanted. */
    public Font awt() {
        Font f = awtFont;
        if (f == null) {
            try (InputStream in = BundledFonts.class.getResourceAsStream("/fonts/" + file)) {
                f = Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException | FontFormatException e) {
                throw new IllegalStateException("the bundled font " + file + " cannot be read", e);
            }
            awtFont = f;
        }
        return f;
    }

    /** The face for a weight and a slant. */
    public static BundledFonts of(boolean bold, boolean oblique) {
        for (BundledFonts f : values()) {
            if (f.bold == bold && f.oblique == oblique) {
                return f;
            }
        }
        throw new IllegalStateException();
    }

    /** The faces whose coverage text must fit: the upright faces body text and headings use. */
    public static List<BundledFonts> textFaces() {
        return List.of(REGULAR, BOLD);
    }
}
