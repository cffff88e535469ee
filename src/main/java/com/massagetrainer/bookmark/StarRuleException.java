package com.massagetrainer.bookmark;

/** A star or search request that cannot be met; the message is for the student. */
public class StarRuleException extends RuntimeException {

    public StarRuleException(String message) {
        super(message);
    }
}
