package com.massagetrainer.certification.ui;

import com.massagetrainer.certification.CertificateDetails;
import com.massagetrainer.certification.CertificationService;
import com.massagetrainer.base.When;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import java.io.ByteArrayInputStream;

/**
 * One certificate: its code, a PDF download (made on request, for its holder only, never once revoked) and the
 * public check link.
 */
class CertificateLinks extends Div {

    CertificateLinks(CertificateDetails c, CertificationService service) {
        addClassName("certificate-links");
        setId("certificate-" + c.id());
        Span what = new Span(c.title() + " · " + When.format(c.issuedAt()) + " · code " + c.code()
                + (c.isRevoked() ? " · REVOKED: " + c.revokeReason() : ""));
        Anchor verify = new Anchor("verify/" + c.code(), "Verification page");
        verify.setId("verify-link-" + c.id());
        if (c.isRevoked()) {
            // No PDF for a revoked certificate (the service refuses it too); the verification page tells the story.
            add(what, verify);
            return;
        }
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = service.pdf(c.id());
            return new DownloadResponse(new ByteArrayInputStream(bytes), "certificate-" + c.code() + ".pdf",
                    "application/pdf", bytes.length);
        }), AttachmentType.DOWNLOAD, "Download PDF");
        pdf.setId("download-" + c.id());
        add(what, pdf, verify);
    }
}
