package com.massagetrainer.bank.format;

import com.massagetrainer.bank.CaseSet;
import com.massagetrainer.bank.QuestionContent;
import com.massagetrainer.bank.QuestionContent.Option;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules of a case file beyond its schema: the id matches the file name, a case holds 3 or 4 linked questions
 * whose ids start with the case id, and the scenario (shown during an exam with every linked question) does not
 * give away a key. Each linked question then goes through every question rule in {@link BankRules}.
 */
final class CaseRules {

    /** A key shorter than this many words ("Heat", "True") may appear in a scenario by chance. */
    private static final int KEY_WORDS = 3;

    private final BankRules rules;
    private final List<BankProblem> problems;
    private final List<CaseSet> cases = new ArrayList<>();
    private final Map<String, String> caseIdSeenAt = new HashMap<>();

    CaseRules(BankRules rules, List<BankProblem> problems) {
        this.rules = rules;
        this.problems = problems;
    }

    List<CaseSet> cases() {
        return List.copyOf(cases);
    }

    void checkCaseFile(String file, String fileStem, YamlDocument document, BankValidator.CaseFile content) {
        int idLine = document.lineOf("/id");
        if (!content.id().equals(fileStem)) {
            problems.add(BankProblem.error(file, idLine, "case id '" + content.id() + "' does not match the file name; "
                    + "name the file " + content.id() + ".yaml or fix the id"));
        }
        String previous = caseIdSeenAt.putIfAbsent(content.id(), file + ":" + idLine);
        if (previous != null) {
            problems.add(BankProblem.error(file, idLine, "case id '" + content.id() + "' is already used at " + previous
                    + "; give this case a new id"));
        }
        int count = content.questions().size();
        if (count < CaseSet.MIN_QUESTIONS || count > CaseSet.MAX_QUESTIONS) {
            problems.add(BankProblem.error(file, document.lineOf("/questions"), "a case set has "
                    + CaseSet.MIN_QUESTIONS + " or " + CaseSet.MAX_QUESTIONS + " linked questions, this one has " + count
                    + (count < CaseSet.MIN_QUESTIONS ? "; add a question or move them to their topic files"
                    : "; split it into two cases or move a question to its topic file")));
        }
        String scenario = BankRules.normalise(content.scenario());
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            QuestionContent q = content.questions().get(i);
            String pointer = "/questions/" + i;
            if (!q.id().startsWith(content.id() + "-")) {
                problems.add(BankProblem.error(file, document.lineOf(pointer + "/id"), "question id '" + q.id()
                        + "' does not start with the case id; name it " + content.id() + "-" + (i + 1)));
            }
            for (Option key : q.options().stream().filter(Option::correct).toList()) {
                String text = BankRules.normalise(key.text());
                if (text.split(" ").length >= KEY_WORDS && (" " + scenario + " ").contains(" " + text + " ")) {
                    problems.add(BankProblem.error(file, document.lineOf("/scenario"), "the scenario contains the key of "
                            + q.id() + " (\"" + key.text() + "\"); the scenario is shown with every question of the "
                            + "case, so reword it or the option"));
                }
            }
            rules.checkLinkedQuestion(file, document, pointer, q, content.scenario());
            ids.add(q.id());
        }
        cases.add(new CaseSet(content.id(), content.title(), content.scenario(), ids));
    }
}
