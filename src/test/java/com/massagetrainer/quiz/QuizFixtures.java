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

    /** A wrong answer for a single-answer question. */
    public static List<String> wrongAnswer(QuestionOnScreen q) {
        return q.question().options().stream().filter(o -> !o.correct()).map(o -> o.id()).limit(1).toList();
    }
}
