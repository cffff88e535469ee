package com.massagetrainer.quiz;

import java.util.List;

/**
 * One question of a drawn quiz: which version, in which position, and how its parts are shown (the shuffled order of
 * option ids, of the right-hand texts of a matching question, or the starting order of an ordering question).
 */
public record DrawnItem(int position, String questionId, long versionId, String topicId, List<String> presentation) {
}
