package com.massagetrainer.quiz;

import com.massagetrainer.bank.QuestionContent;

import java.time.Instant;
import java.util.List;

/**
 * One question of an attempt as a view shows it: the content of the exact version drawn, the shuffled order of
 * its parts, and the saved answer. {@link #score()} is only filled in when the student may see it.
 */
public record QuestionOnScreen(int position, String topicId, String topicName, QuestionContent question,
                               List<String> presentation, List<String> response, Instant answeredAt, boolean flagged,
                               Double score) {

    public boolean isAnswered() {
        return answeredAt != null;
    }
}
