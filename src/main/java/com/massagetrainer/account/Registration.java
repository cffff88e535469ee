package com.massagetrainer.account;

/** What a person types to create an account; {@code invitationCode} is optional (instructors). */
public record Registration(String displayName, String email, String password, String confirmPassword,
                           String invitationCode) {
}
