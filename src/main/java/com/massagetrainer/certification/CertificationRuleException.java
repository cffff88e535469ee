package com.massagetrainer.certification;

/** A certification rule was broken (retake too early, bad settings); the message is written for the user. */
public class CertificationRuleException extends RuntimeException {

    public CertificationRuleException(String message) {
        super(message);
    }
}
