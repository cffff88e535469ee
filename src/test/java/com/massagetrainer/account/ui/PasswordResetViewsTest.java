package com.massagetrainer.account.ui;

import com.massagetrainer.KaribuTest;
import com.massagetrainer.account.PasswordResetService;
import com.massagetrainer.account.Role;
import com.massagetrainer.account.TestAccounts;
import com.massagetrainer.account.TrainerPrincipal;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.massagetrainer.account.UserSummary;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.AbstractLogin;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class PasswordResetViewsTest extends KaribuTest {

    @Autowired
    PasswordResetService resets;

    private String sentMessageFor(String email) {
        UI.getCurrent().navigate("forgot-password");
        _setValue(_get(EmailField.class, spec -> spec.withId("forgot-email")), email);
        _click(_get(Button.class, spec -> spec.withId("forgot-send")));
        Paragraph sent = _get(Paragraph.class, spec -> spec.withId("forgot-sent"));
        assertThat(sent.isVisible()).isTrue();
        return sent.getText();
    }

    @Test
    void forgotPasswordIsReachedFromSignInAndAnswersTheSameForKnownAndUnknownAddresses() {
        UI.getCurrent().navigate("login");
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isForgotPasswordButtonVisible()).isTrue();
        ComponentUtil.fireEvent(form, new AbstractLogin.ForgotPasswordEvent(form, true));
        assertThat(_get(EmailField.class, spec -> spec.withId("forgot-email"))).isNotNull();

        TrainerPrincipal user = TestAccounts.newUser(applicationContext, Role.STUDENT);
        String known = sentMessageFor(user.email());
        String unknown = sentMessageFor("nobody-" + UUID.randomUUID() + "@example.org");
        assertThat(known).isEqualTo(unknown).isEqualTo(ForgotPasswordView.SENT);

        UI.getCurrent().navigate("forgot-password");
        _setValue(_get(EmailField.class, spec -> spec.withId("forgot-email")), "not an address");
        _click(_get(Button.class, spec -> spec.withId("forgot-send")));
        EmailField field = _get(EmailField.class, spec -> spec.withId("forgot-email"));
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getValue()).isEqualTo("not an address");
        _assertNone(Paragraph.class, spec -> spec.withId("forgot-sent"));
    }

    @Test
    void theResetPageSetsTheNewPasswordThenSendsToSignInAndAUsedLinkSaysSo() {
        TrainerPrincipal user = TestAccounts.newUser(applicationContext, Role.STUDENT);
        login(TestAccounts.ADMIN);
        String url = resets.createLink(user.id()).url();
        TestAccounts.signOut();
        String path = url.substring(url.indexOf("reset-password/"));

        UI.getCurrent().navigate(path);
        _setValue(_get(PasswordField.class, spec -> spec.withId("reset-password")), "short");
        _setValue(_get(PasswordField.class, spec -> spec.withId("reset-confirm")), "short");
        _click(_get(Button.class, spec -> spec.withId("reset-save")));
        PasswordField fresh = _get(PasswordField.class, spec -> spec.withId("reset-password"));
        assertThat(fresh.isInvalid()).isTrue();
        assertThat(fresh.getErrorMessage()).contains("at least 10 characters");

        _setValue(fresh, "effleurage-77");
        _setValue(_get(PasswordField.class, spec -> spec.withId("reset-confirm")), "effleurage-77");
        _click(_get(Button.class, spec -> spec.withId("reset-save")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("login-notice")).getText()).contains("new password is set");

        UI.getCurrent().navigate(path);
        assertThat(_get(Paragraph.class, spec -> spec.withId("reset-expired")).getText())
                .isEqualTo(PasswordResetService.EXPIRED);
        _assertNone(PasswordField.class);
    }

    @Test
    void anAdminCreatesALinkFromTheUsersPageAndSeesItOnce() {
        TrainerPrincipal user = TestAccounts.newUser(applicationContext, Role.STUDENT);
        login(TestAccounts.ADMIN);
        UI.getCurrent().navigate("admin/users");
        @SuppressWarnings("unchecked")
        Grid<UserSummary> grid = _get(Grid.class, spec -> spec.withId("users-grid"));
        List<UserSummary> rows = GridKt._findAll(grid);
        int row = java.util.stream.IntStream.range(0, rows.size()).filter(i -> rows.get(i).id() == user.id())
                .findFirst().orElseThrow();
        assertThat(rows).noneMatch(u -> u.role() == Role.GUEST);
        _click((Button) GridKt._getCellComponent(grid, row, "reset-link"));
        TextField link = _get(TextField.class, spec -> spec.withId("reset-link"));
        assertThat(link.getValue()).contains("/reset-password/");
        assertThat(link.isReadOnly()).isTrue();
        assertThat(resets.isUsable(link.getValue().substring(link.getValue().lastIndexOf('/') + 1))).isTrue();
    }
}
