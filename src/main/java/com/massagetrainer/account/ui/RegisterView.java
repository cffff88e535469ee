package com.massagetrainer.account.ui;

import com.massagetrainer.account.AccountRuleException;
import com.massagetrainer.account.AccountService;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Self-registration: new accounts are students, or instructors with the admin's invitation code. */
@Route("register")
@PageTitle("Create an account · Massage Exam Trainer")
@AnonymousAllowed
class RegisterView extends VerticalLayout {

    RegisterView(AccountService accounts) {
        setId("register-view");
        addClassName("page");
        addClassName("narrow-page");
        RegistrationForm form = new RegistrationForm();
        form.addSubmitListener(event -> {
            try {
                accounts.register(event.registration());
                getUI().ifPresent(ui -> ui.navigate(LoginView.class, QueryParameters.of("registered", "")));
            } catch (AccountRuleException e) {
                form.show(e);
            }
        });
        add(new H2("Create an account"),
                new Paragraph("Track your progress per topic, take timed mock exams and earn a certificate."),
                form,
                new RouterLink("I already have an account: sign in", LoginView.class));
    }
}
