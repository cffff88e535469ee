package com.massagetrainer.journey;

import com.massagetrainer.account.AccountService;
import com.massagetrainer.account.Registration;
import com.massagetrainer.account.TestAccounts;
import com.massagetrainer.bank.BankCatalog;
import com.massagetrainer.bank.QuestionType;
import com.massagetrainer.quiz.QuizFixtures;
import com.massagetrainer.quiz.QuizMode;
import com.massagetrainer.quiz.QuizService;
import com.massagetrainer.quiz.QuizSpec;
import org.springframework.context.ApplicationContext;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Sets up data for journeys through the services of the server under test. */
final class JourneySupport {

    static final String PASSWORD = "kneading-2026";

    private JourneySupport() {
    }

    static String newStudent(ApplicationContext context) {
        String email = "walker-" + UUID.randomUUID() + "@example.org";
        context.getBean(AccountService.class).register(new Registration("Wes Walker", email, PASSWORD, PASSWORD, ""));
        return email;
    }

    /** Starts a quiz for the student with the given question types, in this order of ids. */
    static long startQuiz(ApplicationContext context, String email, QuizMode mode, Integer minutes, QuestionType... types) {
        BankCatalog bank = context.getBean(BankCatalog.class);
        List<String> ids = new ArrayList<>();
        for (QuestionType type : types) {
            ids.add(QuizFixtures.questionsOfType(bank, type, 5).get(ids.size() % 5));
        }
        TestAccounts.signIn(TestAccounts.principal(context, email));
        try {
            return context.getBean(QuizService.class).start(new QuizSpec("Journey quiz", mode, List.of(), ids.size(),
                    minutes, null, false, ids));
        } finally {
            TestAccounts.signOut();
        }
    }
}
