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

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * The certificate as a one-page PDF (Apache PDFBox): title, holder, date, score band, code, and a QR code (ZXing)
 * that opens the public verification page. Fonts are embedded (DejaVu Sans) so any name prints. Plain Java.
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
            PDFont regular = font(doc, "/fonts/DejaVuSans.ttf");
            PDFont bold = font(doc, "/fonts/DejaVuSans-Bold.ttf");
            float w = page.getMediaBox().getWidth();
            float h = page.getMediaBox().getHeight();
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                s.setStrokingColor(ACCENT);
                s.setLineWidth(3);
                s.addRect(24, 24, w - 48, h - 48);
                s.stroke();
                centred(s, regular, 16, "Massage Exam Trainer", w, h - 90, ACCENT);
                centred(s, bold, 30, "Certificate of Achievement", w, h - 140, INK);
                centred(s, regular, 14, "This certifies that", w, h - 195, INK);
                centred(s, bold, 28, c.holderName(), w, h - 240, INK);
                centred(s, regular, 14, "has passed the certification exam", w, h - 285, INK);
                centred(s, bold, 20, c.title(), w, h - 320, ACCENT);
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
