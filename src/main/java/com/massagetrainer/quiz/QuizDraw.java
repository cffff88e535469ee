package com.massagetrainer.quiz;

import com.massagetrainer.bank.QuestionType;
import com.massagetrainer.bank.SamePoint;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Draws a quiz from a pool: stratified by topic in proportion to weights (largest remainder, so 100 questions over
 * weights summing to 100 give each topic exactly its weight), never the same question twice, preferring questions
 * the student has not seen, then those they got wrong lately, then the longest unseen. Option order is shuffled.
 * Everything random comes from the seed, so the same seed and pool give the same quiz (replay and audit).
 * <p>
 * <b>Case sets</b> are drawn as units: all of a case's questions or none, one after another in case order. Each
 * linked question counts toward its own topic's quota, so a case is taken only where every one of its questions
 * still fits its topic's quota; stand-alone questions then fill each topic up to its quota, which keeps the
 * blueprint exact. Cases take about their share of the pool (a quiz of n questions from a pool whose cases hold a
 * fraction f of its questions gets cases while they bring the case total nearer to n·f), so a 100-question mock exam
 * holds two or three cases and a 25-question quiz one. A case whose questions are not all in the pool (another
 * topic or difficulty was filtered out) is not drawn, nor are its questions alone.
 * <p>
 * <b>Same-point pairs</b> ({@code samePointAs}, see {@link SamePoint}): a drawn quiz never holds both questions of a
 * pair. Taking a unit (a case or a stand-alone question) bars the twins of its questions from the rest of the draw,
 * and a unit with a barred question is passed over, the next one in rank order taking its place; so a drawn case
 * keeps out its stand-alone twins and a drawn stand-alone question keeps out a case that holds its twin. When twins
 * leave a topic short, the shortfall goes to other topics as for any other shortage.
 */
public final class QuizDraw {

    private QuizDraw() {
    }

    /**
     * @param pool    candidates (already filtered by topic and difficulty)
     * @param weights topic id to weight; topics absent from the map get nothing. Equal weights draw evenly.
     * @param count   how many questions
     * @param seed    the attempt's seed
     */
    public static List<DrawnItem> draw(List<Candidate> pool, Map<String, Integer> weights, int count, long seed) {
        List<Unit> units = units(pool.stream().filter(c -> weights.containsKey(c.topicId())).toList());
        int drawable = units.stream().mapToInt(Unit::size).sum();
        if (count < 1 || drawable < count) {
            throw new PoolTooSmallException(count, drawable);
        }
        Map<String, Set<String>> twins = SamePoint.twins(SamePoint.pairs(pool, Candidate::questionId,
                Candidate::samePointAs));
        Set<String> barred = new HashSet<>();
        Map<String, List<Candidate>> byTopic = new LinkedHashMap<>();
        weights.keySet().forEach(t -> byTopic.put(t, new ArrayList<>()));
        units.forEach(u -> u.questions().forEach(c -> byTopic.get(c.topicId()).add(c)));
        Random random = new Random(seed);
        Map<String, Integer> quota = allocate(byTopic, weights, count);

        List<Unit> ranked = new ArrayList<>(units);
        Collections.shuffle(ranked, random);
        ranked.sort(Comparator.comparingInt(Unit::tier).thenComparing(Unit::lastSeen));
        Map<String, Integer> taken = new HashMap<>();
        Set<Unit> chosen = new LinkedHashSet<>();

        // 1. Cases, while they fit every quota they touch and bring the case total nearer to the pool's case share.
        int inCases = units.stream().filter(Unit::isCase).mapToInt(Unit::size).sum();
        double target = (double) count * inCases / drawable;
        int caseQuestions = 0;
        for (Unit u : ranked) {
            if (u.isCase() && caseQuestions + u.size() / 2.0 <= target && open(u, barred) && fits(u, quota, taken)) {
                take(u, chosen, taken, twins, barred);
                caseQuestions += u.size();
            }
        }
        // 2. Stand-alone questions up to each topic's quota.
        Map<String, List<Unit>> singles = new LinkedHashMap<>();
        byTopic.keySet().forEach(t -> singles.put(t, new ArrayList<>()));
        ranked.stream().filter(u -> !u.isCase()).forEach(u -> singles.get(u.questions().get(0).topicId()).add(u));
        int missing = 0;
        for (Map.Entry<String, List<Unit>> topic : singles.entrySet()) {
            int need = quota.getOrDefault(topic.getKey(), 0) - taken.getOrDefault(topic.getKey(), 0);
            missing += need - takeOpen(topic.getValue(), need, chosen, taken, twins, barred);
        }
        // 3. A topic whose remaining questions are all in cases that did not fit: its shortfall goes to the topics
        //    with stand-alone questions to spare, by weight.
        //    Repeated while it helps, since a question taken here may bar a twin that was counted as spare.
        while (missing > 0) {
            Map<String, List<Candidate>> spare = new LinkedHashMap<>();
            singles.forEach((t, list) -> spare.put(t, list.stream().filter(u -> open(u, barred))
                    .map(u -> u.questions().get(0)).toList()));
            Map<String, Integer> extra = allocate(spare, weights, missing);
            int before = missing;
            for (Map.Entry<String, List<Unit>> topic : singles.entrySet()) {
                missing -= takeOpen(topic.getValue(), extra.getOrDefault(topic.getKey(), 0), chosen, taken, twins,
                        barred);
            }
            if (missing == before) {
                break;
            }
        }
        // 4. Only cases left: whole cases that fit the count, the blueprint giving way to the count asked for. A case
        //    kept out only by stand-alone twins taken above replaces them when that brings the quiz nearer its count
        //    (otherwise a large quiz would come up short by a whole case for the sake of one question).
        for (Unit u : ranked) {
            if (missing <= 0 || !u.isCase() || chosen.contains(u)) {
                continue;
            }
            List<Unit> blockers = chosen.stream().filter(c -> c.questions().stream()
                    .anyMatch(q -> u.questions().stream().anyMatch(m ->
                            twins.getOrDefault(q.questionId(), Set.of()).contains(m.questionId())))).toList();
            int gain = u.size() - blockers.size();
            if (blockers.stream().noneMatch(Unit::isCase) && gain > 0 && gain <= missing) {
                blockers.forEach(b -> {
                    chosen.remove(b);
                    b.questions().forEach(c -> taken.merge(c.topicId(), -1, Integer::sum));
                });
                barred.clear();
                List.copyOf(chosen).forEach(c -> take(c, chosen, new HashMap<>(), twins, barred));
                take(u, chosen, taken, twins, barred);
                missing -= gain;
            }
        }
        if (missing > 0) {
            throw new PoolTooSmallException(count, count - missing);
        }

        List<Unit> order = new ArrayList<>(chosen);
        Collections.shuffle(order, random);
        List<DrawnItem> items = new ArrayList<>();
        for (Unit u : order) {
            for (Candidate c : u.questions()) {
                items.add(new DrawnItem(items.size() + 1, c.questionId(), c.versionId(), c.topicId(), present(c, random)));
            }
        }
        return items;
    }

