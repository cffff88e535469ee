package com.massagetrainer.durability;

import com.massagetrainer.Application;
import com.massagetrainer.account.TestAccounts;
import com.massagetrainer.quiz.AttemptOnScreen;
import com.massagetrainer.quiz.QuestionOnScreen;
import com.massagetrainer.quiz.QuizFixtures;
import com.massagetrainer.quiz.QuizMode;
import com.massagetrainer.quiz.QuizService;
import com.massagetrainer.quiz.QuizSpec;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.List;

/**
 * Child process for the durability tests: the real application (same configuration, H2 file database) driven
 * through its services. Modes:
 * <ul>
 *   <li>{@code answer <db-url>}: answers practice questions as the demo student, printing {@code ACK attempt position}
 *   after each answer is saved, until killed;</li>
 *   <li>{@code exam <db-url>}: starts a 60-minute exam, answers two questions, prints {@code EXAM attempt}, and stops
 *   cleanly;</li>
 *   <li>{@code serve <db-url>}: just runs the app (the parent stops it).</li>
 * </ul>
 */
public final class AnswerWriter {

    private AnswerWriter() {
    }

    public static void main(String[] args) {
        String mode = args[0];
        ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run(
                "--spring.datasource.url=" + args[1], "--server.port=0", "--spring.main.banner-mode=off",
                "--logging.level.root=warn", "--logging.level.com.massagetrainer=info",
                "--trainer.quiz.expiry-check-interval=PT1H");
        System.out.println("READY");
        System.out.flush();
        if (mode.equals("serve")) {
            return;
        }
        QuizService quizzes = app.getBean(QuizService.class);
        TestAccounts.signIn(TestAccounts.principal(app, TestAccounts.STUDENT));
        if (mode.equals("exam")) {
            long id = quizzes.start(new QuizSpec("Crash exam", QuizMode.EXAM, List.of(), 5, 60, null, false, null));
            AttemptOnScreen a = quizzes.open(id);
            quizzes.answer(id, 1, QuizFixtures.rightAnswer(a.at(1)));
            quizzes.answer(id, 2, QuizFixtures.rightAnswer(a.at(2)));
            System.out.println("EXAM " + id);
            System.out.flush();
            app.close();
            return;
        }
        for (int round = 0; round < 200; round++) {
            long id = quizzes.start(QuizSpec.practice("Crash " + round, List.of(), 20));
            AttemptOnScreen a = quizzes.open(id);
            for (QuestionOnScreen q : a.questions()) {
                quizzes.answer(id, q.position(), QuizFixtures.rightAnswer(q));
                System.out.println("ACK " + id + " " + q.position());
                System.out.flush();
            }
        }
    }
}
