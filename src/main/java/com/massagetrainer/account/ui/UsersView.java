package com.massagetrainer.account.ui;

import com.massagetrainer.account.AccountRuleException;
import com.massagetrainer.account.AccountService;
import com.massagetrainer.account.PasswordResetService;
import com.massagetrainer.account.Role;
import com.massagetrainer.account.UserSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Admin: every account with its role and status; change a role, disable or enable; the instructor invitation code. */
@Route("admin/users")
@PageTitle("Users · Massage Exam Trainer")
@Menu(title = "Users", order = 90, icon = "vaadin:users")
@RolesAllowed(Role.ADMIN_NAME)
class UsersView extends VerticalLayout {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy").withZone(ZoneId.of("UTC"));

    private final AccountService accounts;
    private final Grid<UserSummary> grid = new Grid<>();
    private final PasswordResetService resets;

    UsersView(AccountService accounts, PasswordResetService resets) {
        this.accounts = accounts;
        this.resets = resets;
        setId("users-view");
        addClassName("page");
        setHeightFull();
        grid.setId("users-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(UserSummary::displayName).setHeader("Name").setSortable(true).setAutoWidth(true);
        grid.addColumn(UserSummary::email).setHeader("Email").setSortable(true).setAutoWidth(true);
        grid.addComponentColumn(this::roleSelect).setHeader("Role").setKey("role").setAutoWidth(true);
        grid.addColumn(u -> u.enabled() ? "Active" : "Disabled").setHeader("Status").setAutoWidth(true);
        grid.addColumn(u -> DATE.format(u.createdAt())).setHeader("Joined").setAutoWidth(true);
        grid.addComponentColumn(this::enableButton).setKey("enable").setAutoWidth(true);
        grid.addComponentColumn(this::resetLinkButton).setKey("reset-link").setAutoWidth(true);
        add(new H2("Users"), grid, invitationCode());
        refresh();
    }

    private Select<Role> roleSelect(UserSummary user) {
        Select<Role> select = new Select<>();
        select.setId("role-" + user.id());
        select.setItems(Role.ASSIGNABLE);
        select.setItemLabelGenerator(Role::label);
        select.setValue(user.role());
        select.setAriaLabel("Role of " + user.displayName());
        select.addValueChangeListener(e -> {
            if (e.getValue() != user.role()) {
                Role wanted = e.getValue();
                // Nothing changes until the admin confirms; cancelling puts the list back to the current role.
                confirm("role-dialog", "Make " + user.displayName() + " " + article(wanted.label()) + "?",
                        "Their access changes at their next request: " + access(wanted), "Change role", false,
                        () -> act(() -> accounts.changeRole(user.id(), wanted), user.displayName() + " is now "
                                + wanted.label() + "."),
                        () -> select.setValue(user.role()));
            }
        });
        return select;
    }

    private Button enableButton(UserSummary user) {
        Button button = new Button(user.enabled() ? "Disable" : "Enable");
        button.setId("enable-" + user.id());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, user.enabled() ? ButtonVariant.LUMO_ERROR
                : ButtonVariant.LUMO_SUCCESS);
        Runnable change = () -> act(() -> accounts.setEnabled(user.id(), !user.enabled()),
                user.displayName() + (user.enabled() ? " can no longer sign in." : " can sign in again."));
        button.addClickListener(e -> {
            if (user.enabled()) {
                confirm("disable-dialog", "Disable " + user.displayName() + "?", "They are signed out at their next "
                        + "request and cannot sign in until an admin enables the account again. Their data stays.",
                        "Disable", true, change, () -> { });
            } else {
                change.run(); // enabling gives nothing away and is undone with one click
            }
        });
        return button;
    }

    /** A one-time link to set a new password, for someone whose mail does not arrive (or without mail settings). */
    private Button resetLinkButton(UserSummary user) {
        Button button = new Button("Reset link", e -> new ResetLinkDialog(user.displayName(),
                resets.createLink(user.id())).open());
        button.setId("reset-link-" + user.id());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setTooltipText("Create a one-time link to set a new password");
        return button;
    }

    private static void confirm(String id, String header, String text, String confirmText, boolean danger,
                                Runnable onConfirm, Runnable onCancel) {
        ConfirmDialog dialog = new ConfirmDialog(header, text, confirmText, e -> onConfirm.run());
        dialog.setId(id);
        dialog.setCancelable(true);
        dialog.addCancelListener(e -> onCancel.run());
        dialog.addRejectListener(e -> onCancel.run());
        dialog.setCloseOnEsc(true);
        if (danger) {
            dialog.setConfirmButtonTheme("error primary");
        }
        dialog.open();
    }

    private static String article(String label) {
        return ("AEIOU".indexOf(Character.toUpperCase(label.charAt(0))) >= 0 ? "an " : "a ") + label.toLowerCase();
    }

    private static String access(Role role) {
        return switch (role) {
            case ADMIN -> "an admin manages every account and certificate.";
            case INSTRUCTOR -> "an instructor creates classes and sees their students' results.";
            default -> "a student sees only their own work.";
        };
    }

    private VerticalLayout invitationCode() {
        TextField code = new TextField("Instructor invitation code");
        code.setId("invitation-code");
        code.setWidth("20rem");
        code.setValue(accounts.currentInvitationCode().orElse(""));
        code.setHelperText("Whoever registers with this code becomes an instructor. Empty: instructor sign-up is off.");
        Button save = new Button("Save code", e -> {
            try {
                code.setInvalid(false);
                accounts.setInvitationCode(code.getValue());
                notify("Invitation code saved.", true);
            } catch (AccountRuleException ex) {
                code.setErrorMessage(ex.getMessage());
                code.setInvalid(true);
            }
        });
        save.setId("invitation-save");
        HorizontalLayout row = new HorizontalLayout(code, save);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        VerticalLayout box = new VerticalLayout(new H3("Instructors"), new Paragraph(
                "Make an existing user an instructor with the role list above, or share a code for instructors to "
                        + "register with."), row);
        box.setPadding(false);
        return box;
    }

    private void act(Runnable change, String success) {
        try {
            change.run();
            notify(success, true);
        } catch (AccountRuleException e) {
            notify(e.getMessage(), false);
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(accounts.allUsers());
    }

    private static void notify(String message, boolean ok) {
        Notification.show(message, 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(ok ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_ERROR);
    }
}
