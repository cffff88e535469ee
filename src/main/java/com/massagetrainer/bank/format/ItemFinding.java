package com.massagetrainer.bank.format;

/**
 * One item-writing flaw in one question. {@code field} is the path inside the question, as in the YAML
 * ("stem", "options/2/text", "pairs/1/right"), so the file validator can name its line and an authoring form
 * can put the message under the right field. {@code rule} is the rule's code (see {@link ItemLint}).
 */
public record ItemFinding(String rule, String field, String message) {

    @Override
    public String toString() {
        return field + ": " + message + " [" + rule + "]";
    }
}
