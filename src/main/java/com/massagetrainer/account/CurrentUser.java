package com.massagetrainer.account;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Who is asking: services use it to check that data they return belongs to the caller. */
@Component
public class CurrentUser {

    public Optional<TrainerPrincipal> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof TrainerPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }

    /** The signed-in user; an access error when nobody is signed in. */
    public TrainerPrincipal require() {
        return get().orElseThrow(() -> new AccessDeniedException("Sign in first."));
    }

    public long requireId() {
        return require().id();
    }

    /**
     * Replaces the signed-in user's principal in the current security context (the session's own context object, so
     * the session keeps it), after a change the session must carry, such as a new password hash.
     */
    void replace(TrainerPrincipal principal) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof TrainerPrincipal current) || current.id() != principal.id()) {
            return;
        }
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities());
        token.setDetails(auth.getDetails());
        SecurityContextHolder.getContext().setAuthentication(token);
    }

    public boolean hasRole(Role role) {
        return get().map(p -> p.role() == role).orElse(false);
    }
}
