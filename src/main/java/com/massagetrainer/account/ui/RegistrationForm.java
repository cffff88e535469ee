package com.massagetrainer.account.ui;

import com.massagetrainer.account.AccountRuleException;
import com.massagetrainer.account.PasswordPolicy;
import com.massagetrainer.account.Registration;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.HasValidation;

import java.util.Map;

/** The registration form as a component: it fires {@link SubmitEvent} and shows rule errors on the right field. */
class RegistrationForm extends FormLayout {

    /** The person asked to create an account with what they typed. */
    static final class SubmitEvent extends ComponentEvent<RegistrationForm> {
        private final Registration registration;

        SubmitEvent(RegistrationForm source, Registration registration) {
            super(source, false);
            this.registration = registration;
        }

        Registration registration() {
            return registration;
        }
    }

    final TextField displayName = new TextField("Display name");
    final EmailField email = new EmailField("Email");
    final PasswordField password = new PasswordField("Password");
    final PasswordField confirmPassword = new PasswordField("Password again");
    final TextField invitationCode = new TextField("Instructor invitation code");
    final Button submit = new Button("Create account");

    RegistrationForm() {
        displayName.setId("register-name");
        displayName.setMaxLength(100);
        displayName.setHelperText("How others (your instructor) will see you.");
        email.setId("register-email");
        email.setHelperText("You sign in with it.");
        password.setId("register-password");
        password.setHelperText(PasswordPolicy.HINT);
        confirmPassword.setId("register-confirm");
        invitationCode.setId("register-code");
        invitationCode.setHelperText("Only for instructors; leave empty to register as a student.");
        Details instructor = new Details("I am an instructor", invitationCode);
        instructor.setId("register-instructor");
        submit.setId("register-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        submit.addClickListener(e -> {
            clearErrors();
            fireEvent(new SubmitEvent(this, new Registration(displayName.getValue(), email.getValue(),
                    password.getValue(), confirmPassword.getValue(), invitationCode.getValue())));
        });
        add(displayName, email, password, confirmPassword, instructor, submit);
        setResponsiveSteps(new ResponsiveStep("0", 1));
    }

    void addSubmitListener(ComponentEventListener<SubmitEvent> listener) {
        addListener(SubmitEvent.class, listener);
    }

    /** Shows every broken rule on its field at once; what the person typed stays in place. */
    void show(AccountRuleException error) {
        Map<String, HasValidation> fields = Map.of("displayName", displayName, "email", email, "password", password,
                "confirmPassword", confirmPassword, "invitationCode", invitationCode);
        error.problems().forEach((name, message) -> {
            HasValidation field = fields.getOrDefault(name, email);
            field.setErrorMessage(message);
            field.setInvalid(true);
        });
    }

    private void clearErrors() {
        for (HasValidation field : new HasValidation[]{displayName, email, password, confirmPassword, invitationCode}) {
            field.setInvalid(false);
        }
    }
}
