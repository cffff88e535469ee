package com.massagetrainer.certification.ui;

import com.massagetrainer.certification.CertificateDetails;
import com.massagetrainer.certification.CertificationOffer;
import com.massagetrainer.certification.CertificationRuleException;
import com.massagetrainer.certification.CertificationService;
import com.massagetrainer.certification.CertificationSettings;
import com.massagetrainer.base.When;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import java.util.List;

/** Certifications on offer (start, resume, or when a retake opens) and the student's certificates. */
@Route("certification")
@PageTitle("Certification · Massage Exam Trainer")
@Menu(title = "Certification", order = 40, icon = "vaadin:diploma")
@PermitAll
class CertificationView extends VerticalLayout {

    private final CertificationService service;

    CertificationView(CertificationService service) {
        this.service = service;
        setId("certification-view");
        addClassName("page");
        add(new H2("Certification"));
        for (CertificationOffer offer : service.offers()) {
            add(offerCard(offer));
        }
        add(new H3("Your certificates"));
        List<CertificateDetails> mine = service.myCertificates();
        if (mine.isEmpty()) {
            add(new Paragraph("None yet. Pass a certification exam to receive a certificate that anyone can check."));
        }
        mine.forEach(c -> add(new CertificateLinks(c, service)));
    }

    private Div offerCard(CertificationOffer offer) {
        CertificationSettings s = offer.settings();
        Div card = new Div();
        card.setId("offer-" + offer.id());
        card.addClassName("offer-card");
        card.add(new H3(s.title()), new Paragraph(s.questionCount() + " questions weighted like the licensing "
                + "blueprint · " + s.timeLimitMinutes() + " minutes · pass mark " + s.passMark() + "% · questions in "
                + "order, no going back, results at the end · retake after " + s.retakeHours() + " hours"));
        Button start = new Button(offer.openAttempt().isPresent() ? "Continue the exam" : "Start the exam",
                e -> start(offer.id()));
        start.setId("start-certification-" + offer.id());
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (offer.held()) {
            start.setEnabled(false);
            card.add(new Paragraph("You hold this certificate."));
        } else if (offer.retakeFrom().isPresent() && offer.openAttempt().isEmpty()) {
            start.setEnabled(false);
            Paragraph wait = new Paragraph("You can retake it from " + When.format(offer.retakeFrom().get()) + ".");
            wait.setId("retake-" + offer.id());
            card.add(wait);
        }
        card.add(start);
        return card;
    }

    private void start(long certificationId) {
        try {
            long attempt = service.start(certificationId);
            getUI().ifPresent(ui -> ui.navigate("quiz/" + attempt));
        } catch (CertificationRuleException e) {
            Notification.show(e.getMessage(), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
