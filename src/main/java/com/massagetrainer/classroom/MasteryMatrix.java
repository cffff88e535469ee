package com.massagetrainer.classroom;

import java.util.List;

/**
 * A class's mastery, student by topic (percent; null where the student has fewer answers than mastery needs),
 * with the class average per topic over the students who have enough data. {@code topicLabels} are the topics'
 * short labels, in the same order as their names.
 */
public record MasteryMatrix(List<String> topicNames, List<String> topicLabels, List<Row> rows,
                            List<Double> classAverages) {

    public record Row(long studentId, String studentName, List<Double> mastery) {
    }
}
