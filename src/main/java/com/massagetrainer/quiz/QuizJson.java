package com.massagetrainer.quiz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.util.List;

/** JSON for what an attempt stores as text: the spec, presentations and responses. */
final class QuizJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder().findAndAddModules().build();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private QuizJson() {
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> strings(String json) {
        if (json == null) {
            return List.of();
        }
        try {
            return MAPPER.readValue(json, STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static QuizSpec spec(String json) {
        try {
            return MAPPER.readValue(json, QuizSpec.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
