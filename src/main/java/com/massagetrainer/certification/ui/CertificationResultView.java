package com.massagetrainer.certification.ui;

import com.massagetrainer.base.RouteIds;
import com.massagetrainer.certification.CertificatePdf;
import com.massagetrainer.certification.CertificationResult;
import com.massagetrainer.certification.CertificationRuleException;
import com.massagetrainer.certification.CertificationService;
import com.massagetrainer.certification.TopicBand;
import com.massagetrainer.base.When;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.access.AccessDeniedException;

/** A certification exam's result: on a pass the certificate; on a fail the per-topic bands and the retake time. */
@Route("certification/result/:attemptId")
@PageTitle("Certification result · Massage Exam Trainer")
@PermitAll
class CertificationResultView extends VerticalLayout implements BeforeEnterObserver {

    private final CertificationService service;

    CertificationResultView(CertificationService service) {
        this.service = service;
        setId("certification-result-view");
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CertificationResult r;
        try {
            r = service.result(RouteIds.id(event.getRouteParameters(), "attemptId").orElseThrow());
        } catch (AccessDeniedException | java.util.NoSuchElementException | CertificationRuleException e) {
            event.rerouteToError(NotFoundException.class, "No such certification result.");
            return;
        }
        removeAll();
        Span verdict = new Span(r.passed() ? "Passed" : "Not passed");
        verdict.setId("certification-verdict");
        verdict.getElement().getThemeList().add("badge " + (r.passed() ? "success" : "error"));
        Span score = new Span(Math.round(r.score()) + "%");
        score.setId("certification-score");
        score.addClassName("score");
        add(new H2(r.title()), score, verdict, new Paragraph("Pass mark " + r.passMark() + "%."
                + (r.timedOut() ? " The exam was submitted when its time ran out." : "")));
        if (r.passed()) {
            r.certificate().ifPresent(c -> {
                // The verdict badge already says "Passed": name only the distinction here, not the pass again.
                String band = CertificatePdf.band(c.score());
                String distinction = band.equals(CertificatePdf.band(0)) ? "" : "With distinction. ";
                Paragraph about = new Paragraph(distinction + "Anyone can check it with the code or the QR code on "
                        + "the PDF.");
                about.setId("certificate-about");
                add(new H3("Your certificate"), about, new CertificateLinks(c, service));
            });
        } else {
            Paragraph retake = new Paragraph("You can retake the exam from " + When.format(r.retakeFrom()) + ".");
            retake.setId("retake-from");
            add(retake);
        }
        Grid<TopicBand> bands = new Grid<>();
        bands.setId("topic-bands");
        bands.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        bands.addColumn(TopicBand::topicName).setHeader("Topic").setFlexGrow(3);
        bands.addColumn(b -> b.band().label()).setHeader("Result").setFlexGrow(1);
        bands.setItems(r.bands());
        bands.setAllRowsVisible(true);
        add(new H3("By topic"), new Paragraph("Good: 80% or more; borderline: 60–79%; needs work: below 60%. "
                + "The questions and keys stay private so the exam stays fair."), bands);
    }
}
