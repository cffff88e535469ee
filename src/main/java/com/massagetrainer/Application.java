package com.massagetrainer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.random.RandomGenerator;

@SpringBootApplication
@EnableScheduling
public class Application {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    /** The one source of "now": services take it by injection so tests can move time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Seeds for quiz draws; a bean so tests can make draws repeatable. */
    @Bean
    RandomGenerator quizSeeds() {
        return new SecureRandom();
    }
}