    /**
     * The pool as draw units, in question-id order: each stand-alone question alone, each case whose questions are
     * all present as one unit in case order. Questions of an incomplete case are left out.
     */
    static List<Unit> units(List<Candidate> pool) {
        List<Unit> units = new ArrayList<>();
        Map<String, List<Candidate>> cases = new java.util.TreeMap<>();
        pool.stream().sorted(Comparator.comparing(Candidate::questionId)).forEach(c -> {
            if (c.inCase()) {
                cases.computeIfAbsent(c.caseId(), k -> new ArrayList<>()).add(c);
            } else {
                units.add(new Unit(List.of(c)));
            }
        });
        for (List<Candidate> members : cases.values()) {
            members.sort(Comparator.comparingInt(Candidate::caseOrder));
            if (members.size() == members.get(0).caseSize()) {
                units.add(new Unit(List.copyOf(members)));
            }
        }
        return units;
    }

    /** A stand-alone question or a whole case set: what the draw takes or leaves as one. */
    record Unit(List<Candidate> questions) {

        boolean isCase() {
            return questions.get(0).inCase();
        }

        int size() {
            return questions.size();
        }

        /** The lowest tier of its questions: a case with one question never seen counts as never seen. */
        int tier() {
            return questions.stream().mapToInt(Candidate::tier).min().orElse(0);
        }

        /** When any of its questions was last answered (Instant.MIN when never). */
        Instant lastSeen() {
            return questions.stream().map(Candidate::lastSeen).filter(java.util.Objects::nonNull)
                    .max(Comparator.naturalOrder()).orElse(Instant.MIN);
        }
    }

    private static boolean fits(Unit unit, Map<String, Integer> quota, Map<String, Integer> taken) {
        Map<String, Integer> needs = new HashMap<>();
        unit.questions().forEach(c -> needs.merge(c.topicId(), 1, Integer::sum));
        return needs.entrySet().stream().allMatch(e ->
                taken.getOrDefault(e.getKey(), 0) + e.getValue() <= quota.getOrDefault(e.getKey(), 0));
    }

