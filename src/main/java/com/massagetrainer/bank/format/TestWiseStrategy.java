package com.massagetrainer.bank.format;

import com.massagetrainer.bank.QuestionContent;
import com.massagetrainer.bank.QuestionContent.MatchPair;
import com.massagetrainer.bank.QuestionContent.Option;
import com.massagetrainer.bank.QuestionContent.OrderStep;
import com.massagetrainer.bank.QuestionType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The project's content-blind test-wise student: knows nothing about massage, reads only the options and what the
 * bank habitually does. Ties are never broken by a coin here: the answer is the exact mix of the tied choices.
 * <ul>
 * <li>Single answer: drop the options with an absolute word ({@link Wording#ABSOLUTE_WORDS}) unless all have one,
 * then pick the longest.</li>
 * <li>True/false: a statement with an absolute word is False; any other gets the bank's more frequent key for such
 * statements.</li>
 * <li>Select all: tick the bank's usual number of keys for that many options, preferring options without absolute
 * words, then longer ones.</li>
 * <li>Matching: the one-to-one matching with the most content words shared between left and right items
 * ({@link Wording#stems}).</li>
 * <li>Ordering: steps with a word that starts a sequence (first, begin, start, before, warm, prepare, initial…) go
 * first, steps with a word that ends one (finally, last, end, finish, after, afterwards, follow…) go last; the rest
 * in between in any order. The order shown is shuffled, so keeping it is blind guessing.</li>
 * </ul>
 */
public final class TestWiseStrategy {

    static final Set<String> START_WORDS = Set.of("first", "firstly", "begin", "begins", "beginning", "start",
            "starts", "starting", "before", "initial", "initially", "warm", "warming", "prepare", "preparing", "open",
            "opening");
    static final Set<String> END_WORDS = Set.of("finally", "final", "last", "lastly", "end", "ends", "ending",
            "finish", "finishing", "after", "afterwards", "afterward", "follow", "following", "conclude", "closing");

    /** Option count → the key counts that are most frequent among select-all questions with that many options. */
    private final Map<Integer, List<Integer>> usualKeyCounts;
    private final List<Integer> usualKeyCountsOverall;
    /** The more frequent key of true/false statements without absolute words; both when tied. */
    private final List<String> plainTrueFalseKeys;

    private TestWiseStrategy(Map<Integer, List<Integer>> usualKeyCounts, List<Integer> overall, List<String> plainTf) {
        this.usualKeyCounts = usualKeyCounts;
        this.usualKeyCountsOverall = overall;
        this.plainTrueFalseKeys = plainTf;
    }

    /** What a student who has practised on this bank has learned of its habits. */
    public static TestWiseStrategy learnedFrom(List<QuestionContent> bank) {
        Map<Integer, Map<Integer, Integer>> counts = new TreeMap<>();
        Map<Integer, Integer> overall = new TreeMap<>();
        int plainTrue = 0;
        int plainFalse = 0;
        for (QuestionContent q : bank) {
            if (q.type() == QuestionType.MULTIPLE) {
                int keys = (int) q.options().stream().filter(Option::correct).count();
                counts.computeIfAbsent(q.options().size(), n -> new TreeMap<>()).merge(keys, 1, Integer::sum);
                overall.merge(keys, 1, Integer::sum);
            } else if (q.type() == QuestionType.TRUE_FALSE && !Wording.hasAbsoluteWord(q.stem())) {
                boolean keyTrue = q.options().stream().anyMatch(o -> o.correct() && "true".equals(o.id()));
                if (keyTrue) {
                    plainTrue++;
                } else {
                    plainFalse++;
                }
            }
        }
        Map<Integer, List<Integer>> usual = new HashMap<>();
        counts.forEach((options, byKeys) -> usual.put(options, modes(byKeys)));
        List<String> tf = plainTrue == plainFalse ? List.of("true", "false")
                : List.of(plainTrue > plainFalse ? "true" : "false");
        return new TestWiseStrategy(usual, modes(overall), tf);
    }

    public List<Guess> answer(QuestionContent q) {
        return switch (q.type()) {
            case SINGLE -> pick(q, 1);
            case TRUE_FALSE -> Wording.hasAbsoluteWord(q.stem()) ? List.of(new Guess(List.of("false"), 1))
                    : Guess.uniform(plainTrueFalseKeys.stream().map(List::of).toList());
            case MULTIPLE -> {
                int n = q.options().size();
                List<Integer> usual = usualKeyCounts.getOrDefault(n, usualKeyCountsOverall).stream()
                        .map(k -> Math.max(1, Math.min(k, n - 1))).toList();
                List<Integer> ks = usual.isEmpty() ? List.of(Math.max(1, n / 2)) : usual;
                List<Guess> all = new ArrayList<>();
                for (int k : ks) {
                    pick(q, k).forEach(g -> all.add(new Guess(g.response(), g.probability() / ks.size())));
                }
                yield all;
            }
            case MATCHING -> matchBySharedWords(q);
            case ORDERING -> orderByCueWords(q);
        };
    }

    /** The k most attractive options; when the k-th place is tied, every way of filling it, equally likely. */
    private static List<Guess> pick(QuestionContent q, int k) {
        boolean anyPlain = q.options().stream().anyMatch(o -> !Wording.hasAbsoluteWord(o.text()));
        Comparator<Option> attractive = Comparator
                .comparing((Option o) -> anyPlain && Wording.hasAbsoluteWord(o.text()))
                .thenComparing(o -> -Wording.length(o.text()));
        List<Option> ranked = q.options().stream().sorted(attractive).toList();
        Option boundary = ranked.get(Math.min(k, ranked.size()) - 1);
        List<String> sure = new ArrayList<>();
        List<String> tied = new ArrayList<>();
        for (Option o : ranked) {
            int cmp = attractive.compare(o, boundary);
            if (cmp < 0) {
                sure.add(o.id());
            } else if (cmp == 0) {
                tied.add(o.id());
            }
        }
        List<List<String>> responses = new ArrayList<>();
        for (List<String> fill : Guess.combinations(tied, k - sure.size())) {
            List<String> response = new ArrayList<>(sure);
            response.addAll(fill);
            responses.add(response);
        }
        return Guess.uniform(responses);
    }

    private static List<Guess> matchBySharedWords(QuestionContent q) {
        List<MatchPair> pairs = q.pairs();
        int n = pairs.size();
        int[][] shared = new int[n][n];
        for (int i = 0; i < n; i++) {
            Set<String> left = Wording.stems(pairs.get(i).left());
            for (int j = 0; j < n; j++) {
                Set<String> right = new java.util.HashSet<>(Wording.stems(pairs.get(j).right()));
                right.retainAll(left);
                shared[i][j] = right.size();
            }
        }
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            indexes.add(i);
        }
        int best = -1;
        List<List<Integer>> bestMatchings = new ArrayList<>();
        for (List<Integer> perm : Guess.permutations(indexes)) {
            int total = 0;
            for (int i = 0; i < n; i++) {
                total += shared[i][perm.get(i)];
            }
            if (total > best) {
                best = total;
                bestMatchings.clear();
            }
            if (total == best) {
                bestMatchings.add(perm);
            }
        }
        List<String> lefts = pairs.stream().map(MatchPair::id).toList();
        return Guess.uniform(bestMatchings.stream()
                .map(perm -> BlindGuess.matching(lefts, perm.stream().map(j -> pairs.get(j).id()).toList())).toList());
    }

    private static List<Guess> orderByCueWords(QuestionContent q) {
        TreeMap<Integer, List<String>> groups = new TreeMap<>();
        for (OrderStep step : q.sequence()) {
            List<String> words = Wording.words(step.text());
            int cue = (int) words.stream().filter(END_WORDS::contains).count()
                    - (int) words.stream().filter(START_WORDS::contains).count();
            groups.computeIfAbsent(Integer.signum(cue), c -> new ArrayList<>()).add(step.id());
        }
        List<List<String>> orders = List.of(List.of());
        for (List<String> group : groups.values()) {
            List<List<String>> next = new ArrayList<>();
            for (List<String> prefix : orders) {
                for (List<String> perm : Guess.permutations(group)) {
                    List<String> order = new ArrayList<>(prefix);
                    order.addAll(perm);
                    next.add(order);
                }
            }
            orders = next;
        }
        return Guess.uniform(orders);
    }

    private static List<Integer> modes(Map<Integer, Integer> counts) {
        int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return counts.entrySet().stream().filter(e -> e.getValue() == max && max > 0).map(Map.Entry::getKey).toList();
    }
}
