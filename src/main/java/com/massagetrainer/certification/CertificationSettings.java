package com.massagetrainer.certification;

/** What an admin or instructor sets for a certification. */
public record CertificationSettings(String title, int questionCount, int timeLimitMinutes, int passMark,
                                    int retakeHours, boolean active) {
}
