package com.massagetrainer.quiz;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An attempt as the quiz and results views show it. {@code reviewAllowed} false: after submitting, the student sees
 * the score and per-topic results but not the keys and explanations (an instructor's choice for an assignment).
 */
public record AttemptOnScreen(long id, String title, QuizMode mode, AttemptStatus status, Instant startedAt,
                              Instant deadline, Instant finishedAt, Double score, Boolean passed, int passMark,
                              boolean reviewAllowed, List<QuestionOnScreen> questions) {

    public int count() {
        return questions.size();
    }

    public long answered() {
        return questions.stream().filter(QuestionOnScreen::isAnswered).count();
    }

    /**
     * Where to resume: the first unanswered question, or the last one when all are answered; in a linear
     * (certification) exam, the question after the last one answered, since earlier ones are closed.
     */
    public int resumePosition() {
        if (mode.isLinear()) {
            int last = questions.stream().filter(QuestionOnScreen::isAnswered).mapToInt(QuestionOnScreen::position)
                    .max().orElse(0);
            return Math.min(last + 1, Math.max(1, questions.size()));
        }
        return questions.stream().filter(q -> !q.isAnswered()).map(QuestionOnScreen::position).findFirst()
                .orElse(questions.isEmpty() ? 1 : questions.get(questions.size() - 1).position());
    }

    /** The same attempt with one question replaced by its saved state (after an answer or a flag). */
    public AttemptOnScreen with(QuestionOnScreen changed) {
        List<QuestionOnScreen> updated = questions.stream()
                .map(q -> q.position() == changed.position() ? changed : q).toList();
        return new AttemptOnScreen(id, title, mode, status, startedAt, deadline, finishedAt, score, passed, passMark,
                reviewAllowed, updated);
    }

    public QuestionOnScreen at(int position) {
        return questions.get(position - 1);
    }

    public Optional<Instant> deadlineOpt() {
        return Optional.ofNullable(deadline);
    }
}
