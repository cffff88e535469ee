package com.massagetrainer.psychometrics;

/**
 * One person's graded answers: {@code items[k]} (an index into the calibrated item list) was answered with full
 * credit when {@code correct[k]}. Each item appears at most once.
 */
public record ResponseRecord(int[] items, boolean[] correct) {

    public ResponseRecord {
        if (items.length != correct.length) {
            throw new IllegalArgumentException("items and correct differ in length");
        }
    }

    public int rawScore() {
        int score = 0;
        for (boolean c : correct) {
            if (c) {
                score++;
            }
        }
        return score;
    }
}
