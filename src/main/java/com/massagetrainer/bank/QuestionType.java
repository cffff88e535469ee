package com.massagetrainer.bank;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** The kinds of question the bank holds; the YAML name is the lower-case form. */
public enum QuestionType {
    SINGLE("Single answer"),
    MULTIPLE("Select all that apply"),
    TRUE_FALSE("True or false"),
    MATCHING("Matching"),
    ORDERING("Put in order");

    private final String label;

    QuestionType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @JsonValue
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static QuestionType fromYaml(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    public boolean usesOptions() {
        return this == SINGLE || this == MULTIPLE || this == TRUE_FALSE;
    }
}
