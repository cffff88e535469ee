package com.massagetrainer.bank;

import java.util.List;

/** One version of a case as a student saw it: title, scenario and its questions in case order. */
public record CaseView(long versionId, String caseId, String title, String scenario, List<String> questionIds) {

    public CaseView {
        questionIds = List.copyOf(questionIds);
    }

    /** The 1-based place of a question in this case, or 0 when it is not one of its questions. */
    public int positionOf(String questionId) {
        return questionIds.indexOf(questionId) + 1;
    }
}
