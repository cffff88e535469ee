package com.massagetrainer.quiz;

import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * An attempt as the quiz and results views show it. {@code questions} holds only what the student may see: in a
 * sequential (certification) attempt still in progress, just the current question; after an attempt whose review is
 * hidden ({@code reviewAllowed} false), none (the score and {@code topics} only). {@code count} and
 * {@code answered} count all of the attempt's questions.
 */
public record AttemptOnScreen(long id, String title, QuizMode mode, AttemptStatus status, Instant startedAt,
                              Instant deadline, Instant finishedAt, Double score, Boolean passed, int passMark,
                              boolean reviewAllowed, boolean sequential, int count, int answered,
                              List<QuestionOnScreen> questions, List<TopicResult> topics) {

    /**
     * Where to resume: in a sequential attempt the one question handed out; otherwise the first unanswered
     * question, or the last one when all are answered.
     */
    public int resumePosition() {
        if (sequential && !questions.isEmpty()) {
            return questions.get(0).position();
        }
        return questions.stream().filter(q -> !q.isAnswered()).map(QuestionOnScreen::position).findFirst()
                .orElse(questions.isEmpty() ? 1 : questions.get(questions.size() - 1).position());
    }

    /** The same attempt with one question replaced by its saved state (after an answer or a flag). */
    public AttemptOnScreen with(QuestionOnScreen changed) {
        int nowAnswered = answered;
        for (QuestionOnScreen q : questions) {
            if (q.position() == changed.position() && q.isAnswered() != changed.isAnswered()) {
                nowAnswered += changed.isAnswered() ? 1 : -1;
            }
        }
        List<QuestionOnScreen> updated = questions.stream()
                .map(q -> q.position() == changed.position() ? changed : q).toList();
        return new AttemptOnScreen(id, title, mode, status, startedAt, deadline, finishedAt, score, passed, passMark,
                reviewAllowed, sequential, count, nowAnswered, updated, topics);
    }

    /** The question at this position, if the student may see it. */
    public QuestionOnScreen at(int position) {
        return questions.stream().filter(q -> q.position() == position).findFirst()
                .orElseThrow(() -> new NoSuchElementException("Question " + position + " is not on screen."));
    }

    public Optional<Instant> deadlineOpt() {
        return Optional.ofNullable(deadline);
    }
}
