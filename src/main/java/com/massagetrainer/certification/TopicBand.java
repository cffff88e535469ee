package com.massagetrainer.certification;

/** A certification candidate's result in one topic, as a band rather than the keys: what to work on next. */
public record TopicBand(String topicName, Band band) {

    public enum Band {
        GOOD("Good"), BORDERLINE("Borderline"), NEEDS_WORK("Needs work");

        private final String label;

        Band(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** Good from 80%, borderline from 60%, below that needs work. */
        public static Band of(double percent) {
            return percent >= 80 ? GOOD : percent >= 60 ? BORDERLINE : NEEDS_WORK;
        }
    }
}
