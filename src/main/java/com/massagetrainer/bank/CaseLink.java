package com.massagetrainer.bank;

/**
 * Where a drawable question stands in its case: the case, the case version drawn today, the question's place in the
 * case (1-based) and how many questions the case holds.
 */
public record CaseLink(String caseId, long caseVersionId, int position, int size) {
}
