package com.massagetrainer.bank.format;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.massagetrainer.bank.QuestionBank;
import com.massagetrainer.bank.QuestionContent;
import com.massagetrainer.bank.SourceArticle;
import com.massagetrainer.bank.TopicDefinition;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads and checks a bank folder ({@code topics.yaml}, {@code sources.yaml}, {@code questions/*.yaml} and the
 * optional {@code cases/*.yaml}): YAML
 * hygiene, the JSON Schemas, then the rules a schema can't express ({@link BankRules}). Plain Java so the same
 * check runs in tests, from the command line and at start-up.
 */
public final class BankValidator {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final SchemaCheck schemas = new SchemaCheck();
    private final Path articles;

    /** Validates without the copy check (the app's start-up). */
    public BankValidator() {
        this(null);
    }

    /** Validates and runs the copy check against the articles in this folder (the bank check and the tests). */
    public BankValidator(Path articles) {
        this.articles = articles;
    }

    /** Where the articles are next to a checkout: {@code <repository>/../shared/articles}. */
    public static Path articlesBeside(Path bankDir) {
        Path repository = bankDir.toAbsolutePath().normalize().getParent();
        return repository == null ? Path.of("shared", "articles") : repository.resolveSibling("shared").resolve("articles");
    }

    public BankValidation validate(Path bankDir) {
        List<BankProblem> problems = new ArrayList<>();
        String label = bankDir.getFileName() == null ? bankDir.toString() : bankDir.getFileName().toString();
        if (!Files.isDirectory(bankDir)) {
            problems.add(BankProblem.error(label, 1, "bank folder not found at " + bankDir.toAbsolutePath()
                    + "; run from the repository root or set trainer.bank.dir"));
            return new BankValidation(Optional.empty(), problems);
        }
        List<TopicDefinition> topics = readList(bankDir, label, "topics.yaml", SchemaCheck.Kind.TOPICS, "topics",
                TopicDefinition.class, problems).orElse(List.of());
        List<SourceArticle> sources = readList(bankDir, label, "sources.yaml", SchemaCheck.Kind.SOURCES, "sources",
                SourceArticle.class, problems).orElse(List.of());

        List<BankProblem> lint = new ArrayList<>();
        ItemLint itemLint = itemLint(label, sources, lint);
        BankRules rules = new BankRules(topics, sources, problems, itemLint, lint);
        rules.checkTopics(label + "/topics.yaml", lines(bankDir, label, "topics.yaml"));
        rules.checkSources(label + "/sources.yaml");

        Path questionDir = bankDir.resolve("questions");
        List<Path> files = questionFiles(questionDir, label, problems);
        for (Path path : files) {
            String file = label + "/questions/" + path.getFileName();
            rules.questionFileFound(stem(path));
            read(path, file, problems).ifPresent(document -> {
                if (schemas.check(SchemaCheck.Kind.QUESTIONS, file, document, problems)) {
                    rules.checkQuestionFile(file, stem(path), document, convert(document.root(), QuestionFile.class));
                }
            });
        }
        CaseRules caseRules = new CaseRules(rules, problems);
        for (Path path : caseFiles(bankDir.resolve("cases"), label, problems)) {
            String file = label + "/cases/" + path.getFileName();
            read(path, file, problems).ifPresent(document -> {
                if (schemas.check(SchemaCheck.Kind.CASE, file, document, problems)) {
                    caseRules.checkCaseFile(file, stem(path), document, convert(document.root(), CaseFile.class));
                }
            });
        }
        rules.checkSamePoints(caseRules.cases());
        rules.checkAcrossFiles(label);
        boolean hasErrors = problems.stream().anyMatch(BankProblem::isError);
        Optional<QuestionBank> bank = hasErrors ? Optional.empty()
                : Optional.of(new QuestionBank(topics, sources, rules.questions(), caseRules.cases()));
        Optional<BankLint.Result> measures = bank.map(b -> BankLint.measure(b.questions(), rules.findings(),
                itemLint.checksCopies()));
        return new BankValidation(bank, problems, lint, measures);
    }

    private ItemLint itemLint(String label, List<SourceArticle> sources, List<BankProblem> lint) {
        if (articles == null) {
            return ItemLint.standard();
        }
        Optional<ArticleCorpus> corpus = ItemLint.readArticles(articles, sources);
        if (corpus.isEmpty()) {
            lint.add(BankProblem.warning(label + "/sources.yaml", 1, "the articles named in sources.yaml are not all in "
                    + articles.toAbsolutePath().normalize() + "; the copy check is skipped"));
            return ItemLint.standard();
        }
        return ItemLint.withArticles(corpus.get());
    }

    private <T> Optional<List<T>> readList(Path dir, String label, String name, SchemaCheck.Kind kind, String field,
                                           Class<T> type, List<BankProblem> problems) {
        String file = label + "/" + name;
        Optional<YamlDocument> document = read(dir.resolve(name), file, problems);
        if (document.isEmpty() || !schemas.check(kind, file, document.get(), problems)) {
            return Optional.empty();
        }
        List<T> items = new ArrayList<>();
        for (JsonNode node : document.get().root().get(field)) {
            items.add(convert(node, type));
        }
        return Optional.of(items);
    }

    private Optional<YamlDocument> lines(Path dir, String label, String name) {
        return read(dir.resolve(name), label + "/" + name, new ArrayList<>());
    }

    private static Optional<YamlDocument> read(Path path, String file, List<BankProblem> problems) {
        if (!Files.isRegularFile(path)) {
            problems.add(BankProblem.error(file, 1, "file not found; every bank needs it (see question-bank/README.md)"));
            return Optional.empty();
        }
        try {
            long size = Files.size(path);
            if (size > YamlDocument.MAX_BYTES) {
                problems.add(BankProblem.error(file, 1, "the file is " + size / 1024 + " KiB; bank files may be at most "
                        + YamlDocument.MAX_BYTES / 1024 + " KiB, split the topic's questions"));
                return Optional.empty();
            }
            return YamlDocument.parse(file, Files.readAllBytes(path), problems);
        } catch (IOException e) {
            problems.add(BankProblem.error(file, 1, "could not be read: " + e.getMessage()));
            return Optional.empty();
        }
    }

    private static List<Path> questionFiles(Path dir, String label, List<BankProblem> problems) {
        if (!Files.isDirectory(dir)) {
            problems.add(BankProblem.error(label + "/questions", 1, "folder not found; put one YAML file per topic there"));
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            List<Path> all = list.sorted().toList();
            for (Path p : all) {
                String name = p.getFileName().toString();
                if (!name.endsWith(".yaml") && !name.startsWith(".")) {
                    problems.add(BankProblem.warning(label + "/questions/" + name, 1,
                            "ignored: only .yaml files are read; rename it to <topic-id>.yaml or move it out"));
                }
            }
            return all.stream().filter(p -> p.getFileName().toString().endsWith(".yaml")).toList();
        } catch (IOException e) {
            problems.add(BankProblem.error(label + "/questions", 1, "could not be listed: " + e.getMessage()));
            return List.of();
        }
    }

    /** The case files: the folder is optional (a bank without case sets has none). */
    private static List<Path> caseFiles(Path dir, String label, List<BankProblem> problems) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            List<Path> all = list.sorted().toList();
            for (Path p : all) {
                String name = p.getFileName().toString();
                if (!name.endsWith(".yaml") && !name.startsWith(".")) {
                    problems.add(BankProblem.warning(label + "/cases/" + name, 1,
                            "ignored: only .yaml files are read; rename it to <case-id>.yaml or move it out"));
                }
            }
            return all.stream().filter(p -> p.getFileName().toString().endsWith(".yaml")).toList();
        } catch (IOException e) {
            problems.add(BankProblem.error(label + "/cases", 1, "could not be listed: " + e.getMessage()));
            return List.of();
        }
    }

    private static String stem(Path path) {
        String name = path.getFileName().toString();
        return name.substring(0, name.length() - ".yaml".length());
    }

    private static <T> T convert(JsonNode node, Class<T> type) {
        try {
            return MAPPER.treeToValue(node, type);
        } catch (IOException e) {
            // The schema has already accepted the node, so this is a bug in the schema/record pairing.
            throw new IllegalStateException("schema accepted a " + type.getSimpleName() + " that cannot be read", e);
        }
    }

    /** The shape of one cases/*.yaml file. */
    record CaseFile(String id, String title, String scenario, List<QuestionContent> questions) {
    }

    /** The shape of one questions/*.yaml file. */
    record QuestionFile(String topic, List<QuestionContent> questions) {
    }
}
