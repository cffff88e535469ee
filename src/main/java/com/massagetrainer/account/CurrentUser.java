package com.massagetrainer.account;

import org.springframework.security.access.AccessDeniedException;
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

    public boolean hasRole(Role role) {
        return get().map(p -> p.role() == role).orElse(false);
    }
}
