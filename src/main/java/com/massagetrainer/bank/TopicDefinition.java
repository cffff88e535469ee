package com.massagetrainer.bank;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A topic as defined in topics.yaml; {@code weight} is its share of the exam blueprint. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TopicDefinition(String id, String name, String description, String contentArea, int weight) {
}
