package com.massagetrainer.classroom.ui;

import com.massagetrainer.account.Role;
import com.massagetrainer.bank.BankCatalog;
import com.massagetrainer.classroom.ItemAnalysisService;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Item analysis across all of the instructor's assignments: which questions look broken. */
@Route("item-analysis")
@PageTitle("Item analysis · Massage Exam Trainer")
@Menu(title = "Item analysis", order = 51, icon = "vaadin:chart-grid")
@RolesAllowed({Role.INSTRUCTOR_NAME, Role.ADMIN_NAME})
class ItemAnalysisView extends VerticalLayout {

    ItemAnalysisView(ItemAnalysisService itemAnalysis, BankCatalog bank) {
        setId("item-analysis-view");
        addClassName("page");
        add(new H2("Item analysis: all your classes"), new Paragraph("Every question your students answered in "
                + "assignments (their latest submitted attempt). Facility is the share of points scored; discrimination "
                + "is the correlation between a question and the rest of the score."),
                new ItemAnalysisPanel(itemAnalysis.itemAnalysisOfMyClasses(), bank));
    }
}
