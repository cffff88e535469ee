package com.massagetrainer.base;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The moment the web server starts taking requests, the bank is imported and the demo accounts exist: a student
 * opening the app during start-up must not find an empty bank. Its own database, so an earlier context's import
 * cannot make this pass.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:ready-before-serving;DB_CLOSE_DELAY=-1",
                "trainer.demo-data=true"})
@ActiveProfiles("test")
@Import(ReadyBeforeServingTest.WhenServing.class)
class ReadyBeforeServingTest {

    @TestConfiguration
    static class WhenServing {
        static volatile long questions = -1;
        static volatile long demoStudents = -1;

        @Bean
        ApplicationListener<WebServerInitializedEvent> countWhenServing(JdbcTemplate jdbc) {
            return event -> {
                questions = jdbc.queryForObject("select count(*) from question where active", Long.class);
                demoStudents = jdbc.queryForObject("select count(*) from app_user where email = 'student@demo.test'",
                        Long.class);
            };
        }
    }

    @Test
    void bankAndDemoAccountsAreReadyWhenTheServerStartsServing() {
        long inTheBank = new com.massagetrainer.bank.format.BankValidator()
                .validate(java.nio.file.Path.of("question-bank")).bank().orElseThrow().questions().size();
        assertThat(WhenServing.questions).isEqualTo(inTheBank);
        assertThat(WhenServing.demoStudents).isEqualTo(1);
    }
}
