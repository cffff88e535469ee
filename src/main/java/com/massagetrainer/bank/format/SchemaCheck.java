package com.massagetrainer.bank.format;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Applies the bank's JSON Schemas (the same files authors' editors use) and locates each violation by line. */
final class SchemaCheck {

    enum Kind {
        TOPICS("topics.schema.json"), SOURCES("sources.schema.json"), QUESTIONS("questions.schema.json"),
        CASE("case.schema.json");

        final String resource;

        Kind(String resource) {
            this.resource = resource;
        }
    }

    private final java.util.Map<Kind, JsonSchema> schemas = new java.util.EnumMap<>(Kind.class);

    SchemaCheck() {
        // The case schema refers to the question schema by its $id; read it from the classpath, never the network.
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, builder -> builder
                .schemaMappers(mappers -> mappers.mapPrefix("https://massage-exam-trainer.local/schema/",
                        "classpath:bank-schema/")));
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build();
        for (Kind kind : Kind.values()) {
            try (InputStream in = SchemaCheck.class.getResourceAsStream("/bank-schema/" + kind.resource)) {
                if (in == null) {
                    throw new IllegalStateException("schema /bank-schema/" + kind.resource + " is not on the classpath");
                }
                schemas.put(kind, factory.getSchema(in, config));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Adds one problem per violation; returns true when the document satisfies the schema. */
    boolean check(Kind kind, String file, YamlDocument document, List<BankProblem> problems) {
        Set<ValidationMessage> messages = schemas.get(kind).validate(document.root());
        messages.stream()
                .sorted(Comparator.comparingInt((ValidationMessage m) -> document.lineOf(pointer(m)))
                        .thenComparing(ValidationMessage::getMessage))
                .forEach(m -> problems.add(BankProblem.error(file, document.lineOf(pointer(m)), describe(m))));
        return messages.isEmpty();
    }

    private static String pointer(ValidationMessage m) {
        String location = m.getInstanceLocation() == null ? "" : m.getInstanceLocation().toString();
        // A missing or unexpected property is reported on its parent; point at the property when it exists.
        if (m.getProperty() != null && !"required".equals(m.getType())) {
            return location + "/" + m.getProperty();
        }
        return location;
    }

    private static String describe(ValidationMessage m) {
        String where = m.getInstanceLocation() == null ? "" : m.getInstanceLocation().toString();
        String text = m.getMessage();
        if (text.startsWith(where + ":")) {
            text = text.substring(where.length() + 1).trim();
        }
        String field = where.isEmpty() ? "file" : where.substring(1).replace('/', '.');
        return "schema: " + field + ": " + text + fix(m.getType());
    }

    private static String fix(String type) {
        return switch (type == null ? "" : type) {
            case "required" -> "; add it (see question-bank/README.md)";
            case "additionalProperties" -> "; remove or rename it (check the spelling against question-bank/README.md)";
            case "enum", "const" -> "; use one of the listed values";
            case "type" -> "; quote text values, write numbers without quotes";
            case "pattern" -> "; ids use lower-case letters, digits and hyphens, texts must not be blank";
            default -> "";
        };
    }
}
