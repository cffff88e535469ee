package com.massagetrainer.certification;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns any text into positioned glyphs of the certificate's embedded fonts: bidirectional runs (java.text.Bidi), one
 * font per run chosen by coverage (Latin/Greek/Cyrillic, Arabic, Hebrew, Devanagari, Thai, Han and kana, Hangul), and shaping by
 * the JDK's own HarfBuzz ({@link Font#layoutGlyphVector}), which applies each font's GSUB/GPOS tables: Arabic joining
 * forms, Devanagari conjuncts and vowel signs, Thai mark stacking. A character no font covers is shown as U+FFFD in
 * the Latin font, so shaping never fails. Plain Java (java.awt.font works headless), deterministic, thread-safe.
 */
public final class TextShaper {

    /** The fonts in fallback order: resources on the classpath, all TrueType (glyf) subsets, see fonts/README.md. */
    public enum Face {
        LATIN("NotoSans-Bold.ttf"), ARABIC("NotoSansArabic-Bold.ttf"), HEBREW("NotoSansHebrew-Bold.ttf"),
        DEVANAGARI("NotoSansDevanagari-Bold.ttf"), THAI("NotoSansThai-Bold.ttf"), CJK("DroidSansFallback-CJK.ttf"),
        HANGUL("CertHangul-Bold.ttf");

        private final String file;

        Face(String file) {
            this.file = file;
        }

        public String resource() {
            return "/fonts/cert/" + file;
        }
    }

    /** Glyphs of one face in visual order; positions and advance in 1/1000 em (PDF glyph space), y upwards. */
    public record GlyphRun(Face face, int[] glyphs, float[] x, float[] y, float advance) {
    }

    /** One directional run in visual order: its text as typed (logical order) and its glyphs. */
    public record Span(String text, List<GlyphRun> runs) {
    }

    /** One line of text as drawn left to right; {@code width} in 1/1000 em. */
    public record ShapedLine(String text, List<Span> spans, float width) {
    }

    private static final float UNITS = 1000f;
    private static final int REPLACEMENT = 0xFFFD;
    // Fractional metrics on, so the advances are the font's own and not rounded to pixels.
    private static final FontRenderContext FRC = new FontRenderContext(null, false, true);
    private static final Font[] FONTS = loadFonts();

    private TextShaper() {
    }

