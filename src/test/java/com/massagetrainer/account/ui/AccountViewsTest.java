package com.massagetrainer.account.ui;

import com.massagetrainer.KaribuTest;
import com.massagetrainer.account.AccountService;
import com.massagetrainer.account.Role;
import com.massagetrainer.account.TestAccounts;
import com.massagetrainer.account.TrainerPrincipal;
import com.massagetrainer.account.UserSummary;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountViewsTest extends KaribuTest {

    @Autowired
    AccountService accounts;

    private static java.util.List<String> navigation() {
        return _get(SideNav.class, spec -> spec.withId("main-nav")).getItems().stream().map(SideNavItem::getLabel)
                .toList();
    }

    /** The texts the login form sends to the browser (its i18n property), where the error title and message are. */
    private static String shownError(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }

    @Test
    void loginViewTellsWhatWentWrongWithoutSayingWhichPart() {
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(shownError(form)).contains("Incorrect email or password");

        UI.getCurrent().navigate("login", QueryParameters.of("wait", "840"));
        form = _get(LoginForm.class);
        assertThat(shownError(form)).contains("wait about 14 minutes").doesNotContain("Incorrect");

        UI.getCurrent().navigate("login", QueryParameters.of("wait", "30"));
        assertThat(shownError(_get(LoginForm.class))).contains("wait 30 seconds");

        UI.getCurrent().navigate("login");
        assertThat(_get(LoginForm.class).isError()).isFalse();
    }

    @Test
    void registrationWithGoodInputCreatesAStudentAndGoesToSignIn() {
        UI.getCurrent().navigate("register");
        String email = "reg-" + UUID.randomUUID() + "@example.org";
        _setValue(_get(TextField.class, spec -> spec.withId("register-name")), "Rae Student");
        _setValue(_get(EmailField.class, spec -> spec.withId("register-email")), email);
        _setValue(_get(PasswordField.class, spec -> spec.withId("register-password")), "kneading-2026");
        _setValue(_get(PasswordField.class, spec -> spec.withId("register-confirm")), "kneading-2026");
        _click(_get(Button.class, spec -> spec.withId("register-submit")));

        assertThat(_get(LoginForm.class)).isNotNull();
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("login-notice")).getText())
                .contains("Your account is ready");
        TestAccounts.signIn(TestAccounts.principal(applicationContext, TestAccounts.ADMIN));
        assertThat(accounts.allUsers()).filteredOn(u -> u.email().equals(email)).extracting(UserSummary::role)
                .containsExactly(Role.STUDENT);
    }

    @Test
    void registrationWithBadInputShowsTheMessageOnTheFieldAndKeepsWhatWasTyped() {
        UI.getCurrent().navigate("register");
        _setValue(_get(TextField.class, spec -> spec.withId("register-name")), "Rae");
        EmailField email = _get(EmailField.class, spec -> spec.withId("register-email"));
        _setValue(email, "rae-" + UUID.randomUUID() + "@example.org");
        PasswordField password = _get(PasswordField.class, spec -> spec.withId("register-password"));
        _setValue(password, "short");
        _setValue(_get(PasswordField.class, spec -> spec.withId("register-confirm")), "short");
        _click(_get(Button.class, spec -> spec.withId("register-submit")));

        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).contains("at least 10 characters");
        assertThat(email.getValue()).startsWith("rae-");
        assertThat(_get(TextField.class, spec -> spec.withId("register-name")).getValue()).isEqualTo("Rae");

        _setValue(email, TestAccounts.STUDENT);
        _setValue(password, "kneading-2026");
        _setValue(_get(PasswordField.class, spec -> spec.withId("register-confirm")), "kneading-2026");
        _click(_get(Button.class, spec -> spec.withId("register-submit")));
        assertThat(password.isInvalid()).isFalse();
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).contains("already exists");
    }

    @Test
    void navigationShowsOnlyWhatTheRoleMayOpen() {
        assertThat(navigation()).contains("Home").doesNotContain("Users", "Profile");
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("sign-in-link"))).isNotNull();

        login(TestAccounts.STUDENT);
        assertThat(navigation()).contains("Home", "Profile").doesNotContain("Users");
        assertThat(_get(Span.class, spec -> spec.withId("current-user")).getText()).isEqualTo("Sam Student");

        login(TestAccounts.ADMIN);
        assertThat(navigation()).contains("Home", "Profile", "Users");
    }

    @Test
    void anonymousUserOpeningAProtectedViewLandsOnLogin() {
        UI.getCurrent().navigate("profile");
        assertThat(_get(LoginForm.class)).isNotNull();
        _assertNone(TextField.class, spec -> spec.withId("profile-name"));
    }

    @Test
    void studentOpeningTheAdminViewIsRefused() {
        login(TestAccounts.STUDENT);
        assertThatThrownBy(() -> UI.getCurrent().navigate("admin/users"))
                .isInstanceOf(MockAccessDeniedException.class);
        _assertNone(Grid.class, spec -> spec.withId("users-grid"));
    }

    @Test
    void adminChangesARoleInTheUserList() {
        TrainerPrincipal target = TestAccounts.newUser(applicationContext, Role.STUDENT);
        login(TestAccounts.ADMIN);
        UI.getCurrent().navigate("admin/users");
        @SuppressWarnings("unchecked")
        Grid<UserSummary> grid = _get(Grid.class, spec -> spec.withId("users-grid"));
        @SuppressWarnings("unchecked")
        Select<Role> role = (Select<Role>) GridKt._getCellComponent(grid, row(grid, target.id()), "role");
        _setValue(role, Role.INSTRUCTOR);
        confirm("role-dialog");
        assertThat(accounts.allUsers()).filteredOn(u -> u.id() == target.id()).extracting(UserSummary::role)
                .containsExactly(Role.INSTRUCTOR);
        _click((Button) GridKt._getCellComponent(grid, row(grid, target.id()), "enable"));
        confirm("disable-dialog");
        assertThat(accounts.allUsers()).filteredOn(u -> u.id() == target.id()).extracting(UserSummary::enabled)
                .containsExactly(false);
    }

    /** Confirms the open dialog as the admin would (the browser closes it afterwards). */
    private static void confirm(String dialogId) {
        com.vaadin.flow.component.confirmdialog.ConfirmDialog dialog =
                _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class, spec -> spec.withId(dialogId));
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(dialog);
        dialog.close();
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
    void profileChangesTheDisplayName() {
        TrainerPrincipal me = TestAccounts.newUser(applicationContext, Role.STUDENT);
        login(me);
        UI.getCurrent().navigate("profile");
        _setValue(_get(TextField.class, spec -> spec.withId("profile-name")), "Renamed Person");
        _click(_get(Button.class, spec -> spec.withId("profile-save-name")));
        assertThat(accounts.myProfile().displayName()).isEqualTo("Renamed Person");
    }
}
