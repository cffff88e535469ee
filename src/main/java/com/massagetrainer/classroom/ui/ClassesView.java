package com.massagetrainer.classroom.ui;

import com.massagetrainer.account.Role;
import com.massagetrainer.classroom.ClassSummary;
import com.massagetrainer.classroom.ClassroomRuleException;
import com.massagetrainer.classroom.ClassroomService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;

/** An instructor's classes with their join codes, and a form to create one. */
@Route("classes")
@PageTitle("Classes · Massage Exam Trainer")
@Menu(title = "Classes", order = 50, icon = "vaadin:group")
@RolesAllowed({Role.INSTRUCTOR_NAME, Role.ADMIN_NAME})
class ClassesView extends VerticalLayout {

    private final ClassroomService classes;
    private final Div list = new Div();

    ClassesView(ClassroomService classes) {
        this.classes = classes;
        setId("classes-view");
        addClassName("page");
        TextField name = new TextField("Class name");
        name.setId("class-name");
        name.setMaxLength(100);
        TextArea description = new TextArea("Description (optional)");
        description.setId("class-description");
        description.setMaxLength(1000);
        Button create = new Button("Create class", e -> {
            try {
                name.setInvalid(false);
                ClassSummary created = classes.create(name.getValue(), description.getValue());
                name.clear();
                description.clear();
                refresh();
                getUI().ifPresent(ui -> ui.navigate(ClassView.class, new RouteParameters("classId",
                        String.valueOf(created.id()))));
            } catch (ClassroomRuleException ex) {
                name.setErrorMessage(ex.getMessage());
                name.setInvalid(true);
            }
        });
        create.setId("create-class");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(name, description, create);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 3));
        list.setId("class-list");
        list.addClassName("topic-grid");
        add(new H2("Your classes"), list, new H3("New class"), form);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        var mine = classes.myClasses();
        if (mine.isEmpty()) {
            list.add(new Paragraph("No classes yet. Create one below and give your students its join code."));
        }
        for (ClassSummary c : mine) {
            Span code = new Span("Join code " + c.joinCode());
            code.addClassName("topic-count");
            RouterLink open = new RouterLink(c.name(), ClassView.class, new RouteParameters("classId",
                    String.valueOf(c.id())));
            open.setId("class-" + c.id());
            Div card = new Div(new H3(open), code, new Paragraph(c.students() + (c.students() == 1 ? " student" : " students")));
            card.addClassName("topic-card");
            list.add(card);
        }
    }
}
