package com.massagetrainer.classroom;

/** A classroom rule was broken (unknown join code, already a member, empty name); the message is for the user. */
public class ClassroomRuleException extends RuntimeException {

    public ClassroomRuleException(String message) {
        super(message);
    }
}
