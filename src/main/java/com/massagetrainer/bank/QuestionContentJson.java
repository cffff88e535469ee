package com.massagetrainer.bank;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Canonical JSON for question content, and the hash that tells whether an authored question changed. */
public final class QuestionContentJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private QuestionContentJson() {
    }

    public static String write(QuestionContent content) {
        try {
            return MAPPER.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("question " + content.id() + " cannot be written as JSON", e);
        }
    }

    public static QuestionContent read(String json) {
        try {
            return MAPPER.readValue(json, QuestionContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored question content cannot be read", e);
        }
    }

    /** A list of question ids as a JSON array (a case's questions in case order). */
    public static String writeIds(java.util.List<String> ids) {
        try {
            return MAPPER.writeValueAsString(ids);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static java.util.List<String> readIds(String json) {
        try {
            return java.util.List.of(MAPPER.readValue(json, String[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored question ids cannot be read", e);
        }
    }

    public static String hash(String json) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
