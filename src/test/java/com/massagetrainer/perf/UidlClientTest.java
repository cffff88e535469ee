package com.massagetrainer.perf;

import com.massagetrainer.account.AccountService;
import com.massagetrainer.account.Registration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.net.URI;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The performance harness's protocol client against the real app in the normal suite, so it cannot rot unnoticed:
 * a student driven purely over HTTP signs in, starts the mock exam, and every answer it gives is in the database.
 * Same server set-up as the browser journeys (one shared context).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:journeys;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
class UidlClientTest {

    private static final String PASSWORD = "kneading-2026";

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    private String newStudent() {
        String email = "uidl-" + UUID.randomUUID() + "@example.test";
        accounts.register(new Registration("Uidl Student", email, PASSWORD, PASSWORD, ""));
        return email;
    }

    @Test
    void examTakerOverPlainHttpHasEveryAnswerSaved() throws Exception {
        String email = newStudent();
        ExamTaker taker = new ExamTaker(UidlClient.newHttpClient(), URI.create("http://localhost:" + port + "/"));
        taker.startMockExam(email, PASSWORD);
        int answered = 0;
        for (int i = 0; i < 12; i++) {
            if (taker.answer(false)) {
                answered++;
            }
            taker.next();
        }
        assertThat(answered).isGreaterThan(3);
        Integer saved = jdbc.queryForObject("""
                select count(*) from attempt_item i join attempt a on a.id = i.attempt_id
                join app_user u on u.id = a.user_id
                where u.email = ? and i.answered_at is not null and a.question_count = 100""", Integer.class, email);
        assertThat(saved).isEqualTo(answered);
    }

    @Test
    void wrongPasswordIsAnErrorNotASilentAnonymousSession() {
        String email = newStudent();
        UidlClient tab = new UidlClient(UidlClient.newHttpClient(), URI.create("http://localhost:" + port + "/"));
        assertThatThrownBy(() -> tab.signIn(email, "not-the-password"))
                .isInstanceOf(UidlClient.ProtocolException.class).hasMessageContaining("sign-in");
    }

    @Test
    void clickingAnIdThatIsNotOnThePageIsAnError() throws Exception {
        UidlClient tab = new UidlClient(UidlClient.newHttpClient(), URI.create("http://localhost:" + port + "/"));
        tab.open("login");
        assertThat(tab.has("preset-mock-exam")).isFalse();
        assertThatThrownBy(() -> tab.click("preset-mock-exam")).isInstanceOf(UidlClient.ProtocolException.class);
    }
}
