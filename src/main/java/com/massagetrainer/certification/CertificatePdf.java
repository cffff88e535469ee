package com.massagetrainer.certification;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The certificate as a one-page PDF (Apache PDFBox): title, holder, date, score band, code, and a QR code (ZXing)
 * that opens the public verification page. Subsets of Noto Sans and Droid Sans Fallback are embedded; the holder's
 * name and the title are shaped by {@link TextShaper} and fitted by {@link FittedText}, so a name in any script and
 * of any registrable length prints legibly. Plain Java.
 */
public final class CertificatePdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy").withZone(ZoneOffset.UTC);
    private static final Color INK = new Color(0x1b, 0x2a, 0x3a);
    private static final Color ACCENT = new Color(0x1f, 0x7a, 0x80);

    private CertificatePdf() {
    }

    public static byte[] render(CertificateDetails c, String verifyUrl) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDRectangle a4 = PDRectangle.A4;
            PDPage page = new PDPage(new PDRectangle(a4.getHeight(), a4.getWidth()));
            doc.addPage(page);
            PDFont regular = font(doc, "/fonts/cert/NotoSans-Regular.ttf");
            PDFont bold = font(doc, TextShaper.Face.LATIN.resource());
            Map<TextShaper.Face, PDType0Font> faces = new EnumMap<>(TextShaper.Face.class);
            faces.put(TextShaper.Face.LATIN, (PDType0Font) bold);
            float w = page.getMediaBox().getWidth();
            float h = page.getMediaBox().getHeight();
            float textWidth = w - 2 * 60;
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                s.setStrokingColor(ACCENT);
                s.setLineWidth(3);
                s.addRect(24, 24, w - 48, h - 48);
                s.stroke();
                centred(s, regular, 16, "Massage Exam Trainer", w, h - 90, ACCENT);
                centred(s, bold, 30, "Certificate of Achievement", w, h - 140, INK);
                centred(s, regular, 14, "This certifies that", w, h - 195, INK);
                // The name and the title are what people type: any script, any length (see TextShaper, FittedText).
                FittedText name = FittedText.fit(c.holderName(), textWidth, 28, 18, true);
                shaped(doc, s, faces, name, w, h - 240, INK);
                centred(s, regular, 14, "has passed the certification exam", w, h - 285, INK);
                shaped(doc, s, faces, FittedText.fit(c.title(), textWidth, 20, 8, false), w, h - 320, ACCENT);
                centred(s, regular, 13, "on " + DATE.format(c.issuedAt()) + "  ·  " + band(c.score()), w, h - 355, INK);
                text(s, regular, 11, "Verification code", 60, 110, INK);
                text(s, bold, 16, c.code(), 60, 88, INK);
                text(s, regular, 10, "Check this certificate at", 60, 64, INK);
                text(s, regular, 10, verifyUrl, 60, 50, ACCENT);
                qr(s, verifyUrl, w - 60 - 120, 40, 120);
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(c.title() + " — " + c.holderName());
            info.setSubject("Certificate " + c.code());
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("certificate PDF could not be written", e);
        }
    }

    /** The score as a band, not a number: what a third party needs to know. */
    public static String band(double score) {
        return score >= 90 ? "Passed with distinction" : "Passed";
    }

    private static PDFont font(PDDocument doc, String resource) throws IOException {
        try (InputStream in = CertificatePdf.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("font " + resource + " is missing from the classpath");
            }
            return PDType0Font.load(doc, in);
        }
    }

    /**
     * Draws fitted lines centred, glyph by glyph at the shaper's positions (so joining, conjuncts and marks come out as
     * the font designed them), inside a marked-content span whose ActualText is the text as typed: copying or
     * extracting the PDF's text then gives the logical string, not the visual order of glyphs.
     */
    private static void shaped(PDDocument doc, PDPageContentStream s, Map<TextShaper.Face, PDType0Font> faces,
                               FittedText fitted, float pageWidth, float y, Color colour) throws IOException {
        float size = fitted.size();
        List<TextShaper.ShapedLine> lines = fitted.lines();
        float gap = size * 1.25f;
        float baseline = y + (lines.size() - 1) * gap / 2;
        for (TextShaper.ShapedLine line : lines) {
            float x = (pageWidth - line.width() / 1000 * size) / 2;
            for (TextShaper.Span span : line.spans()) {
                // One span per directional run: PDFBox's extractor and readers keep a one-direction ActualText whole.
                s.appendRawCommands("/Span <</ActualText <"
                        + hex(("\uFEFF" + span.text()).getBytes(StandardCharsets.UTF_16BE)) + ">>> BDC\n");
                s.beginText();
                s.setNonStrokingColor(colour);
                for (TextShaper.GlyphRun run : span.runs()) {
                    PDType0Font font = faces.get(run.face());
                    if (font == null) {
                        font = (PDType0Font) font(doc, run.face().resource());
                        faces.put(run.face(), font);
                    }
                    font.addGlyphsToSubset(Arrays.stream(run.glyphs()).boxed().collect(Collectors.toSet()));
                    s.setFont(font, size);
                    for (int i = 0; i < run.glyphs().length; i++) {
                        s.setTextMatrix(Matrix.getTranslateInstance(x + run.x()[i] / 1000 * size,
                                baseline + run.y()[i] / 1000 * size));
                        s.appendRawCommands("<" + hex(font.encodeGlyphId(run.glyphs()[i])) + "> Tj\n");
                    }
                }
                s.endText();
                s.appendRawCommands("EMC\n");
            }
            baseline -= gap;
        }
    }

    private static String hex(byte[] bytes) {
        StringBuilder b = new StringBuilder(bytes.length * 2);
        for (byte v : bytes) {
            b.append(Character.forDigit((v >> 4) & 0xF, 16)).append(Character.forDigit(v & 0xF, 16));
        }
        return b.toString().toUpperCase(java.util.Locale.ROOT);
    }

    private static void centred(PDPageContentStream s, PDFont font, float size, String text, float pageWidth, float y,
                                Color colour) throws IOException {
        float width = font.getStringWidth(text) / 1000 * size;
        text(s, font, size, text, (pageWidth - width) / 2, y, colour);
    }

    private static void text(PDPageContentStream s, PDFont font, float size, String text, float x, float y, Color colour)
            throws IOException {
        s.beginText();
        s.setNonStrokingColor(colour);
        s.setFont(font, size);
        s.newLineAtOffset(x, y);
        s.showText(text);
        s.endText();
    }

    /** Draws the QR code as vector squares, so it stays sharp when printed. */
    private static void qr(PDPageContentStream s, String content, float x, float y, float size) throws IOException {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
        } catch (WriterException e) {
            throw new IOException("QR code could not be made", e);
        }
        float cell = size / matrix.getWidth();
        s.setNonStrokingColor(Color.WHITE);
        s.addRect(x, y, size, size);
        s.fill();
        s.setNonStrokingColor(Color.BLACK);
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int col = 0; col < matrix.getWidth(); col++) {
                if (matrix.get(col, row)) {
                    s.addRect(x + col * cell, y + size - (row + 1) * cell, cell, cell);
                }
            }
        }
        s.fill();
    }
}
