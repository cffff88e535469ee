package com.massagetrainer.guest.ui;

import com.massagetrainer.guest.GuestService;
import com.massagetrainer.quiz.QuizRuleException;
import com.massagetrainer.quiz.QuizService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * "Try 10 questions" without an account: what a guest gets, and the button that starts (or resumes) the quiz. Also
 * where a guest lands when they open any other page.
 */
@Route("try")
@PageTitle("Try 10 questions · Massage Exam Trainer")
@AnonymousAllowed
class TryView extends VerticalLayout {

    TryView(GuestService guests) {
        setId("try-view");
        addClassName("page");
        addClassName("narrow-page");
        boolean guest = guests.isGuest();
        Paragraph what = new Paragraph("Practise " + QuizService.GUEST_QUESTIONS + " questions from the bank with "
                + "feedback after each answer: the key, why every option is right or wrong, and the article section "
                + "it comes from. No account needed. Your answers are kept for 24 hours; create an account to keep "
                + "them for good and to take timed mock exams and the certification.");
        Paragraph problem = new Paragraph();
        problem.setId("try-problem");
        problem.addClassName("error-text");
        problem.setVisible(false);
        Button start = new Button(guest ? "Continue my " + QuizService.GUEST_QUESTIONS + " questions"
                : "Start " + QuizService.GUEST_QUESTIONS + " questions");
        start.setId("try-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> {
            try {
                long id = guests.startTry();
                // The session's copy of the sign-in, which the next requests load (also kept by the service when it
                // sees the web request; Vaadin's own session handle is the sure way from a view).
                VaadinSession.getCurrent().getSession().setAttribute(
                        HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                        SecurityContextHolder.getContext());
                getUI().ifPresent(ui -> ui.navigate("quiz/" + id));
            } catch (QuizRuleException ex) {
                problem.setText(ex.getMessage());
                problem.setVisible(true);
            }
        });
        Anchor register = new Anchor("register", guest ? "Create an account to keep this" : "Create an account");
        register.setId("try-register");
        add(new H2("Try " + QuizService.GUEST_QUESTIONS + " questions"), what, start, problem, register);
        if (guest) {
            Paragraph only = new Paragraph("As a guest you can take this practice quiz and see its results. "
                    + "Everything else needs an account.");
            only.setId("try-guest-only");
            addComponentAtIndex(2, only);
        }
    }
}
