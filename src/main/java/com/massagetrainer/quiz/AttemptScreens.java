package com.massagetrainer.quiz;

import com.massagetrainer.bank.BankCatalog;

import java.util.List;

/** Builds what views see of an attempt: each question's exact version, its presentation, and only allowed scores. */
final class AttemptScreens {

    private final AttemptItemRepository items;
    private final BankCatalog bank;

    AttemptScreens(AttemptItemRepository items, BankCatalog bank) {
        this.items = items;
        this.bank = bank;
    }

    AttemptOnScreen of(Attempt attempt) {
        List<QuestionOnScreen> questions = items.findByAttemptIdOrderByPosition(attempt.getId()).stream()
                .map(i -> of(attempt, i)).toList();
        return new AttemptOnScreen(attempt.getId(), attempt.getTitle(), attempt.getMode(), attempt.getStatus(),
                attempt.getStartedAt(), attempt.getDeadline(), attempt.getFinishedAt(), attempt.getScore(),
                attempt.getPassed(), attempt.getPassMark(), attempt.isShowReview(), questions);
    }

    QuestionOnScreen of(Attempt attempt, AttemptItem item) {
        // An exam shows nothing about right and wrong until it is finished.
        boolean reveal = !attempt.getMode().isTimed() || attempt.getStatus().isFinished();
        return new QuestionOnScreen(item.getPosition(), item.getTopicId(),
                bank.topicNames().getOrDefault(item.getTopicId(), item.getTopicId()), bank.content(item.getQuestionVersionId()),
                QuizJson.strings(item.getPresentation()), QuizJson.strings(item.getResponse()), item.getAnsweredAt(),
                item.isFlagged(), reveal ? item.getScore() : null);
    }
}
