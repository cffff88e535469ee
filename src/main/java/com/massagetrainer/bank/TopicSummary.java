package com.massagetrainer.bank;

/** A topic as the home view lists it: what it covers and how many questions can be drawn from it. */
public record TopicSummary(String id, String name, String description, String contentArea, int weight,
                           long questionCount) {
}
