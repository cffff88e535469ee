package com.massagetrainer.account;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.util.Locale;

/**
 * Checks a sign-in: throttled ({@link LoginThrottle}), the same answer for an unknown
 * email and a wrong password, and a disabled account is only revealed to someone who knows its password.
 */
@Component
class SignInService implements AuthenticationProvider {

    /** Tells the failure handler how long to ask the user to wait. */
    static final class ThrottledException extends LockedException {
        private final Duration wait;

        ThrottledException(Duration wait) {
            super("Too many failed sign-ins");
            this.wait = wait;
        }

        Duration waitFor() {
            return wait;
        }
    }

    // A real hash to compare against when the email is unknown, so both cases take the same time.
    private final String unknownUserHash;
    private final AppUserRepository users;
    private final PasswordEncoder encoder;
    private final LoginThrottle throttle;

    SignInService(AppUserRepository users, PasswordEncoder encoder, LoginThrottle throttle) {
        this.users = users;
        this.encoder = encoder;
        this.throttle = throttle;
        this.unknownUserHash = encoder.encode("no-such-user-placeholder");
    }

    @Override
    @Transactional(readOnly = true)
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String email = authentication.getName() == null ? "" : authentication.getName().strip().toLowerCase(Locale.ROOT);
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        // Counted before the password is checked, so parallel guesses cannot all pass before one is recorded.
        throttle.attempt(email, address).ifPresent(wait -> {
            throw new ThrottledException(wait);
        });
        AppUser user = users.findByEmail(email).orElse(null);
        boolean matches = encoder.matches(password, user == null ? unknownUserHash : user.getPasswordHash());
        if (user == null || !matches || user.getRole() == Role.GUEST) {
            throw new BadCredentialsException("Incorrect email or password");
        }
        if (!user.isEnabled()) {
            throw new DisabledException("This account is disabled");
        }
        throttle.succeeded(email, address);
        TrainerPrincipal principal = TrainerPrincipal.of(user);
        UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities());
        result.setDetails(authentication.getDetails());
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
