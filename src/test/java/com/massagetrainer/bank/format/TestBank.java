package com.massagetrainer.bank.format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small bank folders for tests: a valid minimal bank, then each test breaks one thing. */
public final class TestBank {

    public static final String TOPICS = """
            topics:
              - id: anatomy
                name: Upper-back anatomy
                description: Muscles of the upper back.
                contentArea: Anatomy
                weight: 60
              - id: strokes
                name: Strokes
                description: How strokes are done.
                contentArea: Techniques
                weight: 40
            """;

    public static final String SOURCES = """
            sources:
              - id: how-to
                title: How to Massage the Upper Back
                sections:
                  - Partner Massage Techniques
                  - Preparing the Massage Environment
            """;

    public static final String ANATOMY = """
            topic: anatomy
            questions:
              - id: anatomy-001
                type: single
                difficulty: 1
                cognitive: recall
                stem: Which muscle lies between the shoulder blades?
                options:
                  - id: a
                    text: Rhomboids
                    correct: true
                    rationale: They connect the spine to the shoulder blades.
                  - id: b
                    text: Quadriceps
                    correct: false
                    rationale: These are thigh muscles.
                  - id: c
                    text: Biceps
                    correct: false
                    rationale: This is an arm muscle.
                  - id: d
                    text: Calf
                    correct: false
                    rationale: This is a leg muscle.
                explanation: The rhomboids sit between the shoulder blades.
                citations:
                  - source: how-to
                    section: Partner Massage Techniques
            """;

    public static final String STROKES = """
            topic: strokes
            questions:
              - id: strokes-001
                type: true_false
                difficulty: 2
                cognitive: recall
                stem: Effleurage uses long gliding strokes.
                options:
                  - id: "true"
                    text: "True"
                    correct: true
                    rationale: Gliding strokes define effleurage.
                  - id: "false"
                    text: "False"
                    correct: false
                    rationale: It is not kneading.
                explanation: Effleurage glides.
                citations:
                  - source: how-to
                    section: Partner Massage Techniques
            """;

    private final Path dir;

    private TestBank(Path dir) {
        this.dir = dir;
    }

    /** A valid bank with two topics and one question each. */
    public static TestBank valid(Path parent) {
        TestBank bank = new TestBank(parent.resolve("question-bank"));
        bank.write("topics.yaml", TOPICS).write("sources.yaml", SOURCES)
                .write("questions/anatomy.yaml", ANATOMY).write("questions/strokes.yaml", STROKES);
        return bank;
    }

    public Path dir() {
        return dir;
    }

    public TestBank write(String name, String text) {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    public TestBank write(String name, byte[] bytes) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the first occurrence of {@code from} in a file of the bank. */
    public TestBank edit(String name, String from, String to) {
        try {
            Path file = dir.resolve(name);
            String text = Files.readString(file);
            if (!text.contains(from)) {
                throw new IllegalArgumentException(name + " does not contain " + from);
            }
            return write(name, text.replaceFirst(java.util.regex.Pattern.quote(from),
                    java.util.regex.Matcher.quoteReplacement(to)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
