package com.massagetrainer.psychometrics;

/**
 * Expected a-posteriori ability with a standard-normal prior, by quadrature on a fixed grid (-6 to 6 logits, 241
 * points). The posterior is updated one answer at a time, so estimating after every answer of a 100-item exam costs
 * 241 evaluations per answer, not per answer so far.
 */
public final class Eap {

    private static final int POINTS = 241;
    private static final double LOW = -6;
    private static final double HIGH = 6;
    private static final double[] GRID = new double[POINTS];
    private static final double[] LOG_PRIOR = new double[POINTS];

    static {
        for (int q = 0; q < POINTS; q++) {
            GRID[q] = LOW + (HIGH - LOW) * q / (POINTS - 1);
            LOG_PRIOR[q] = -0.5 * GRID[q] * GRID[q];
        }
    }

    /** Posterior mean and standard deviation of ability. */
    public record Estimate(double ability, double standardError) {

        /** Lower and upper end of the interval holding {@code z} standard errors either side of the estimate. */
        public double lower(double z) {
            return ability - z * standardError;
        }

        public double upper(double z) {
            return ability + z * standardError;
        }
    }

    private final double[] logPosterior = LOG_PRIOR.clone();
    private int answers;

    /** A posterior that has seen no answer yet: the prior. */
    public Eap() {
    }

    /** The posterior after these answers. */
    public static Eap of(double[] difficulties, boolean[] correct) {
        Eap eap = new Eap();
        for (int k = 0; k < difficulties.length; k++) {
            eap.add(difficulties[k], correct[k]);
        }
        return eap;
    }

    public void add(double difficulty, boolean correct) {
        for (int q = 0; q < POINTS; q++) {
            double p = Rasch.probability(GRID[q], difficulty);
            logPosterior[q] += Math.log(correct ? p : 1 - p);
        }
        answers++;
    }

    public int answers() {
        return answers;
    }

    public Estimate estimate() {
        double[] weights = weights();
        double total = 0;
        double mean = 0;
        double square = 0;
        for (int q = 0; q < POINTS; q++) {
            total += weights[q];
            mean += weights[q] * GRID[q];
            square += weights[q] * GRID[q] * GRID[q];
        }
        mean /= total;
        return new Estimate(mean, Math.sqrt(Math.max(0, square / total - mean * mean)));
    }

    /** Posterior probability that the ability is at or above {@code cut} (readiness). */
    public double probabilityAbove(double cut) {
        double[] weights = weights();
        double total = 0;
        double above = 0;
        for (int q = 0; q < POINTS; q++) {
            total += weights[q];
            if (GRID[q] >= cut) {
                above += weights[q];
            }
        }
        return above / total;
    }

    private double[] weights() {
        double max = Double.NEGATIVE_INFINITY;
        for (double value : logPosterior) {
            max = Math.max(max, value);
        }
        double[] weights = new double[POINTS];
        for (int q = 0; q < POINTS; q++) {
            weights[q] = Math.exp(logPosterior[q] - max);
        }
        return weights;
    }
}
