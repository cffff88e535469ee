package com.massagetrainer.report.ui;

import com.massagetrainer.base.When;
import com.massagetrainer.report.MyReport;
import com.massagetrainer.report.ReportService;
import com.massagetrainer.report.ReportStatus;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import java.util.List;

/** "Your reports" on the home page: each report with its status and, once answered, the admin's reply. */
public class MyReportsPanel extends Div {

    public MyReportsPanel(ReportService reports) {
        setId("my-reports");
        addClassName("my-reports");
        List<MyReport> mine = reports.mine();
        // Nothing to show until the student has reported something.
        setVisible(!mine.isEmpty());
        if (mine.isEmpty()) {
            return;
        }
        add(new H2("Your reports"));
        mine.forEach(r -> add(card(r)));
    }

    private static Div card(MyReport r) {
        Div card = new Div();
        card.setId("my-report-" + r.id());
        card.addClassName("my-report");
        Span status = new Span(switch (r.status()) {
            case OPEN -> "Waiting for an answer";
            case FIXED -> "Fixed";
            case REJECTED -> "Not changed";
        });
        status.addClassName("report-status");
        status.getElement().getThemeList().add("badge " + (r.status() == ReportStatus.FIXED ? "success"
                : r.status() == ReportStatus.REJECTED ? "contrast" : ""));
        Paragraph question = new Paragraph(r.questionId() + ": " + excerpt(r.questionStem()));
        question.addClassName("report-question");
        Span meta = new Span(r.reason().label() + " · sent " + When.format(r.createdAt()));
        meta.addClassName("report-meta");
        card.add(status, question, meta);
        if (r.reply() != null && !r.reply().isBlank()) {
            Paragraph reply = new Paragraph("Reply: " + r.reply());
            reply.addClassName("report-reply");
            card.add(reply);
        }
        return card;
    }

    private static String excerpt(String stem) {
        return stem.length() <= 120 ? stem : stem.substring(0, 117) + "…";
    }
}
