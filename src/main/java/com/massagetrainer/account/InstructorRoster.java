package com.massagetrainer.account;

/**
 * Whether a student is in one of an instructor's classes. Classes are their own feature (which uses accounts), so
 * accounts ask through this interface instead of depending on it.
 */
public interface InstructorRoster {

    boolean teaches(long instructorId, long studentId);
}
