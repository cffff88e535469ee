package com.massagetrainer.bank.format;

import com.massagetrainer.bank.QuestionContent;
import com.massagetrainer.bank.QuestionContent.Citation;
import com.massagetrainer.bank.QuestionContent.Option;
import com.massagetrainer.bank.QuestionType;
import com.massagetrainer.bank.SourceArticle;
import com.massagetrainer.bank.TopicDefinition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The rules a JSON Schema cannot express: uniqueness, key counts, resolvable citations, banned option wording. */
final class BankRules {

    private static final Pattern ABOVE = Pattern.compile("\\b(all|none|both|neither) of the (above|options|answers)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final int TOTAL_WEIGHT = 100;

    private final Map<String, TopicDefinition> topics;
    private final Map<String, SourceArticle> sources;
    private final List<BankProblem> problems;
    private final List<QuestionContent> questions = new ArrayList<>();
    private final Map<String, String> questionIdSeenAt = new HashMap<>();
    private final Map<String, String> stemSeenAt = new HashMap<>();
    private final Set<String> topicsWithFile = new HashSet<>();
    private final List<TopicDefinition> topicList;

    private final Set<String> questionFiles = new HashSet<>();
    private final ItemLint itemLint;
    private final List<BankProblem> lint;
    private final Map<String, List<ItemFinding>> findings = new java.util.LinkedHashMap<>();
    private final SamePointRules samePoint = new SamePointRules();

    /** {@code lint} receives the item-writing warnings, located by file:line, apart from the format problems. */
    BankRules(List<TopicDefinition> topics, List<SourceArticle> sources, List<BankProblem> problems, ItemLint itemLint,
              List<BankProblem> lint) {
        this.itemLint = itemLint;
        this.lint = lint;
        this.topicList = topics;
        this.topics = topics.stream().collect(Collectors.toMap(TopicDefinition::id, Function.identity(), (a, b) -> a));
        this.sources = sources.stream().collect(Collectors.toMap(SourceArticle::id, Function.identity(), (a, b) -> a));
        this.problems = problems;
    }

    List<QuestionContent> questions() {
        return List.copyOf(questions);
    }

    /** What the item rules found, by question id. */
    Map<String, List<ItemFinding>> findings() {
        return findings;
    }

    /** A file questions/{@code topic}.yaml exists, whether or not it can be read. */
    void questionFileFound(String topic) {
        questionFiles.add(topic);
    }

    void checkTopics(String file, Optional<YamlDocument> document) {
        Set<String> ids = new HashSet<>();
        int sum = 0;
        for (int i = 0; i < topicList.size(); i++) {
            TopicDefinition topic = topicList.get(i);
            String pointer = "/topics/" + i + "/id";
            int line = document.map(d -> d.lineOf(pointer)).orElse(1);
            if (!ids.add(topic.id())) {
                problems.add(BankProblem.error(file, line, "topic id '" + topic.id() + "' is used twice; topic ids must be unique"));
            }
            sum += topic.weight();
        }
        if (!topicList.isEmpty() && sum != TOTAL_WEIGHT) {
            problems.add(BankProblem.error(file, 1, "the topic weights add up to " + sum + "; make them add up to "
                    + TOTAL_WEIGHT + " (each weight is the topic's percentage of the blueprint)"));
        }
    }

    void checkSources(String file) {
        for (SourceArticle source : sources.values()) {
            Set<String> sections = new HashSet<>();
            for (String section : source.sections()) {
                if (!sections.add(section)) {
                    problems.add(BankProblem.error(file, 1, "source '" + source.id() + "' lists section '" + section
                            + "' twice; list each heading once"));
                }
            }
        }
    }

    void checkQuestionFile(String file, String fileTopic, YamlDocument document, BankValidator.QuestionFile content) {
        if (!content.topic().equals(fileTopic)) {
            problems.add(BankProblem.error(file, document.lineOf("/topic"), "topic '" + content.topic()
                    + "' does not match the file name; name the file " + content.topic() + ".yaml or fix the topic"));
        }
        if (!topics.containsKey(content.topic())) {
            problems.add(BankProblem.error(file, document.lineOf("/topic"), "unknown topic '" + content.topic()
                    + "'; use one of the ids in topics.yaml: " + String.join(", ", topics.keySet().stream().sorted().toList())));
        }
        if (!topicsWithFile.add(content.topic())) {
            problems.add(BankProblem.error(file, document.lineOf("/topic"), "a second file for topic '" + content.topic()
                    + "'; keep one file per topic"));
        }
        for (int i = 0; i < content.questions().size(); i++) {
            QuestionContent q = content.questions().get(i);
            Located at = new Located(file, document, "/questions/" + i);
            if (q.topic() != null && !q.topic().equals(content.topic())) {
                problems.add(at.error("topic", "question topic '" + q.topic() + "' differs from the file's topic '"
                        + content.topic() + "'; move the question to " + q.topic() + ".yaml or remove its topic line"));
            }
            checkQuestion(q, at);
            questions.add(q.withTopic(content.topic()));
        }
    }

    /**
     * A question of a case file: every rule of a topic file's question applies; it names its own topic and counts
     * toward it. Stems are compared together with the case's scenario, as for a question with its own scenario.
     */
    void checkLinkedQuestion(String file, YamlDocument document, String pointer, QuestionContent q, String scenario) {
        Located at = new Located(file, document, pointer);
        if (!topics.containsKey(q.topic())) {
            problems.add(at.error("topic", "unknown topic '" + q.topic() + "'; use one of the ids in topics.yaml: "
                    + String.join(", ", topics.keySet().stream().sorted().toList())));
        }
        checkQuestion(q.withScenario(scenario), at);
        questions.add(q);
    }

    private void checkQuestion(QuestionContent q, Located at) {
        String previous = questionIdSeenAt.putIfAbsent(q.id(), at.where("id"));
        if (previous != null) {
            problems.add(at.error("id", "question id '" + q.id() + "' is already used at " + previous
                    + "; give this question a new id"));
        }
        samePoint.declare(q, at.file(), at.document(), at.pointer());
        String stemKey = normalise((q.scenario() == null ? "" : q.scenario()) + " " + q.stem());
        String sameStem = stemSeenAt.putIfAbsent(stemKey, at.where("stem"));
        if (sameStem != null) {
            problems.add(at.error("stem", "the same stem is already used at " + sameStem + "; reword one of them"));
        }
        switch (q.type()) {
            case SINGLE -> checkKeyCount(q, at, 1, 1, 3);
            case TRUE_FALSE -> checkTrueFalse(q, at);
            case MULTIPLE -> checkKeyCount(q, at, 2, q.options().size() - 1, 3);
            case MATCHING -> {
                checkUnique(q.pairs().stream().map(QuestionContent.MatchPair::id).toList(), at, "pairs", "pair id");
                checkUnique(q.pairs().stream().map(p -> normalise(p.left())).toList(), at, "pairs", "left-hand text");
                checkUnique(q.pairs().stream().map(p -> normalise(p.right())).toList(), at, "pairs", "right-hand text");
            }
            case ORDERING -> {
                checkUnique(q.sequence().stream().map(QuestionContent.OrderStep::id).toList(), at, "sequence", "step id");
                checkUnique(q.sequence().stream().map(s -> normalise(s.text())).toList(), at, "sequence", "step text");
            }
        }
        if (q.type().usesOptions()) {
            checkUnique(q.options().stream().map(Option::id).toList(), at, "options", "option id");
            checkUnique(q.options().stream().map(o -> normalise(o.text())).toList(), at, "options", "option text");
            for (int j = 0; j < q.options().size(); j++) {
                if (ABOVE.matcher(q.options().get(j).text()).find()) {
                    problems.add(at.error("options/" + j + "/text", "options like 'all/none of the above' are not "
                            + "allowed (options are shuffled, and they test test-taking, not knowledge); write a real option"));
                }
            }
        }
        for (int j = 0; j < q.citations().size(); j++) {
            checkCitation(q.citations().get(j), at, "citations/" + j);
        }
        List<ItemFinding> found = itemLint.check(q);
        if (!found.isEmpty()) {
            findings.merge(q.id(), found, (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList());
            found.forEach(f -> lint.add(at.warning(f.field(), f.message() + " [" + f.rule() + "]")));
        }
    }

    private void checkKeyCount(QuestionContent q, Located at, int minKeys, int maxKeys, int minOptions) {
        long keys = q.options().stream().filter(Option::correct).count();
        String kind = q.type().yamlName();
        if (q.options().size() < minOptions) {
            problems.add(at.error("options", kind + " questions need at least " + minOptions + " options, this one has "
                    + q.options().size() + "; add plausible distractors"));
        } else if (q.type() == QuestionType.SINGLE && q.options().size() == 3) {
            problems.add(at.warning("options", "3 options; 4 are preferred"));
        }
        if (q.type() == QuestionType.SINGLE && keys != 1) {
            problems.add(at.error("options", "single questions have exactly one correct option, this one has " + keys
                    + "; mark exactly one with correct: true"));
        } else if (q.type() == QuestionType.MULTIPLE && (keys < minKeys || keys > maxKeys)) {
            problems.add(at.error("options", "multiple questions have at least two correct options and at least one "
                    + "wrong one, this one has " + keys + " correct of " + q.options().size()
                    + "; use type single for one key"));
        }
    }

    private void checkTrueFalse(QuestionContent q, Located at) {
        Set<String> ids = q.options().stream().map(Option::id).collect(Collectors.toSet());
        if (q.options().size() != 2 || !ids.equals(Set.of("true", "false"))) {
            problems.add(at.error("options", "true_false questions have exactly two options with ids \"true\" and "
                    + "\"false\" (quote them); found " + q.options().stream().map(Option::id).toList()));
            return;
        }
        long keys = q.options().stream().filter(Option::correct).count();
        if (keys != 1) {
            problems.add(at.error("options", "true_false questions have exactly one correct option, this one has "
                    + keys + "; mark either \"true\" or \"false\" as correct"));
        }
    }

    private void checkUnique(List<String> values, Located at, String field, String what) {
        Set<String> seen = new HashSet<>();
        for (int j = 0; j < values.size(); j++) {
            if (!seen.add(values.get(j))) {
                problems.add(at.error(field + "/" + j, "the same " + what + " appears twice in this question; make each one distinct"));
            }
        }
    }

    private void checkCitation(Citation citation, Located at, String field) {
        SourceArticle source = sources.get(citation.source());
        if (source == null) {
            problems.add(at.error(field + "/source", "citation names unknown source '" + citation.source()
                    + "'; use one of the ids in sources.yaml: " + String.join(", ", sources.keySet().stream().sorted().toList())));
        } else if (!source.sections().contains(citation.section())) {
            problems.add(at.error(field + "/section", "source '" + source.id() + "' has no section '" + citation.section()
                    + "'; copy the heading exactly from sources.yaml"));
        }
    }

    /** The same-point declarations, once every question and case is read. */
    void checkSamePoints(List<com.massagetrainer.bank.CaseSet> cases) {
        samePoint.check(questionIdSeenAt.keySet(), cases, problems);
    }

    void checkAcrossFiles(String label) {
        // A topic without questions cannot be drawn; say so rather than let quizzes come up short. A file that is
        // there but could not be read has its own error already: a second message would only mislead.
        for (String topic : topics.keySet()) {
            if (!topicsWithFile.contains(topic) && !questionFiles.contains(topic)) {
                problems.add(BankProblem.warning(label + "/questions/" + topic + ".yaml", 1,
                        "topic '" + topic + "' has no question file yet"));
            }
        }
    }

    static String normalise(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    /** Where a question sits in its file, so a rule can name the line of the field it objects to. */
    private record Located(String file, YamlDocument document, String pointer) {
        BankProblem error(String field, String message) {
            return BankProblem.error(file, document.lineOf(pointer + "/" + field), message);
        }

        BankProblem warning(String field, String message) {
            return BankProblem.warning(file, document.lineOf(pointer + "/" + field), message);
        }

        String where(String field) {
            return file + ":" + document.lineOf(pointer + "/" + field);
        }
    }
}
