package com.massagetrainer.bank.format;

import com.massagetrainer.bank.QuestionContent;
import com.massagetrainer.bank.QuestionContent.Option;
import com.massagetrainer.bank.QuestionType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The bank-wide item-writing measures of issue #14, each an object computing one or more {@link Measurement}s. */
public final class BankMeasures {

    private BankMeasures() {
    }

    /** Every measure, in the order the report prints them. */
    public static List<BankMeasure> all() {
        return List.of(new GuessingGain(), new KeyLongest(),
                new FindingCount("long-keys", KeyLengthRule.CODE, "keys ≥ " + BankGoals.LONG_KEY_RATIO
                        + "× mean distractor, no reason stated"),
                new AbsoluteWordBalance(), new AbsoluteTrueFalse(), new SelectAllSpread(), new KeyPositions(),
                new FindingCount("negative-stems", NegativeStemRule.CODE, "negative stems without emphasis"),
                new FindingCount("matching-cues", MatchingCueRule.CODE, "matching pairs sharing a distinctive word"),
                new Copies());
    }

    /** Test-wise minus blind expected score, overall and per type (ids test-wise-gain and test-wise-gain.TYPE). */
    public static final class GuessingGain implements BankMeasure {
        @Override
        public List<Measurement> measure(Linted bank) {
            GuessingScores scores = new GuessingScores(bank.questions());
            List<Measurement> out = new ArrayList<>();
            out.add(row("test-wise-gain", "test-wise vs blind guessing, overall", scores.overall(),
                    BankGoals.MAX_GAIN_OVERALL_POINTS));
            for (QuestionType type : QuestionType.values()) {
                GuessingScores.Scores s = scores.of(type);
                if (s != null) {
                    out.add(row("test-wise-gain." + type.yamlName(), "test-wise vs blind guessing, " + type.yamlName()
                            + " (" + s.count() + ")", s, BankGoals.MAX_GAIN_PER_TYPE_POINTS));
                }
            }
            return out;
        }

        private static Measurement row(String id, String name, GuessingScores.Scores s, double maxGain) {
            return new Measurement(id, name, String.format("%.1f%% vs %.1f%%: %+.1f points", 100 * s.testWise(),
                    100 * s.blind(), s.gainPoints()), String.format("gain ≤ %.0f points", maxGain),
                    s.gainPoints() <= maxGain + 1e-9, "");
        }
    }

    /** Share of single-answer questions whose key is (one of) the longest option(s). */
    public static final class KeyLongest implements BankMeasure {
        @Override
        public List<Measurement> measure(Linted bank) {
            int singles = 0;
            int longest = 0;
            for (QuestionContent q : bank.questions()) {
                int key = q.type() == QuestionType.SINGLE ? KeyLengthRule.keyIndex(q) : -1;
                if (key < 0) {
                    continue;
                }
                singles++;
                int keyLength = Wording.length(q.options().get(key).text());
                if (q.options().stream().allMatch(o -> Wording.length(o.text()) <= keyLength)) {
                    longest++;
                }
            }
            double share = singles == 0 ? 0 : (double) longest / singles;
            return List.of(new Measurement("key-longest", "single answer: key is the longest option",
                    percent(share) + " (" + longest + " of " + singles + ")",
                    "≤ " + percent(BankGoals.MAX_KEY_LONGEST_SHARE), share <= BankGoals.MAX_KEY_LONGEST_SHARE + 1e-9, ""));
        }
    }

    /** How many findings of one item rule the bank has; the goal is none. */
    public static final class FindingCount implements BankMeasure {
        private final String id;
        private final String code;
        private final String name;

        public FindingCount(String id, String code, String name) {
            this.id = id;
            this.code = code;
            this.name = name;
        }

        @Override
        public List<Measurement> measure(Linted bank) {
            List<String> where = new ArrayList<>();
            bank.findings().forEach((question, findings) -> findings.stream().filter(f -> f.rule().equals(code))
                    .forEach(f -> where.add(question)));
            java.util.Collections.sort(where);
            return List.of(new Measurement(id, name, String.valueOf(where.size()), "0", where.isEmpty(),
                    where.isEmpty() ? "" : "in " + String.join(", ", where.stream().distinct().toList())));
        }
    }

    /** Copied runs of 8+ words (goal 0) and, as information, 7-word runs. */
    public static final class Copies implements BankMeasure {
        @Override
        public List<Measurement> measure(Linted bank) {
            if (!bank.copiesChecked()) {
                return List.of(new Measurement("copied-runs", "copied runs of " + BankGoals.COPY_RUN_FAIL + "+ words",
                        "not checked: articles not found", "0", true, ""));
            }
            Measurement copied = new FindingCount("copied-runs", CopyRule.CODE, "copied runs of "
                    + BankGoals.COPY_RUN_FAIL + "+ words (British = American)").measure(bank).get(0);
            long near = bank.findings().values().stream().flatMap(List::stream)
                    .filter(f -> f.rule().equals(CopyRule.NEAR_CODE)).count();
            return List.of(copied, new Measurement("near-copies", "runs of exactly " + BankGoals.COPY_RUN_WARN
                    + " words (warnings)", String.valueOf(near), "reported as warnings", true, ""));
        }
    }

