package com.massagetrainer.quiz;

import com.massagetrainer.bank.BankCatalog;
import com.massagetrainer.bank.CurrentQuestion;
import com.massagetrainer.bank.QuestionType;
import com.massagetrainer.bank.Scoring;

import java.util.List;

/** Picks real bank questions of given types for tests, and answers them right or wrong. */
public final class QuizFixtures {

    private QuizFixtures() {
    }

    /** Ids of {@code n} current questions of this type, in a stable order. */
    public static List<String> questionsOfType(BankCatalog bank, QuestionType type, int n) {
        List<String> topics = bank.topics().stream().map(t -> t.getId()).toList();
        return bank.currentQuestions(topics, List.of(1, 2, 3)).stream().filter(q -> q.type() == type)
                .map(CurrentQuestion::questionId).sorted().limit(n).toList();
    }

    public static List<String> rightAnswer(QuestionOnScreen q) {
        return Scoring.key(q.question());
    }

    /** An answer that scores 0 on any question type (wrong options only; every pair or step out of place). */
    public static List<String> zeroAnswer(QuestionOnScreen q) {
        return switch (q.question().type()) {
            case SINGLE, TRUE_FALSE, MULTIPLE -> wrongAnswer(q);
            case MATCHING -> {
                List<String> ids = q.question().pairs().stream().map(p -> p.id()).toList();
                yield java.util.stream.IntStream.range(0, ids.size())
                        .mapToObj(i -> ids.get(i) + "=" + ids.get((i + 1) % ids.size())).toList();
            }
            case ORDERING -> {
                List<String> ids = Scoring.key(q.question());
                List<String> rotated = new java.util.ArrayList<>(ids.subList(1, ids.size()));
                rotated.add(ids.get(0));
                yield rotated;
            }
        };
    }

    /**
     * Answers a sequential attempt one question at a time, as the service hands them out: the first {@code right}
     * right, the rest with answers scoring 0, moving on after each.
     */
    public static void answerInTurn(QuizService quizzes, long attemptId, int right) {
        while (true) {
            AttemptOnScreen a = quizzes.open(attemptId);
            QuestionOnScreen q = a.at(a.resumePosition());
            quizzes.answer(attemptId, q.position(), q.position() <= right ? rightAnswer(q) : zeroAnswer(q));
            if (q.position() == a.count()) {
                return;
            }
            quizzes.next(attemptId);
        }
    }

    /** A wrong answer for a single-answer question. */
    public static List<String> wrongAnswer(QuestionOnScreen q) {
        return q.question().options().stream().filter(o -> !o.correct()).map(o -> o.id()).limit(1).toList();
    }
}
