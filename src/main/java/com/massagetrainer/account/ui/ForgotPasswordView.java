package com.massagetrainer.account.ui;

import com.massagetrainer.account.AccountRuleException;
import com.massagetrainer.account.PasswordResetService;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * "Forgot password?": asks for the e-mail address and sends a one-time link. The answer is the same whether or not
 * the address has an account. Without mail settings it sends people to their instructor or an admin instead.
 */
@Route("forgot-password")
@PageTitle("Forgot password · Massage Exam Trainer")
@AnonymousAllowed
class ForgotPasswordView extends VerticalLayout {

    static final String SENT = "If an account uses this address, a link to set a new password is on its way. "
            + "It works once, within one hour. No mail after a few minutes? Check the spam folder, or ask your "
            + "instructor or an administrator for a link.";

    ForgotPasswordView(PasswordResetService resets) {
        setId("forgot-view");
        addClassName("page");
        addClassName("narrow-page");
        add(new H2("Forgot your password?"));
        if (!resets.mailConfigured()) {
            Paragraph noMail = new Paragraph("This trainer does not send e-mail. Ask your instructor (or an "
                    + "administrator) for a link to set a new password: they can create one for you on the class "
                    + "page or the users page.");
            noMail.setId("forgot-no-mail");
            add(noMail, new RouterLink("Back to sign in", LoginView.class));
            return;
        }
        EmailField email = new EmailField("Email");
        email.setId("forgot-email");
        email.setWidthFull();
        email.setHelperText("The address you sign in with.");
        Paragraph sent = new Paragraph(SENT);
        sent.setId("forgot-sent");
        sent.addClassName("notice");
        sent.setVisible(false);
        Button send = new Button("Send me a link");
        send.setId("forgot-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(Key.ENTER);
        send.addClickListener(e -> {
            email.setInvalid(false);
            try {
                resets.requestByEmail(email.getValue());
                sent.setVisible(true);
            } catch (AccountRuleException ex) {
                sent.setVisible(false);
                email.setErrorMessage(ex.getMessage());
                email.setInvalid(true);
            }
        });
        add(new Paragraph("Enter your email address. We will send you a link to choose a new password."), email,
                send, sent, new RouterLink("Back to sign in", LoginView.class));
    }
}
