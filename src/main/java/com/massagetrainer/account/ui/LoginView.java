package com.massagetrainer.account.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import java.util.List;
import java.util.Map;

/** Sign-in. The form posts to Spring Security; failures come back as ?error, ?wait=seconds or ?disabled. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Massage Exam Trainer")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();
    private final Paragraph notice = new Paragraph();

    LoginView() {
        setId("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        addClassName("login-view");
        form.setId("login-form");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(true);
        form.addForgotPasswordListener(e -> form.getUI().ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));
        form.setI18n(i18n(null, null));
        notice.setId("login-notice");
        notice.setVisible(false);
        Div register = new Div(new Paragraph("New here? "), new RouterLink("Create an account", RegisterView.class));
        register.addClassName("login-register");
        register.setId("register-link");
        add(new Anchor("", "Massage Exam Trainer"), notice, form, register);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        form.setError(false);
        form.setI18n(i18n(null, null));
        notice.setVisible(false);
        if (params.containsKey("wait")) {
            long seconds = parse(params.get("wait"));
            String when = seconds >= 90 ? "about " + Math.round(seconds / 60.0) + " minutes" : seconds + " seconds";
            showError("Too many failed sign-ins", "For your safety, wait " + when + " and try again.");
        } else if (params.containsKey("disabled")) {
            showError("Account disabled", "This account has been disabled. Ask an administrator to enable it.");
        } else if (params.containsKey("error")) {
            showError("Incorrect email or password", "Check both and try again.");
        }
        if (params.containsKey("registered")) {
            notice.setText("Your account is ready. Sign in with your email and password.");
            notice.setVisible(true);
        } else if (params.containsKey("reset")) {
            notice.setText("Your new password is set. Sign in with it.");
            notice.setVisible(true);
        }
    }

    private void showError(String title, String message) {
        form.setI18n(i18n(title, message));
        form.setError(true);
    }

    private static long parse(List<String> values) {
        try {
            return Math.max(1, Long.parseLong(values.get(0)));
        } catch (RuntimeException e) {
            return 60;
        }
    }

    private static LoginI18n i18n(String errorTitle, String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setUsername("Email");
        i18n.getForm().setForgotPassword("Forgot password?");
        if (errorTitle != null) {
            i18n.getErrorMessage().setTitle(errorTitle);
            i18n.getErrorMessage().setMessage(errorMessage);
        }
        return i18n;
    }
}
