package com.massagetrainer.bank;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** What a question asks of the student: remembering a fact, applying it to a case, or weighing a case. */
public enum CognitiveLevel {
    RECALL, APPLICATION, ANALYSIS;

    @JsonValue
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static CognitiveLevel fromYaml(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
