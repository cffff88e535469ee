package com.massagetrainer.bank.format;

import com.massagetrainer.bank.CaseSet;
import com.massagetrainer.bank.QuestionBank;
import com.massagetrainer.bank.QuestionContent;
import com.massagetrainer.bank.QuestionType;
import com.massagetrainer.bank.SamePoint;
import com.massagetrainer.bank.SourceArticle;
import com.massagetrainer.bank.TopicDefinition;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Numbers an author (and the [Bank] review) needs: per topic the count, types, scenarios, difficulty spread,
 * key-position spread and cited sections; the case sets and the topics their questions count toward; the article
 * sections that no question cites; and the item-writing measures ({@link BankLint}) with their goals. A case's
 * questions count in their own topics like any other question.
 */
public final class BankReport {

    /** Per-topic figures. Key positions count, for option questions, where each key stands in authored order. */
    public record TopicFigures(TopicDefinition topic, int count, Map<QuestionType, Integer> types, int scenarios,
                               int[] difficulty, Map<Integer, Integer> keyPositions, Set<String> sectionsCited) {
    }

    private final QuestionBank bank;
    private final BankLint.Result lint;
    private final List<TopicFigures> topics = new ArrayList<>();
    private final Map<String, CaseSet> linked;

    /** The report with the item-writing measures of the rules that need no articles (no copy check). */
    public BankReport(QuestionBank bank) {
        this(bank, BankLint.run(bank.questions(), ItemLint.standard()));
    }

    /** The report with the item-writing measures the validator computed ({@link BankValidation#lintResult()}). */
    public BankReport(QuestionBank bank, BankLint.Result lint) {
        this.bank = bank;
        this.lint = lint;
        this.linked = bank.caseOfQuestion();
        for (TopicDefinition topic : bank.topics()) {
            topics.add(figures(topic));
        }
    }

    /** The item-writing findings and bank-wide measures. */
    public BankLint.Result lint() {
        return lint;
    }

    public List<TopicFigures> topics() {
        return List.copyOf(topics);
    }

    public int total() {
        return bank.questions().size();
    }

    public int count(QuestionType type) {
        return (int) bank.questions().stream().filter(q -> q.type() == type).count();
    }

    /** Questions shown with a client scenario: their own, or their case's. */
    public int scenarios() {
        return (int) bank.questions().stream().filter(this::hasScenario).count();
    }

    private boolean hasScenario(QuestionContent q) {
        return q.scenario() != null || linked.containsKey(q.id());
    }

    /** The case sets: how many, and how many questions they link. */
    public int caseSets() {
        return bank.cases().size();
    }

    public int caseQuestions() {
        return linked.size();
    }

    public int[] difficulty() {
        int[] d = new int[4];
        bank.questions().forEach(q -> d[q.difficulty()]++);
        return d;
    }

    /** Where keys stand among the options of single and multiple questions (1 = first), over the whole bank. */
    public Map<Integer, Integer> keyPositions() {
        Map<Integer, Integer> all = new TreeMap<>();
        topics.forEach(t -> t.keyPositions().forEach((k, v) -> all.merge(k, v, Integer::sum)));
        return all;
    }

    /** "source-id: section" for every section of every article that no question cites. */
    public List<String> uncitedSections() {
        Set<String> cited = new LinkedHashSet<>();
        bank.questions().forEach(q -> q.citations().forEach(c -> cited.add(c.source() + ": " + c.section())));
        List<String> uncited = new ArrayList<>();
        for (SourceArticle source : bank.sources()) {
            for (String section : source.sections()) {
                if (!cited.contains(source.id() + ": " + section)) {
                    uncited.add(source.id() + ": " + section);
                }
            }
        }
        return uncited;
    }

    private TopicFigures figures(TopicDefinition topic) {
        List<QuestionContent> questions = bank.questions().stream().filter(q -> q.topic().equals(topic.id())).toList();
        Map<QuestionType, Integer> types = new EnumMap<>(QuestionType.class);
        int[] difficulty = new int[4];
        Map<Integer, Integer> keys = new TreeMap<>();
        Set<String> sections = new LinkedHashSet<>();
        int scenarios = 0;
        for (QuestionContent q : questions) {
            types.merge(q.type(), 1, Integer::sum);
            difficulty[q.difficulty()]++;
            if (hasScenario(q)) {
                scenarios++;
            }
            if (q.type() == QuestionType.SINGLE || q.type() == QuestionType.MULTIPLE) {
                for (int i = 0; i < q.options().size(); i++) {
                    if (q.options().get(i).correct()) {
                        keys.merge(i + 1, 1, Integer::sum);
                    }
                }
            }
            q.citations().forEach(c -> sections.add(c.source() + ": " + c.section()));
        }
        return new TopicFigures(topic, questions.size(), types, scenarios, difficulty, keys, sections);
    }

