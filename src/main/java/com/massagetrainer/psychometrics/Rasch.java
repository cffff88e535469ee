package com.massagetrainer.psychometrics;

/** The Rasch (one-parameter logistic) model: the chance that a person of ability theta answers an item of difficulty b. */
public final class Rasch {

    private Rasch() {
    }

    public static double probability(double theta, double difficulty) {
        return 1 / (1 + Math.exp(difficulty - theta));
    }

    /** Fisher information of one item at theta: p(1 - p), largest where the difficulty equals the ability. */
    public static double information(double theta, double difficulty) {
        double p = probability(theta, difficulty);
        return p * (1 - p);
    }

    /**
     * Where a question's author rating puts its difficulty before any response is seen (the cold-start prior mean):
     * 1 easy = -1 logit, 2 medium = 0, 3 hard = +1.
     */
    public static double priorDifficulty(int authorDifficulty) {
        return switch (authorDifficulty) {
            case 1 -> -1.0;
            case 3 -> 1.0;
            default -> 0.0;
        };
    }
}
