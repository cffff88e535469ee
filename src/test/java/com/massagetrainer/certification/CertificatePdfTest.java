package com.massagetrainer.certification;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The certificate PDF opens, carries the name, title and code as text, and its QR code opens the verify page. */
class CertificatePdfTest {

    @Test
    void pdfOpensWithTextAndAQrCodeThatDecodesToTheVerifyUrl() throws Exception {
        CertificateDetails c = new CertificateDetails(1, "7K3Q-9XWD-M2TB-F8RA", "Zoë Łukaszewicz-Ñúñez",
                "Upper-Back Massage Foundations", 91.7, Instant.parse("2026-11-02T09:30:00Z"), null, null);
        String url = "https://trainer.example.org/verify/7K3Q-9XWD-M2TB-F8RA";
        byte[] pdf = CertificatePdf.render(c, url);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Zoë Łukaszewicz-Ñúñez", "Upper-Back Massage Foundations", "7K3Q-9XWD-M2TB-F8RA",
                    "2 November 2026", "Passed with distinction");
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 150);
            // Kept under target/ so a person can look at the certificate.
            javax.imageio.ImageIO.write(image, "png", java.nio.file.Files.createDirectories(java.nio.file.Path.of(
                    "target", "journeys")).resolve("certificate-sample.png").toFile());
            String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new BufferedImageLuminanceSource(image)))).getText();
            assertThat(decoded).isEqualTo(url);
        }
    }
}
