package com.massagetrainer.classroom;

import com.massagetrainer.KaribuTest;
import com.massagetrainer.account.Role;
import com.massagetrainer.account.TestAccounts;
import com.massagetrainer.account.TrainerPrincipal;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.Duration;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Wrong join codes are limited per student and per client address, so codes cannot be guessed by brute force. */
class JoinCodeGuessingTest extends KaribuTest {

    private static final String NO_SUCH_CODE = "222-222";

    @Autowired
    ClassroomService classes;

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    private ClassSummary aClass() {
        login(TestAccounts.newUser(applicationContext, Role.INSTRUCTOR));
        return classes.create("Guarded class", null);
    }

    private void tryCode(TextField field, String code) {
        _setValue(field, code);
        _click(_get(Button.class, spec -> spec.withId("join-class-button")));
    }

    @Test
    void aStudentGetsSixWrongCodesThenMustWaitWithAClearMessageAndLaterStillJoins() {
        ClassSummary c = aClass();
        login(TestAccounts.newUser(applicationContext, Role.STUDENT));
        UI.getCurrent().navigate("");
        TextField field = _get(TextField.class, spec -> spec.withId("join-code-field"));
        for (int i = 0; i < 6; i++) {
            tryCode(field, NO_SUCH_CODE);
            assertThat(field.getErrorMessage()).startsWith("No class has that code");
        }
        tryCode(field, NO_SUCH_CODE);
        assertThat(field.getErrorMessage())
                .isEqualTo("Too many wrong class codes. Wait 30 seconds, then try again; check the code with your "
                        + "instructor (it looks like K7M-2QX).");
        // Even the right code waits: otherwise the guessing would just go on.
        tryCode(field, c.joinCode());
        assertThat(field.getErrorMessage()).startsWith("Too many wrong class codes. Wait 30 seconds");
        clock.advance(Duration.ofSeconds(30));
        tryCode(field, c.joinCode());
        assertThat(field.isInvalid()).isFalse();
        assertThat(_get(Paragraph.class, spec -> spec.withId("my-classes")).getText())
                .isEqualTo("Your classes: Guarded class.");
    }

    @Test
    void anotherStudentIsNotSlowedBySomeoneElsesGuesses() {
        ClassSummary c = aClass();
        login(TestAccounts.newUser(applicationContext, Role.STUDENT));
        for (int i = 0; i < 7; i++) {
            assertThatThrownBy(() -> classes.join(NO_SUCH_CODE)).isInstanceOf(ClassroomRuleException.class);
        }
        assertThatThrownBy(() -> classes.join(c.joinCode())).hasMessageStartingWith("Too many wrong class codes");
        login(TestAccounts.newUser(applicationContext, Role.STUDENT));
        assertThat(classes.join(c.joinCode()).name()).isEqualTo("Guarded class");
    }

    @Test
    void oneAddressTryingCodesForManyAccountsIsSlowedToOneWrongCodeEveryTwentySeconds() {
        ClassSummary c = aClass();
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("198.51.100." + (int) (Math.random() * 250));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        for (int i = 0; i < 30; i++) {
            login(TestAccounts.newUser(applicationContext, Role.STUDENT));
            assertThatThrownBy(() -> classes.join(NO_SUCH_CODE)).hasMessageStartingWith("No class has that code");
        }
        login(TestAccounts.newUser(applicationContext, Role.STUDENT));
        assertThatThrownBy(() -> classes.join(NO_SUCH_CODE))
                .hasMessageStartingWith("Too many wrong class codes. Wait 20 seconds");
        clock.advance(Duration.ofSeconds(20));
        assertThat(classes.join(c.joinCode()).name()).isEqualTo("Guarded class");

        request.setRemoteAddr("203.0.113.77");
        login(TestAccounts.newUser(applicationContext, Role.STUDENT));
        assertThatThrownBy(() -> classes.join(NO_SUCH_CODE)).hasMessageStartingWith("No class has that code");
    }

    @Test
    void aMistypedCodeThatCannotBeACodeDoesNotCount() {
        aClass();
        TrainerPrincipal student = login(TestAccounts.newUser(applicationContext, Role.STUDENT));
        for (int i = 0; i < 20; i++) {
            assertThatThrownBy(() -> classes.join("K7M")).hasMessageStartingWith("No class has that code");
        }
        assertThat(student).isNotNull();
        assertThatThrownBy(() -> classes.join(NO_SUCH_CODE)).hasMessageStartingWith("No class has that code");
    }
}
