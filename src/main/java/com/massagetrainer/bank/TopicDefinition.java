package com.massagetrainer.bank;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A topic as defined in topics.yaml; {@code weight} is its share of the exam blueprint; {@code shortName} (optional)
 * labels it where space is short (matrix headers), the full name stays in tooltips and legends.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TopicDefinition(String id, String name, String shortName, String description, String contentArea,
                              int weight) {

    /** The short label, or the full name when the bank gives none. */
    public String label() {
        return shortName == null || shortName.isBlank() ? name : shortName;
    }
}