    /** The report as plain text, for the console and the test log. */
    public String render() {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%-28s %5s %6s %5s %5s %5s %5s %5s %9s  %-14s %s%n", "topic", "count", "single",
                "multi", "t/f", "match", "order", "scen", "diff1/2/3", "key pos 1/2/3/4", "sections"));
        for (TopicFigures t : topics) {
            out.append(String.format("%-28s %5d %6d %5d %5d %5d %5d %5d %9s  %-14s %d%n", t.topic().id(), t.count(),
                    t.types().getOrDefault(QuestionType.SINGLE, 0), t.types().getOrDefault(QuestionType.MULTIPLE, 0),
                    t.types().getOrDefault(QuestionType.TRUE_FALSE, 0), t.types().getOrDefault(QuestionType.MATCHING, 0),
                    t.types().getOrDefault(QuestionType.ORDERING, 0), t.scenarios(),
                    t.difficulty()[1] + "/" + t.difficulty()[2] + "/" + t.difficulty()[3], positions(t.keyPositions()),
                    t.sectionsCited().size()));
        }
        int[] d = difficulty();
        out.append(String.format("%-28s %5d %6d %5d %5d %5d %5d %5d %9s  %-14s%n", "TOTAL", total(),
                count(QuestionType.SINGLE), count(QuestionType.MULTIPLE), count(QuestionType.TRUE_FALSE),
                count(QuestionType.MATCHING), count(QuestionType.ORDERING), scenarios(), d[1] + "/" + d[2] + "/" + d[3],
                positions(keyPositions())));
        if (total() > 0) {
            out.append(String.format("scenarios %.0f%%; difficulty %.0f/%.0f/%.0f%%%n", 100.0 * scenarios() / total(),
                    100.0 * d[1] / total(), 100.0 * d[2] / total(), 100.0 * d[3] / total()));
        }
        out.append(caseLines());
        out.append(samePointLine());
        out.append(System.lineSeparator()).append("Sections cited per topic:").append(System.lineSeparator());
        for (TopicFigures t : topics) {
            out.append("  ").append(t.topic().id()).append(": ").append(String.join("; ", t.sectionsCited()))
                    .append(System.lineSeparator());
        }
        List<String> uncited = uncitedSections();
        out.append(System.lineSeparator()).append("Sections no question cites: ")
                .append(uncited.isEmpty() ? "none" : uncited.size()).append(System.lineSeparator());
        uncited.forEach(s -> out.append("  ").append(s).append(System.lineSeparator()));
        out.append(System.lineSeparator()).append(lint.render());
        return out.toString();
    }

    /** One line per case set: its questions and the topics they count toward. */
    private String caseLines() {
        StringBuilder out = new StringBuilder();
        out.append(System.lineSeparator()).append(String.format("Case sets: %d, linking %d questions (counted in their "
                + "topics above)%n", caseSets(), caseQuestions()));
        Map<String, QuestionContent> byId = new java.util.HashMap<>();
        bank.questions().forEach(q -> byId.put(q.id(), q));
        for (CaseSet c : bank.cases()) {
            out.append("  ").append(c.id()).append(": ").append(c.questionIds().size()).append(" questions; ")
                    .append(String.join(", ", c.questionIds().stream().map(id -> byId.get(id).topic()).toList()))
                    .append(System.lineSeparator());
        }
        return out.toString();
    }

    /** The declared same-point pairs (samePointAs), which a quiz or exam never holds both of. */
    public java.util.Set<SamePoint.Pair> samePointPairs() {
        return SamePoint.pairs(bank.questions(), QuestionContent::id, QuestionContent::samePointAs);
    }

    /** One line: how many pairs are declared, and how many of them pair a case question with another question. */
    private String samePointLine() {
        java.util.Set<SamePoint.Pair> pairs = samePointPairs();
        long withCase = pairs.stream().filter(p -> linked.containsKey(p.first()) || linked.containsKey(p.second()))
                .count();
        return String.format("Same-point pairs: %d declared (%d with a case question, %d between stand-alone "
                + "questions); never drawn together%n", pairs.size(), withCase, pairs.size() - withCase);
    }

    private static String positions(Map<Integer, Integer> keys) {
        Map<Integer, Integer> firstFour = new LinkedHashMap<>();
        for (int i = 1; i <= 4; i++) {
            firstFour.put(i, keys.getOrDefault(i, 0));
        }
        int rest = keys.entrySet().stream().filter(e -> e.getKey() > 4).mapToInt(Map.Entry::getValue).sum();
        String s = String.join("/", firstFour.values().stream().map(String::valueOf).toList());
        return rest > 0 ? s + "+" + rest : s;
    }
}
