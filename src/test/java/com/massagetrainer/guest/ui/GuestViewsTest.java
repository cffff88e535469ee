package com.massagetrainer.guest.ui;

import com.massagetrainer.KaribuTest;
import com.massagetrainer.account.CurrentUser;
import com.massagetrainer.account.Role;
import com.massagetrainer.account.TestAccounts;
import com.massagetrainer.account.TrainerPrincipal;
import com.massagetrainer.guest.GuestService;
import com.massagetrainer.quiz.AttemptSummary;
import com.massagetrainer.quiz.QuizService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class GuestViewsTest extends KaribuTest {

    @Autowired
    GuestService guests;
    @Autowired
    QuizService quizzes;
    @Autowired
    CurrentUser currentUser;

    @Test
    void theTryPageStartsATenQuestionPracticeQuizAsAGuest() {
        UI.getCurrent().navigate("try");
        _click(_get(Button.class, spec -> spec.withId("try-start")));
        assertThat(currentUser.require().role()).isEqualTo(Role.GUEST);
        AttemptSummary open = quizzes.myOpenAttempt().orElseThrow();
        assertThat(open.questionCount()).isEqualTo(QuizService.GUEST_QUESTIONS);
    }

    @Test
    void aGuestSeesOnlyTheirQuizWithAClaimPromptAndRegisteringKeepsIt() {
        long attempt = guests.startTry();
        TrainerPrincipal guest = currentUser.require();
        quizzes.submit(attempt);
        login(guest);

        UI.getCurrent().navigate("quiz/" + attempt + "/results");
        assertThat(_get(Anchor.class, spec -> spec.withId("guest-claim")).getText())
                .isEqualTo("Create an account to keep this");
        assertThat(_get(SideNav.class, spec -> spec.withId("main-nav")).getItems()).isEmpty();
        for (String elsewhere : new String[]{"history", "quiz/new", "certification", "profile", ""}) {
            UI.getCurrent().navigate(elsewhere);
            assertThat(_get(VerticalLayout.class, spec -> spec.withId("try-view"))).as(elsewhere).isNotNull();
        }

        UI.getCurrent().navigate("register");
        String email = "guest-claim-" + UUID.randomUUID() + "@example.org";
        _setValue(_get(TextField.class, spec -> spec.withId("register-name")), "Gia Guest");
        _setValue(_get(EmailField.class, spec -> spec.withId("register-email")), email);
        _setValue(_get(PasswordField.class, spec -> spec.withId("register-password")), "kneading-2026");
        _setValue(_get(PasswordField.class, spec -> spec.withId("register-confirm")), "kneading-2026");
        _click(_get(Button.class, spec -> spec.withId("register-submit")));
        assertThat(_get(LoginForm.class)).isNotNull();

        TestAccounts.signIn(TestAccounts.principal(applicationContext, email));
        assertThat(quizzes.myHistory()).extracting(AttemptSummary::id).containsExactly(attempt);
    }
}
