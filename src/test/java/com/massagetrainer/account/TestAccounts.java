package com.massagetrainer.account;

import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.UUID;

/** Accounts for tests: find or create a user and sign them in on the current thread. */
public final class TestAccounts {

    public static final String STUDENT = "student@demo.test";
    public static final String INSTRUCTOR = "instructor@demo.test";
    public static final String ADMIN = "admin@demo.test";
    public static final String DEMO_PASSWORD_SUFFIX = DemoAccounts.PASSWORD_SUFFIX;

    private TestAccounts() {
    }

    public static TrainerPrincipal principal(ApplicationContext context, String email) {
        return context.getBean(AppUserRepository.class).findByEmail(email).map(TrainerPrincipal::of).orElseThrow();
    }

    /** A fresh user with a unique email, so tests do not see each other's data. */
    public static TrainerPrincipal newUser(ApplicationContext context, Role role) {
        String email = role.name().toLowerCase() + "-" + UUID.randomUUID() + "@test.example";
        context.getBean(AccountService.class).ensureUser(email, "Test " + role.label(), "password-123", role);
        return principal(context, email);
    }

    public static UsernamePasswordAuthenticationToken signIn(TrainerPrincipal principal) {
        UsernamePasswordAuthenticationToken auth = UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(auth);
        return auth;
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
