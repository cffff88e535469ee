package com.massagetrainer.bank.format;

/**
 * One bank-wide figure and its goal: {@code id} is stable (it is what {@link BankGoals} enforces), {@code value}
 * and {@code goal} are for people, {@code met} says whether the value is within the goal, {@code detail} names
 * the questions behind the figure where that helps an author.
 */
public record Measurement(String id, String name, String value, String goal, boolean met, String detail) {

    public boolean enforced() {
        return BankGoals.isEnforced(id);
    }

    /** {@code [OK  ] name: value (goal …)}, marked when the build does not enforce it yet. */
    public String render() {
        return String.format("[%-4s] %-52s %-40s goal %s%s", met ? "OK" : "FAIL", name, value, goal,
                enforced() ? "" : "  (not yet enforced)")
                + (detail == null || detail.isEmpty() ? "" : System.lineSeparator() + "         " + detail);
    }
}
