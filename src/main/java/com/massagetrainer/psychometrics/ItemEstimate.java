package com.massagetrainer.psychometrics;

/**
 * A calibrated item: difficulty in logits with its standard error, the responses it rests on, and fit mean-squares
 * (NaN until there are responses from persons with a non-extreme score).
 */
public record ItemEstimate(double difficulty, double standardError, int responses, double infit, double outfit) {

    /** Mean-squares outside 0.7-1.3 with at least {@code minResponses} responses: the item does not fit the model. */
    public boolean misfits(int minResponses) {
        return responses >= minResponses && (outOfBand(infit) || outOfBand(outfit));
    }

    private static boolean outOfBand(double meanSquare) {
        return !Double.isNaN(meanSquare) && (meanSquare < 0.7 || meanSquare > 1.3);
    }
}
