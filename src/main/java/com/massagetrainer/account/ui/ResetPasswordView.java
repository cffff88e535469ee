package com.massagetrainer.account.ui;

import com.massagetrainer.account.AccountRuleException;
import com.massagetrainer.account.PasswordPolicy;
import com.massagetrainer.account.PasswordResetService;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import java.util.Map;

/**
 * Where a reset link lands: choose a new password. The token leaves the address bar as soon as the page has read it
 * (so it is not in the history, a bookmark or a later request's Referer), and this path is sent with
 * Referrer-Policy: no-referrer (SecurityConfig).
 */
@Route("reset-password")
@PageTitle("Set a new password · Massage Exam Trainer")
@AnonymousAllowed
class ResetPasswordView extends VerticalLayout implements HasUrlParameter<String> {

    private final PasswordResetService resets;
    private final PasswordField fresh = new PasswordField("New password");
    private final PasswordField confirm = new PasswordField("New password again");
    private String token;

    ResetPasswordView(PasswordResetService resets) {
        this.resets = resets;
        setId("reset-view");
        addClassName("page");
        addClassName("narrow-page");
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String parameter) {
        if (parameter != null) {
            token = parameter;
            event.getUI().getPage().getHistory().replaceState(null, "reset-password");
        }
        removeAll();
        add(new H2("Set a new password"));
        if (token == null || !resets.isUsable(token)) {
            expired();
            return;
        }
        fresh.setId("reset-password");
        fresh.setHelperText(PasswordPolicy.HINT);
        fresh.setWidthFull();
        confirm.setId("reset-confirm");
        confirm.setWidthFull();
        Button save = new Button("Set password", e -> save());
        save.setId("reset-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        FormLayout form = new FormLayout(fresh, confirm, save);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new Paragraph("Choose a new password. Afterwards you are signed out everywhere else, and you sign in "
                + "with the new password."), form);
    }

    private void save() {
        fresh.setInvalid(false);
        confirm.setInvalid(false);
        try {
            resets.reset(token, fresh.getValue(), confirm.getValue());
            token = null;
            getUI().ifPresent(ui -> ui.navigate(LoginView.class, QueryParameters.of("reset", "")));
        } catch (AccountRuleException e) {
            if ("token".equals(e.field())) {
                removeAll();
                add(new H2("Set a new password"));
                expired();
                return;
            }
            HasValidation field = Map.<String, HasValidation>of("confirmPassword", confirm).getOrDefault(e.field(), fresh);
            field.setErrorMessage(e.getMessage());
            field.setInvalid(true);
        }
    }

    private void expired() {
        Paragraph message = new Paragraph(PasswordResetService.EXPIRED);
        message.setId("reset-expired");
        add(message, new RouterLink("Ask for a new link", ForgotPasswordView.class),
                new RouterLink("Back to sign in", LoginView.class));
    }
}
