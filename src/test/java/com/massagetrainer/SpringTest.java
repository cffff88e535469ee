package com.massagetrainer;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;

import java.time.Instant;

/**
 * One Spring context for all service and view tests (no @DirtiesContext: tests use fresh users so their data does
 * not meet). Time is a {@link TestClock}, reset before each test.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(SpringTest.Clocks.class)
public abstract class SpringTest {

    public static final Instant START = Instant.parse("2026-11-02T09:00:00Z");

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock(START);
        }
    }

    @Autowired
    protected TestClock clock;

    @BeforeEach
    void resetClock() {
        clock.set(START);
        // Sign-in and join-code throttles are kept in the database against this clock: once time is wound back,
        // tries stored by earlier tests would lie in the future and slow every later test's users.
        jdbc.update("delete from attempt_limit");
    }

    @Autowired
    private org.springframework.jdbc.core.JdbcTemplate jdbc;
}
