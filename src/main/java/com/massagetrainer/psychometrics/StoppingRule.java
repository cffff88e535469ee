package com.massagetrainer.psychometrics;

/**
 * When the adaptive exam stops and what it decides. Variable length: after at least {@code minItems}, stop as soon
 * as the 95% interval of ability lies wholly above or below the cut. Otherwise, and always in fixed-length mode, stop
 * at {@code maxItems} or when time runs out, deciding by the point estimate.
 */
public record StoppingRule(int minItems, int maxItems, double cut, boolean fixedLength) {

    public static final double Z95 = 1.959964;

    public enum Decision { CONTINUE, PASS, FAIL }

    public static StoppingRule variable(double cut) {
        return new StoppingRule(40, 100, cut, false);
    }

    public static StoppingRule fixed(double cut) {
        return new StoppingRule(100, 100, cut, true);
    }

    public StoppingRule {
        if (minItems < 1 || maxItems < minItems) {
            throw new IllegalArgumentException("need 1 <= minItems <= maxItems");
        }
    }

    public Decision decide(int itemsAnswered, Eap.Estimate estimate, boolean timeUp, boolean bankExhausted) {
        if (!fixedLength && itemsAnswered >= minItems) {
            if (estimate.lower(Z95) > cut) {
                return Decision.PASS;
            }
            if (estimate.upper(Z95) < cut) {
                return Decision.FAIL;
            }
        }
        if (itemsAnswered >= maxItems || timeUp || bankExhausted) {
            return estimate.ability() >= cut ? Decision.PASS : Decision.FAIL;
        }
        return Decision.CONTINUE;
    }
}
