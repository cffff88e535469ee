package com.massagetrainer.account.ui;

import com.massagetrainer.account.AccountRuleException;
import com.massagetrainer.account.AccountService;
import com.massagetrainer.account.PasswordPolicy;
import com.massagetrainer.account.UserSummary;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import java.util.Map;

/** The signed-in user's own account: display name and password. */
@Route("profile")
@PageTitle("Profile · Massage Exam Trainer")
@Menu(title = "Profile", order = 80, icon = "vaadin:user")
@PermitAll
class ProfileView extends VerticalLayout {

    private final AccountService accounts;
    private final TextField displayName = new TextField("Display name");
    private final PasswordField current = new PasswordField("Current password");
    private final PasswordField fresh = new PasswordField("New password");
    private final PasswordField confirm = new PasswordField("New password again");

    ProfileView(AccountService accounts) {
        this.accounts = accounts;
        setId("profile-view");
        addClassName("page");
        addClassName("narrow-page");
        UserSummary me = accounts.myProfile();
        displayName.setId("profile-name");
        displayName.setValue(me.displayName());
        displayName.setMaxLength(100);
        Button saveName = new Button("Save name", e -> saveName());
        saveName.setId("profile-save-name");
        current.setId("profile-current-password");
        fresh.setId("profile-new-password");
        fresh.setHelperText(PasswordPolicy.HINT);
        confirm.setId("profile-confirm-password");
        Button savePassword = new Button("Change password", e -> savePassword());
        savePassword.setId("profile-save-password");
        savePassword.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout nameForm = new FormLayout(displayName, saveName);
        FormLayout passwordForm = new FormLayout(current, fresh, confirm, savePassword);
        passwordForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new H2("Your profile"), new Paragraph(me.email() + " · " + me.role().label()), nameForm,
                new H3("Change password"), passwordForm);
    }

    private void saveName() {
        try {
            displayName.setInvalid(false);
            displayName.setValue(accounts.changeMyDisplayName(displayName.getValue()).displayName());
            done("Name saved.");
        } catch (AccountRuleException e) {
            displayName.setErrorMessage(e.getMessage());
            displayName.setInvalid(true);
        }
    }

    private void savePassword() {
        current.setInvalid(false);
        fresh.setInvalid(false);
        confirm.setInvalid(false);
        try {
            accounts.changeMyPassword(current.getValue(), fresh.getValue(), confirm.getValue());
            current.clear();
            fresh.clear();
            confirm.clear();
            done("Password changed.");
        } catch (AccountRuleException e) {
            Map<String, HasValidation> fields = Map.of("currentPassword", current, "newPassword", fresh,
                    "confirmPassword", confirm);
            HasValidation field = fields.getOrDefault(e.field(), fresh);
            field.setErrorMessage(e.getMessage());
            field.setInvalid(true);
        }
    }

    private static void done(String message) {
        Notification.show(message, 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
