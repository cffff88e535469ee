package com.massagetrainer.certification.ui;

import com.massagetrainer.certification.CertificateDetails;
import com.massagetrainer.certification.CertificationService;
import com.massagetrainer.certification.Verification;
import com.massagetrainer.base.When;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Public certificate check (no sign-in): valid or revoked with holder, title and date; an unknown code gets "no
 * certificate with this code" and nothing else. Lookups are limited per address.
 */
@Route("verify/:code?")
@PageTitle("Verify a certificate · Massage Exam Trainer")
@AnonymousAllowed
class VerifyView extends VerticalLayout implements BeforeEnterObserver {

    private final CertificationService service;
    private final Div answer = new Div();
    private final TextField code = new TextField("Certificate code");

    VerifyView(CertificationService service) {
        this.service = service;
        setId("verify-view");
        addClassName("page");
        addClassName("narrow-page");
        answer.setId("verification");
        code.setId("verify-code");
        code.setPlaceholder("XXXX-XXXX-XXXX-XXXX");
        code.setMaxLength(40);
        code.setWidth("18rem");
        Button check = new Button("Check", e -> getUI().ifPresent(ui -> ui.navigate(VerifyView.class,
                new RouteParameters("code", code.getValue().strip()))));
        check.setId("verify-check");
        // Enter in the field checks the code, as in any search box.
        check.addClickShortcut(Key.ENTER).listenOn(code);
        add(new H2("Verify a certificate"), answer, code, check);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        answer.removeAll();
        event.getRouteParameters().get("code").ifPresent(typed -> {
            code.setValue(typed);
            show(service.verify(typed, VaadinRequest.getCurrent() == null ? null
                    : VaadinRequest.getCurrent().getRemoteAddr()));
        });
    }

    private void show(Verification v) {
        switch (v.outcome()) {
            case VALID -> details("Valid certificate", "valid", v.certificate().orElseThrow());
            case REVOKED -> {
                CertificateDetails c = v.certificate().orElseThrow();
                details("This certificate has been revoked", "revoked", c);
                answer.add(new Paragraph("Revoked on " + When.format(c.revokedAt()) + ": " + c.revokeReason()));
            }
            case UNKNOWN -> result("No certificate with this code.", "unknown");
            case TOO_MANY_LOOKUPS -> result("Too many lookups from your address. Try again in a few minutes.", "limited");
        }
    }

    private void details(String title, String state, CertificateDetails c) {
        result(title, state);
        answer.add(new Paragraph("Holder: " + c.holderName()), new Paragraph("Certification: " + c.title()),
                new Paragraph("Issued: " + When.format(c.issuedAt())), new Paragraph("Code: " + c.code()));
    }

    private void result(String text, String state) {
        Paragraph p = new Paragraph(text);
        p.setId("verification-result");
        p.getElement().setAttribute("data-state", state);
        p.addClassName("verification-" + state);
        answer.add(p);
    }

}
