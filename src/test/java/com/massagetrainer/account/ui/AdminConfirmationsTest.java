package com.massagetrainer.account.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.massagetrainer.KaribuTest;
import com.massagetrainer.account.AccountService;
import com.massagetrainer.account.Role;
import com.massagetrainer.account.TestAccounts;
import com.massagetrainer.account.TrainerPrincipal;
import com.massagetrainer.account.UserSummary;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue #15 item 8: role changes and disabling ask first; the register form marks every broken field at once. */
class AdminConfirmationsTest extends KaribuTest {

    @Autowired
    AccountService accounts;

    private UserSummary user(long id) {
        return accounts.allUsers().stream().filter(u -> u.id() == id).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Grid<UserSummary> usersGrid() {
        return _get(Grid.class, spec -> spec.withId("users-grid"));
    }

    private static int row(Grid<UserSummary> grid, long userId) {
        List<UserSummary> rows = GridKt._findAll(grid);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() == userId) {
                return i;
            }
        }
        throw new AssertionError("user " + userId + " is not in the grid");
    }

    @Test
    void aRoleChangeWaitsForConfirmationAndCancellingPutsTheListBack() {
        TrainerPrincipal target = TestAccounts.newUser(applicationContext, Role.STUDENT);
        login(TestAccounts.ADMIN);
        UI.getCurrent().navigate("admin/users");
        @SuppressWarnings("unchecked")
        Select<Role> role = (Select<Role>) GridKt._getCellComponent(usersGrid(), row(usersGrid(), target.id()), "role");
        _setValue(role, Role.ADMIN);
        ConfirmDialog dialog = _get(ConfirmDialog.class, spec -> spec.withId("role-dialog"));
        assertThat(dialog.isOpened()).isTrue();
        assertThat(user(target.id()).role()).as("nothing changes before the admin confirms").isEqualTo(Role.STUDENT);
        ConfirmDialogKt._fireCancel(dialog);
        dialog.close();
        assertThat(user(target.id()).role()).isEqualTo(Role.STUDENT);
        assertThat(role.getValue()).as("the list shows the real role again").isEqualTo(Role.STUDENT);

        _setValue(role, Role.INSTRUCTOR);
        dialog = _get(ConfirmDialog.class, spec -> spec.withId("role-dialog"));
        ConfirmDialogKt._fireConfirm(dialog);
        dialog.close();
        assertThat(user(target.id()).role()).isEqualTo(Role.INSTRUCTOR);
    }

    @Test
    void disablingAsksFirstAndEnablingDoesNot() {
        TrainerPrincipal target = TestAccounts.newUser(applicationContext, Role.STUDENT);
        login(TestAccounts.ADMIN);
        UI.getCurrent().navigate("admin/users");
        _click((Button) GridKt._getCellComponent(usersGrid(), row(usersGrid(), target.id()), "enable"));
        ConfirmDialog dialog = _get(ConfirmDialog.class, spec -> spec.withId("disable-dialog"));
        assertThat(user(target.id()).enabled()).isTrue();
        ConfirmDialogKt._fireCancel(dialog);
        dialog.close();
        assertThat(user(target.id()).enabled()).isTrue();

        _click((Button) GridKt._getCellComponent(usersGrid(), row(usersGrid(), target.id()), "enable"));
        dialog = _get(ConfirmDialog.class, spec -> spec.withId("disable-dialog"));
        ConfirmDialogKt._fireConfirm(dialog);
        dialog.close();
        assertThat(user(target.id()).enabled()).isFalse();

        _click((Button) GridKt._getCellComponent(usersGrid(), row(usersGrid(), target.id()), "enable"));
        assertThat(user(target.id()).enabled()).isTrue();
    }

    @Test
    void anEmptyRegisterFormMarksEveryMissingFieldAtOnce() {
        UI.getCurrent().navigate("register");
        _click(_get(Button.class, spec -> spec.withId("register-submit")));
        TextField name = _get(TextField.class, spec -> spec.withId("register-name"));
        EmailField email = _get(EmailField.class, spec -> spec.withId("register-email"));
        PasswordField password = _get(PasswordField.class, spec -> spec.withId("register-password"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Enter a name.");
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("Enter your email address.");
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).contains("at least 10 characters");

        // Fixing some fields clears their marks and keeps the others'.
        _setValue(name, "Rae");
        _setValue(password, "kneading-2026");
        _setValue(_get(PasswordField.class, spec -> spec.withId("register-confirm")), "kneading-2027");
        _click(_get(Button.class, spec -> spec.withId("register-submit")));
        assertThat(name.isInvalid()).isFalse();
        assertThat(password.isInvalid()).isFalse();
        assertThat(email.isInvalid()).isTrue();
        assertThat(_get(PasswordField.class, spec -> spec.withId("register-confirm")).isInvalid()).isTrue();
    }
}
