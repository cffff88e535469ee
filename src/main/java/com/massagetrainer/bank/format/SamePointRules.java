package com.massagetrainer.bank.format;

import com.massagetrainer.bank.CaseSet;
import com.massagetrainer.bank.QuestionContent;
import com.massagetrainer.bank.SamePoint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code samePointAs} declarations: every named id is a question of the bank, not the question itself, named
 * once; each pair is declared once, on one side; and the two are not in one case (a case is drawn whole, so they
 * would always be shown together). Checked after every file is read, since a pair may cross files.
 */
final class SamePointRules {

    private record Declared(String questionId, String other, String file, YamlDocument document, String pointer) {
        BankProblem error(String message) {
            return BankProblem.error(file, document.lineOf(pointer), message);
        }

        String where() {
            return file + ":" + document.lineOf(pointer);
        }
    }

    private final List<Declared> declared = new ArrayList<>();

    /** Notes the declarations of one question; {@code pointer} is the question's JSON pointer in its file. */
    void declare(QuestionContent q, String file, YamlDocument document, String pointer) {
        for (int j = 0; j < q.samePointAs().size(); j++) {
            declared.add(new Declared(q.id(), q.samePointAs().get(j), file, document, pointer + "/samePointAs/" + j));
        }
    }

    void check(Set<String> questionIds, List<CaseSet> cases, List<BankProblem> problems) {
        Map<String, String> caseOf = new HashMap<>();
        cases.forEach(c -> c.questionIds().forEach(q -> caseOf.put(q, c.id())));
        Map<SamePoint.Pair, String> pairSeenAt = new HashMap<>();
        Set<String> namedBy = new HashSet<>();
        for (Declared d : declared) {
            if (d.other().equals(d.questionId())) {
                problems.add(d.error("samePointAs names the question itself ('" + d.other() + "'); name the other "
                        + "question that tests the same point"));
                continue;
            }
            if (!questionIds.contains(d.other())) {
                problems.add(d.error("samePointAs names '" + d.other() + "', which is no question of the bank; use the "
                        + "id of the question that tests the same point, or remove the entry"));
                continue;
            }
            if (!namedBy.add(d.questionId() + "\n" + d.other())) {
                problems.add(d.error("samePointAs names '" + d.other() + "' twice; name it once"));
                continue;
            }
            SamePoint.Pair pair = SamePoint.Pair.of(d.questionId(), d.other());
            String previous = pairSeenAt.putIfAbsent(pair, d.where());
            if (previous != null) {
                problems.add(d.error("the pair " + pair.first() + " / " + pair.second() + " is already declared at "
                        + previous + "; declare each pair once, on one side"));
                continue;
            }
            String sameCase = caseOf.get(d.questionId());
            if (sameCase != null && sameCase.equals(caseOf.get(d.other()))) {
                problems.add(d.error(d.questionId() + " and " + d.other() + " are both in " + sameCase + ", which is "
                        + "always drawn whole; make them test different points or move one out of the case"));
            }
        }
    }
}
