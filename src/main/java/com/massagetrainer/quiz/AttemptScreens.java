package com.massagetrainer.quiz;

import com.massagetrainer.bank.BankCatalog;
import com.massagetrainer.bank.CaseView;

import java.util.List;

/**
 * Builds what views see of an attempt: each question's exact version, its presentation, and only allowed scores.
 * What a student may see is decided here, not in the views: a sequential attempt in progress shows only its
 * current question, and a finished attempt whose review is hidden shows no question at all, only the per-topic
 * results.
 */
final class AttemptScreens {

    private final AttemptItemRepository items;
    private final BankCatalog bank;

    AttemptScreens(AttemptItemRepository items, BankCatalog bank) {
        this.items = items;
        this.bank = bank;
    }

    /** The attempt as its student may see it. */
    AttemptOnScreen of(Attempt attempt) {
        return of(attempt, false);
    }

    /** The whole attempt with every question, for an instructor's read-only review. */
    AttemptOnScreen forInstructor(Attempt attempt) {
        return of(attempt, true);
    }

    private AttemptOnScreen of(Attempt attempt, boolean instructor) {
        List<AttemptItem> all = items.findByAttemptIdOrderByPosition(attempt.getId());
        boolean finished = attempt.getStatus().isFinished();
        List<AttemptItem> shown;
        if (instructor) {
            shown = all;
        } else if (!finished && attempt.isSequential()) {
            shown = all.stream().filter(i -> i.getPosition() == attempt.getCurrentPosition()).toList();
        } else if (finished && !attempt.isShowReview()) {
            shown = List.of();
        } else {
            shown = all;
        }
        int answered = (int) all.stream().filter(i -> i.getAnsweredAt() != null).count();
        List<TopicResult> topics = finished
                ? TopicResult.of(all.stream().filter(i -> !i.isRelearn()).toList(), bank.topicNames()) : List.of();
        return new AttemptOnScreen(attempt.getId(), attempt.getTitle(), attempt.getMode(), attempt.getStatus(),
                attempt.getStartedAt(), attempt.getDeadline(), attempt.getFinishedAt(), attempt.getScore(),
                attempt.getPassed(), attempt.getPassMark(), attempt.isShowReview(), attempt.isSequential(), all.size(),
                answered, shown.stream().map(i -> of(attempt, i)).toList(), topics);
    }

    QuestionOnScreen of(Attempt attempt, AttemptItem item) {
        // An exam shows nothing about right and wrong until it is finished.
        boolean reveal = !attempt.getMode().isTimed() || attempt.getStatus().isFinished();
        return new QuestionOnScreen(item.getPosition(), item.getTopicId(),
                bank.topicNames().getOrDefault(item.getTopicId(), item.getTopicId()), bank.content(item.getQuestionVersionId()),
                QuizJson.strings(item.getPresentation()), QuizJson.strings(item.getResponse()), item.getAnsweredAt(),
                item.isFlagged(), reveal ? item.getScore() : null, caseOf(item));
    }

    private QuestionOnScreen.CaseOnScreen caseOf(AttemptItem item) {
        if (item.getCaseVersionId() == null) {
            return null;
        }
        CaseView view = bank.caseVersion(item.getCaseVersionId());
        return new QuestionOnScreen.CaseOnScreen(view.caseId(), view.title(), view.scenario(),
                view.positionOf(item.getQuestionId()), view.questionIds().size());
    }
}
