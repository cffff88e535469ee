package com.massagetrainer.classroom;

import java.time.Instant;

/** A student on a class roster: when they joined and when they last answered a question (null: never). */
public record RosterEntry(long studentId, String displayName, String email, Instant joinedAt, Instant lastActive) {
}
