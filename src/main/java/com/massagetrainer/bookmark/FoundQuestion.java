package com.massagetrainer.bookmark;

/** A question the student has seen, as a list of stars or search results shows it. */
public record FoundQuestion(String questionId, String topicName, String stem, String explanation, boolean starred) {
}
