package org.fieldreport.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The fonts bundled in the jar: DejaVu Sans (Bitstream Vera licence, {@code fonts/LICENSE-DejaVu.txt}) for every
 * script it covers, and Noto Sans Khmer (SIL Open Font License, {@code fonts/LICENSE-Noto.txt}) for Khmer, which
 * DejaVu lacks. Every report is set in them and they are embedded, so a report looks the same on every machine
 * and no text falls back to a font that cannot draw it.
 */
public enum BundledFonts {
    REGULAR("DejaVuSans.ttf", false, false, Family.MAIN),
    BOLD("DejaVuSans-Bold.ttf", true, false, Family.MAIN),
    OBLIQUE("DejaVuSans-Oblique.ttf", false, true, Family.MAIN),
    BOLD_OBLIQUE("DejaVuSans-BoldOblique.ttf", true, true, Family.MAIN),
    KHMER_REGULAR("NotoSansKhmer-Regular.ttf", false, false, Family.KHMER),
    KHMER_BOLD("NotoSansKhmer-Bold.ttf", true, false, Family.KHMER);

    /** The family name templates use in CSS. */
    public static final String FAMILY = "DejaVu Sans";
    /** The family Khmer text is set in; the PDF typesetter puts every run of Khmer letters in it. */
    public static final String KHMER_FAMILY = "Noto Sans Khmer";

    /** Which family a face belongs to. */
    public enum Family {
        MAIN(FAMILY), KHMER(KHMER_FAMILY);

        private final String cssName;

        Family(String cssName) {
            this.cssName = cssName;
        }

        /** The name CSS uses for it. */
        public String cssName() {
            return cssName;
        }

        /** The family that draws a code point: Khmer letters and signs in the Khmer family, all else in the main. */
        public static Family drawing(int codePoint) {
            Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
            return script == Character.UnicodeScript.KHMER ? KHMER : MAIN;
        }
    }

    private final String file;
    private final boolean bold;
    private final boolean oblique;
    private final Family family;
    private volatile byte[] bytes;
    private volatile Font awtFont;

    BundledFonts(String file, boolean bold, boolean oblique, Family family) {
        this.file = file;
        this.bold = bold;
        this.oblique = oblique;
        this.family = family;
    }

    /** The family the face belongs to. */
    public Family family() {
        return family;
    }

    /** The resource path of the file inside the jar, without a leading slash. */
    public String resourcePath() {
        return "fonts/" + file;
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

    /** The face of the main family for a weight and a slant. */
    public static BundledFonts of(boolean bold, boolean oblique) {
        for (BundledFonts f : values()) {
            if (f.family == Family.MAIN && f.bold == bold && f.oblique == oblique) {
                return f;
            }
        }
        throw new IllegalStateException();
    }

    /** The faces of a family whose coverage text must fit: the upright faces body text and headings use. */
    public static List<BundledFonts> textFaces(Family family) {
        return family == Family.KHMER ? List.of(KHMER_REGULAR, KHMER_BOLD) : List.of(REGULAR, BOLD);
    }
}
