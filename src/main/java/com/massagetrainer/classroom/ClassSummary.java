package com.massagetrainer.classroom;

/** A class as lists show it. */
public record ClassSummary(long id, String name, String description, String joinCode, long students) {
}