    /** Takes a unit and bars the same-point twins of its questions from the rest of the draw. */
    private static void take(Unit unit, Set<Unit> chosen, Map<String, Integer> taken, Map<String, Set<String>> twins,
                             Set<String> barred) {
        chosen.add(unit);
        unit.questions().forEach(c -> {
            taken.merge(c.topicId(), 1, Integer::sum);
            barred.addAll(twins.getOrDefault(c.questionId(), Set.of()));
        });
    }

    /** Whether none of the unit's questions is the twin of one already taken. */
    private static boolean open(Unit unit, Set<String> barred) {
        return unit.questions().stream().noneMatch(c -> barred.contains(c.questionId()));
    }

    /** Takes up to {@code n} open units from the front of a ranked list (removing them); returns how many. */
    private static int takeOpen(List<Unit> ranked, int n, Set<Unit> chosen, Map<String, Integer> taken,
                                Map<String, Set<String>> twins, Set<String> barred) {
        int took = 0;
        for (java.util.Iterator<Unit> it = ranked.iterator(); took < n && it.hasNext(); ) {
            Unit u = it.next();
            if (open(u, barred)) {
                take(u, chosen, taken, twins, barred);
                it.remove();
                took++;
            }
        }
        return took;
    }

    /**
     * Exactly the given questions, in the given order (a review session asks the most overdue first; "practise my
     * mistakes" keeps the order they were missed in); only the options are shuffled. Unknown ids are skipped.
     */
    public static List<DrawnItem> inOrder(List<Candidate> pool, List<String> questionIds, long seed) {
        Map<String, Candidate> byId = new HashMap<>();
        pool.forEach(c -> byId.put(c.questionId(), c));
        Random random = new Random(seed);
        List<DrawnItem> items = new ArrayList<>();
        for (String id : new java.util.LinkedHashSet<>(questionIds)) {
            Candidate c = byId.get(id);
            if (c != null) {
                items.add(new DrawnItem(items.size() + 1, c.questionId(), c.versionId(), c.topicId(), present(c, random)));
            }
        }
        if (items.isEmpty()) {
            throw new PoolTooSmallException(questionIds.size(), 0);
        }
        return items;
    }

    /** Questions per topic: proportional to weight by largest remainder, capped by what each topic holds. */
    static Map<String, Integer> allocate(Map<String, List<Candidate>> byTopic, Map<String, Integer> weights, int count) {
        Map<String, Integer> quota = new HashMap<>();
        Map<String, Integer> capacity = new HashMap<>();
        byTopic.forEach((t, list) -> capacity.put(t, list.size()));
        int remaining = count;
        List<String> open = new ArrayList<>(byTopic.keySet());
        // Repeat because capping a small topic frees questions for the others.
        while (remaining > 0 && !open.isEmpty()) {
            double totalWeight = open.stream().mapToInt(t -> Math.max(0, weights.get(t))).sum();
            if (totalWeight == 0) {
                break;
            }
            Map<String, Double> exact = new HashMap<>();
            int given = 0;
            for (String t : open) {
                double share = remaining * weights.get(t) / totalWeight;
                exact.put(t, share);
                int whole = (int) Math.min(Math.floor(share), capacity.get(t) - quota.getOrDefault(t, 0));
                quota.merge(t, whole, Integer::sum);
                given += whole;
            }
            int left = remaining - given;
            List<String> byRemainder = new ArrayList<>(open);
            byRemainder.sort(Comparator.comparingDouble((String t) -> exact.get(t) - Math.floor(exact.get(t))).reversed()
                    .thenComparing(Comparator.naturalOrder()));
            for (String t : byRemainder) {
                if (left == 0) {
                    break;
                }
                if (quota.getOrDefault(t, 0) < capacity.get(t)) {
                    quota.merge(t, 1, Integer::sum);
                    left--;
                }
            }
            remaining = left;
            open.removeIf(t -> quota.getOrDefault(t, 0) >= capacity.get(t));
        }
        return quota;
    }

    /** The shuffled presentation of a question's parts; true/false keeps True before False. */
    private static List<String> present(Candidate c, Random random) {
        List<String> ids = new ArrayList<>(c.optionIds());
        if (c.type() == QuestionType.TRUE_FALSE) {
            return ids;
        }
        List<String> authored = List.copyOf(ids);
        Collections.shuffle(ids, random);
        // An ordering question must not start out already solved.
        if (c.type() == QuestionType.ORDERING && ids.equals(authored) && ids.size() > 1) {
            Collections.rotate(ids, 1);
        }
        return ids;
    }
}