    /**
     * Absolute words in keys and distractors of single and select-all options: the key rate must lie within
     * {@link BankGoals#ABSOLUTE_RATE_BAND} times the distractor rate, or within
     * {@link BankGoals#ABSOLUTE_RATE_SLACK_POINTS} points of it, so avoiding absolute options gains nothing.
     */
    public static final class AbsoluteWordBalance implements BankMeasure {
        @Override
        public List<Measurement> measure(Linted bank) {
            int keys = 0;
            int absoluteKeys = 0;
            int distractors = 0;
            int absoluteDistractors = 0;
            for (QuestionContent q : bank.questions()) {
                if (q.type() != QuestionType.SINGLE && q.type() != QuestionType.MULTIPLE) {
                    continue;
                }
                for (Option o : q.options()) {
                    boolean absolute = Wording.hasAbsoluteWord(o.text());
                    if (o.correct()) {
                        keys++;
                        absoluteKeys += absolute ? 1 : 0;
                    } else {
                        distractors++;
                        absoluteDistractors += absolute ? 1 : 0;
                    }
                }
            }
            double keyRate = keys == 0 ? 0 : (double) absoluteKeys / keys;
            double distractorRate = distractors == 0 ? 0 : (double) absoluteDistractors / distractors;
            double band = BankGoals.ABSOLUTE_RATE_BAND;
            boolean met = Math.abs(keyRate - distractorRate) * 100 <= BankGoals.ABSOLUTE_RATE_SLACK_POINTS
                    || (keyRate >= distractorRate / band && keyRate <= distractorRate * band);
            return List.of(new Measurement("absolute-words", "absolute words: keys vs distractors",
                    String.format("keys %s (%d of %d), distractors %s (%d of %d)", percent(keyRate), absoluteKeys, keys,
                            percent(distractorRate), absoluteDistractors, distractors),
                    String.format("key rate within ×%.1f of distractor rate (or ±%.0f points)", band,
                            BankGoals.ABSOLUTE_RATE_SLACK_POINTS), met, ""));
        }
    }

    /** True/false statements with an absolute word: at least a third keyed True. */
    public static final class AbsoluteTrueFalse implements BankMeasure {
        @Override
        public List<Measurement> measure(Linted bank) {
            List<String> keyedFalse = new ArrayList<>();
            int absolute = 0;
            int keyedTrue = 0;
            for (QuestionContent q : bank.questions()) {
                if (q.type() != QuestionType.TRUE_FALSE || !Wording.hasAbsoluteWord(q.stem())) {
                    continue;
                }
                absolute++;
                if (q.options().stream().anyMatch(o -> o.correct() && "true".equals(o.id()))) {
                    keyedTrue++;
                } else {
                    keyedFalse.add(q.id());
                }
            }
            double share = absolute == 0 ? 1 : (double) keyedTrue / absolute;
            return List.of(new Measurement("absolute-true-false", "absolute true/false statements keyed True",
                    absolute == 0 ? "none in the bank" : percent(share) + " (" + keyedTrue + " of " + absolute + ")",
                    "≥ " + percent(BankGoals.MIN_ABSOLUTE_TRUE_SHARE), share >= BankGoals.MIN_ABSOLUTE_TRUE_SHARE - 1e-9,
                    keyedFalse.isEmpty() ? "" : "keyed False: " + String.join(", ", keyedFalse)));
        }
    }

    /** Select-all: each count of keys from 2 to 4 used in at least 20% of such questions. */
    public static final class SelectAllSpread implements BankMeasure {
        @Override
        public List<Measurement> measure(Linted bank) {
            Map<Integer, Integer> byKeys = new TreeMap<>();
            int total = 0;
            for (QuestionContent q : bank.questions()) {
                if (q.type() == QuestionType.MULTIPLE) {
                    byKeys.merge((int) q.options().stream().filter(Option::correct).count(), 1, Integer::sum);
                    total++;
                }
            }
            boolean met = true;
            List<String> parts = new ArrayList<>();
            for (int k = BankGoals.SELECT_ALL_MIN_KEYS; k <= BankGoals.SELECT_ALL_MAX_KEYS; k++) {
                double share = total == 0 ? 0 : (double) byKeys.getOrDefault(k, 0) / total;
                met &= total == 0 || share >= BankGoals.MIN_SELECT_ALL_COUNT_SHARE - 1e-9;
                parts.add(k + " keys " + percent(share));
            }
            return List.of(new Measurement("select-all-counts", "select all: number of keys (" + total + " questions)",
                    String.join(", ", parts), "each ≥ " + percent(BankGoals.MIN_SELECT_ALL_COUNT_SHARE), met,
                    "all counts: " + byKeys));
        }
    }

    /** Where the key stands among 4 options of single-answer questions, in the authors' order. */
    public static final class KeyPositions implements BankMeasure {
        @Override
        public List<Measurement> measure(Linted bank) {
            int[] positions = new int[4];
            int total = 0;
            for (QuestionContent q : bank.questions()) {
                int key = q.type() == QuestionType.SINGLE && q.options().size() == 4 ? KeyLengthRule.keyIndex(q) : -1;
                if (key >= 0) {
                    positions[key]++;
                    total++;
                }
            }
            boolean met = true;
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                double share = total == 0 ? 0.25 : (double) positions[i] / total;
                met &= share >= BankGoals.MIN_KEY_POSITION_SHARE - 1e-9 && share <= BankGoals.MAX_KEY_POSITION_SHARE + 1e-9;
                parts.add((char) ('a' + i) + " " + percent(share));
            }
            return List.of(new Measurement("key-positions", "single answer (4 options): key position, authors' order",
                    String.join(", ", parts) + " of " + total, "each " + percent(BankGoals.MIN_KEY_POSITION_SHARE) + "–"
                    + percent(BankGoals.MAX_KEY_POSITION_SHARE), met, ""));
        }
    }

    static String percent(double share) {
        return String.format("%.0f%%", 100 * share);
    }
}
