package com.massagetrainer.bank.format;

import com.massagetrainer.bank.QuestionContent;
import com.massagetrainer.bank.QuestionType;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Expected scores (0–1, the app's scoring rules) of the {@link TestWiseStrategy test-wise} and the
 * {@link BlindGuess blind} student over a bank, overall and per question type. Each question counts once.
 */
public final class GuessingScores {

    /** Mean expected scores over {@code count} questions. */
    public record Scores(int count, double testWise, double blind) {
        /** Test-wise minus blind, in percentage points. */
        public double gainPoints() {
            return 100 * (testWise - blind);
        }
    }

    private final Scores overall;
    private final Map<QuestionType, Scores> byType = new EnumMap<>(QuestionType.class);

    public GuessingScores(List<QuestionContent> bank) {
        TestWiseStrategy strategy = TestWiseStrategy.learnedFrom(bank);
        Map<QuestionType, double[]> sums = new EnumMap<>(QuestionType.class);
        double testWise = 0;
        double blind = 0;
        for (QuestionContent q : bank) {
            double t = Guess.expectedScore(q, strategy.answer(q));
            double b = Guess.expectedScore(q, BlindGuess.answer(q));
            double[] s = sums.computeIfAbsent(q.type(), k -> new double[3]);
            s[0]++;
            s[1] += t;
            s[2] += b;
            testWise += t;
            blind += b;
        }
        int n = bank.size();
        overall = new Scores(n, n == 0 ? 0 : testWise / n, n == 0 ? 0 : blind / n);
        sums.forEach((type, s) -> byType.put(type, new Scores((int) s[0], s[1] / s[0], s[2] / s[0])));
    }

    public Scores overall() {
        return overall;
    }

    /** Per question type present in the bank, in the order of {@link QuestionType}. */
    public Map<QuestionType, Scores> byType() {
        return Map.copyOf(byType);
    }

    public Scores of(QuestionType type) {
        return byType.get(type);
    }
}