    public static ShapedLine shape(String text) {
        String safe = replaceUncovered(text);
        char[] chars = safe.toCharArray();
        List<Span> spans = new ArrayList<>();
        if (chars.length == 0) {
            return new ShapedLine(text, spans, 0);
        }
        Bidi bidi = new Bidi(safe, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        int count = bidi.getRunCount();
        byte[] levels = new byte[count];
        Integer[] order = new Integer[count];
        for (int i = 0; i < count; i++) {
            levels[i] = (byte) bidi.getRunLevel(i);
            order[i] = i;
        }
        Bidi.reorderVisually(levels, 0, order, 0, count);
        Face[] faces = facesOf(safe);
        float pen = 0;
        for (int r : order) {
            int start = bidi.getRunStart(r);
            int limit = bidi.getRunLimit(r);
            boolean rtl = (bidi.getRunLevel(r) & 1) == 1;
            List<int[]> pieces = sameFacePieces(faces, start, limit);
            if (rtl) {
                java.util.Collections.reverse(pieces);
            }
            List<GlyphRun> runs = new ArrayList<>();
            // The span keeps the characters as typed; uncovered ones are the original, not U+FFFD.
            spans.add(new Span(originalSlice(text, safe, start, limit), runs));
            for (int[] piece : pieces) {
                GlyphRun run = layout(faces[piece[0]], chars, piece[0], piece[1], rtl, pen);
                if (run.glyphs().length > 0) {
                    runs.add(run);
                }
                pen += run.advance();
            }
        }
        return new ShapedLine(text, spans, pen);
    }

    /** The typed text behind safe[start, limit): replacement keeps one char per code point, so map by code points. */
    private static String originalSlice(String original, String safe, int start, int limit) {
        if (original.length() == safe.length()) {
            return original.substring(start, limit);
        }
        int from = original.offsetByCodePoints(0, safe.codePointCount(0, start));
        int to = original.offsetByCodePoints(from, safe.codePointCount(start, limit));
        return original.substring(from, to);
    }

    /** Whether some embedded font has a glyph for the code point. */
    public static boolean covers(int codePoint) {
        for (Font f : FONTS) {
            if (f.canDisplay(codePoint)) {
                return true;
            }
        }
        return false;
    }

    private static String replaceUncovered(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            boolean format = Character.getType(cp) == Character.FORMAT; // ZWJ, ZWNJ: shaping hints, never drawn
            boolean surrogate = Character.getType(cp) == Character.SURROGATE; // a lone half of a pair
            b.appendCodePoint(!surrogate && (format || covers(cp)) ? cp : REPLACEMENT);
        });
        return b.toString();
    }

    /** Per char: the face that draws it. Marks, spaces and punctuation stay in the face before them when it can. */
    private static Face[] facesOf(String text) {
        Face[] faces = new Face[text.length()];
        Face current = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            boolean weak = script == Character.UnicodeScript.COMMON || script == Character.UnicodeScript.INHERITED
                    || Character.getType(cp) == Character.FORMAT;
            Face face = weak && current != null && (FONTS[current.ordinal()].canDisplay(cp)
                    || Character.getType(cp) == Character.FORMAT) ? current : firstCovering(cp);
            int n = Character.charCount(cp);
            Arrays.fill(faces, i, i + n, face);
            current = face;
            i += n;
        }
        return faces;
    }

    private static Face firstCovering(int cp) {
        for (Face f : Face.values()) {
            if (FONTS[f.ordinal()].canDisplay(cp)) {
                return f;
            }
        }
        return Face.LATIN;
    }

    private static List<int[]> sameFacePieces(Face[] faces, int start, int limit) {
        List<int[]> pieces = new ArrayList<>();
        int from = start;
        for (int i = start + 1; i <= limit; i++) {
            if (i == limit || faces[i] != faces[from]) {
                pieces.add(new int[]{from, i});
                from = i;
            }
        }
        return pieces;
    }

    private static GlyphRun layout(Face face, char[] chars, int start, int limit, boolean rtl, float pen) {
        Font font = FONTS[face.ordinal()];
        // The whole text is passed as context, so joining across a run boundary is shaped right.
        GlyphVector gv = font.layoutGlyphVector(FRC, chars, start, limit,
                rtl ? Font.LAYOUT_RIGHT_TO_LEFT : Font.LAYOUT_LEFT_TO_RIGHT);
        int n = gv.getNumGlyphs();
        int total = font.getNumGlyphs();
        int[] glyphs = new int[n];
        float[] x = new float[n];
        float[] y = new float[n];
        int kept = 0;
        for (int i = 0; i < n; i++) {
            int code = gv.getGlyphCode(i);
            if (code < 0 || code >= total) {
                continue; // the JDK's invisible glyph for ZWJ/ZWNJ and similar: nothing to draw
            }
            Point2D p = gv.getGlyphPosition(i);
            glyphs[kept] = code;
            x[kept] = pen + (float) p.getX();
            y[kept] = (float) -p.getY();
            kept++;
        }
        float advance = (float) gv.getGlyphPosition(n).getX();
        return new GlyphRun(face, Arrays.copyOf(glyphs, kept), Arrays.copyOf(x, kept), Arrays.copyOf(y, kept), advance);
    }

    private static Font[] loadFonts() {
        Face[] faces = Face.values();
        Font[] fonts = new Font[faces.length];
        for (Face f : faces) {
            try (InputStream in = TextShaper.class.getResourceAsStream(f.resource())) {
                if (in == null) {
                    throw new IOException("font " + f.resource() + " is missing from the classpath");
                }
                fonts[f.ordinal()] = Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(UNITS);
            } catch (IOException | java.awt.FontFormatException e) {
                throw new UncheckedIOException(new IOException("certificate font " + f.resource() + " unreadable", e));
            }
        }
        return fonts;
    }
}
