package com.massagetrainer.certification;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The certificate PDF opens, carries the name, title and code as text, and its QR code opens the verify page; names in
 * every script a student may register with print, extract as typed and fit the page. The pictures land in
 * target/certificates/ so a person can look at them.
 */
class CertificatePdfTest {

    private static final String URL = "https://trainer.example.org/verify/7K3Q-9XWD-M2TB-F8RA";

    @Test
    void pdfOpensWithTextAndAQrCodeThatDecodesToTheVerifyUrl() throws Exception {
        byte[] pdf = CertificatePdf.render(details("Zoë Łukaszewicz-Ñúñez"), URL);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Zoë Łukaszewicz-Ñúñez", "Upper-Back Massage Foundations", "7K3Q-9XWD-M2TB-F8RA",
                    "2 November 2026", "Passed with distinction");
            BufferedImage image = picture(doc, 150, "sample");
            String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new BufferedImageLuminanceSource(image)))).getText();
            assertThat(decoded).isEqualTo(URL);
        }
    }

    /**
     * "Extracts to the name" means: PDFTextStripper's text holds the name exactly as typed (logical order, unshaped
     * code points). The glyphs are drawn in visual order and shaped (joined Arabic forms, Devanagari conjuncts) and
     * carry an ActualText span with the typed string, which PDFBox's extractor (and copy/paste in readers) uses.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "latin      | Zoë Łukaszewicz-Ñúñez Nguyễn Thị Ánh",
            "greek      | Αικατερίνη Παπαδοπούλου",
            "cyrillic   | Анастасия Ковальчук-Щербакова",
            "chinese    | 中山美穗 王小明",
            "japanese   | 山田 はなこ カタカナ",
            "korean     | 김민준 이서연 뷁",
            "arabic     | فاطمة الزهراء بن علي",
            "hebrew     | יעל בן־דוד",
            "devanagari | श्रीमती क्षमा द्विवेदी",
            "thai       | สมศักดิ์ ใจดีน้ำ",
            "mixed      | Dr. محمد (Mo) 李 Ivanov"})
    void everyScriptPrintsAndExtractsAsTyped(String script, String name) throws Exception {
        byte[] pdf = CertificatePdf.render(details(name), URL);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains(name);
            picture(doc, 80, script);
            // An embedded font has every character: none prints as the replacement mark or as .notdef (a box).
            assertThat(name.codePoints().filter(cp -> !TextShaper.covers(cp)).boxed().toList()).isEmpty();
            assertThat(glyphCodes(doc)).doesNotContain(0);
        }
    }

    @Test
    void aHundredCharacterNameShrinksOrWrapsInsideTheBorder() throws Exception {
        String name = "Maximiliana Alexandrina Konstantinopoulou-Wolfeschlegelsteinhausenbergerdorff von Ostfriesland";
        name = (name + " Smith").substring(0, 100);
        assertThat(name).hasSize(100);
        for (String n : List.of(name, "W".repeat(100), "中".repeat(100), "ب".repeat(100))) {
            byte[] pdf = CertificatePdf.render(details(n), URL);
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                float pageWidth = doc.getPage(0).getMediaBox().getWidth();
                for (TextPosition p : positions(doc)) {
                    assertThat(p.getXDirAdj()).as("left edge of %s", p.getUnicode()).isGreaterThan(30);
                    assertThat(p.getXDirAdj() + p.getWidthDirAdj()).as("right edge").isLessThan(pageWidth - 30);
                }
                assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s", "")).contains(n.replaceAll("\\s", ""));
            }
        }
        picture(Loader.loadPDF(CertificatePdf.render(details(name), URL)), 80, "long-name");
    }

    @Test
    void charactersNoFontCoversPrintAsAReplacementMarkAndTheNameStillExtracts() throws Exception {
        // Ethiopic, an emoji and a lone surrogate: none has an embedded glyph; the certificate is still issued.
        String name = "Abebe ሰላም 😀 Bekele \uD800";
        byte[] pdf = CertificatePdf.render(details(name), URL);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Abebe", "Bekele");
            picture(doc, 80, "uncovered");
            assertThat(glyphCodes(doc)).doesNotContain(0);
        }
    }

    @Test
    void anyStringOfCodePointsRendersWithoutFailing() {
        Random random = new Random(13);
        for (int i = 0; i < 30; i++) {
            StringBuilder b = new StringBuilder();
            int length = 1 + random.nextInt(100);
            while (b.length() < length) {
                int cp = random.nextInt(4) == 0 ? random.nextInt(0x3000) : random.nextInt(Character.MAX_CODE_POINT);
                if (Character.isValidCodePoint(cp)) {
                    b.appendCodePoint(cp);
                }
            }
            assertThat(CertificatePdf.render(details(b.toString()), URL)).isNotEmpty();
        }
    }

    private static CertificateDetails details(String name) {
        return new CertificateDetails(1, "7K3Q-9XWD-M2TB-F8RA", name, "Upper-Back Massage Foundations", 91.7,
                Instant.parse("2026-11-02T09:30:00Z"), null, null);
    }

    private static BufferedImage picture(PDDocument doc, int dpi, String name) throws IOException {
        BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, dpi);
        Path dir = Files.createDirectories(Path.of("target", "certificates"));
        ImageIO.write(image, "png", dir.resolve("certificate-" + name + ".png").toFile());
        doc.save(dir.resolve("certificate-" + name + ".pdf").toFile()); // for other viewers (pdftoppm, a browser)
        return image;
    }

    private static List<TextPosition> positions(PDDocument doc) throws IOException {
        List<TextPosition> all = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                all.add(text);
                super.processTextPosition(text);
            }
        };
        stripper.getText(doc);
        return all;
    }

    /** Every glyph code drawn on the page. */
    private static List<Integer> glyphCodes(PDDocument doc) throws IOException {
        List<Integer> codes = new ArrayList<>();
        for (TextPosition p : positions(doc)) {
            for (int code : p.getCharacterCodes()) {
                codes.add(code);
            }
        }
        assertThat(codes).isNotEmpty();
        return codes;
    }
}
