package com.massagetrainer.quiz.ui;

import com.massagetrainer.quiz.QuestionOnScreen.CaseOnScreen;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * The client case a linked question belongs to: "Case: title", where the question stands in the case, and the
 * scenario. Shown above the question while it is taken and in the results review. Set as text, never as HTML; the
 * scenario holds no key (the bank's validator checks), so it may be shown during an exam.
 */
class CaseBlock extends Div {

    /** @param idSuffix empty where one question is on screen, "-" + position in a list of questions */
    CaseBlock(CaseOnScreen caseSet, String idSuffix) {
        addClassNames("scenario", "case-block");
        setId("case" + idSuffix);
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", "Case: " + caseSet.title());
        Span title = new Span("Case: " + caseSet.title());
        title.setId("case-title" + idSuffix);
        title.addClassName("case-title");
        Span where = new Span("Question " + caseSet.position() + " of " + caseSet.size() + " in this case");
        where.setId("case-position" + idSuffix);
        where.addClassName("case-position");
        Div heading = new Div(title, where);
        heading.addClassName("case-heading");
        Paragraph scenario = new Paragraph(caseSet.scenario());
        scenario.setId("case-scenario" + idSuffix);
        scenario.addClassName("case-scenario");
        add(heading, scenario);
    }
}
