package com.massagetrainer.account;

import com.massagetrainer.base.AttemptLimits;
import com.massagetrainer.base.ClientAddress;
import com.massagetrainer.base.ThrottleRule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * "Forgot password?": one-time links to set a new password. A link is valid for {@link #VALID_FOR} and works once;
 * only the SHA-256 hash of its token is stored. It reaches the user by e-mail ({@link ResetMail}) or, without mail
 * settings, by hand: an admin (for anyone) or the student's instructor creates it and hands it over. Asking by e-mail
 * never tells whether the address has an account: the same answer, and the same work up to the (asynchronous)
 * sending. Setting the new password ends the user's other sessions: each signed-in request compares the password
 * hash its session carries with the account's ({@link AccountRecheckFilter}).
 */
@Service
@Transactional
public class PasswordResetService {

    static final Duration VALID_FOR = Duration.ofHours(1);
    /** From one address: 5 requests at once, then one per 12 minutes. */
    static final ThrottleRule PER_ADDRESS = new ThrottleRule.SteadyRate(5, Duration.ofMinutes(12));
    /** For one e-mail address, from anywhere: 3 at once, then one per 20 minutes (nobody's inbox gets flooded). */
    static final ThrottleRule PER_EMAIL = new ThrottleRule.SteadyRate(3, Duration.ofMinutes(20));

    public static final String EXPIRED = "This link has expired or was already used. Ask for a new one.";

    /** A link handed to an admin or instructor: shown once, the token is not kept anywhere readable. */
    public record Link(String url, Instant expiresAt) {
    }

    private record Pending(long id, long userId) {
    }

    private final AppUserRepository users;
    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder;
    private final CurrentUser currentUser;
    private final InstructorRoster roster;
    private final AttemptLimits limits;
    private final ClientAddress clientAddress;
    private final ResetMail mail;
    private final Clock clock;
    private final RandomGenerator random;
    private final String baseUrl;

    PasswordResetService(AppUserRepository users, JdbcTemplate jdbc, PasswordEncoder encoder, CurrentUser currentUser,
                         InstructorRoster roster, AttemptLimits limits, ClientAddress clientAddress, ResetMail mail,
                         Clock clock, RandomGenerator quizSeeds, @Value("${trainer.public-base-url}") String baseUrl) {
        this.users = users;
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.currentUser = currentUser;
        this.roster = roster;
        this.limits = limits;
        this.clientAddress = clientAddress;
        this.mail = mail;
        this.clock = clock;
        this.random = quizSeeds;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Whether links can go out by e-mail; without, the forgot-password page sends people to a person. */
    @Transactional(readOnly = true)
    public boolean mailConfigured() {
        return mail.configured();
    }

    /**
     * Sends a reset link to the address if it belongs to an account that can sign in. Says nothing either way: a
     * malformed address or too many requests are the only errors, and they do not depend on the account.
     */
    public void requestByEmail(String emailInput) {
        String email = TextInput.email("email", emailInput);
        String address = clientAddress.current().filter(a -> !a.isBlank()).orElse("unknown");
        limits.attempt(List.of(new AttemptLimits.Limit("reset-address", address, PER_ADDRESS),
                new AttemptLimits.Limit("reset-email", email, PER_EMAIL))).ifPresent(wait -> {
            long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
            throw new AccountRuleException("email", "Too many reset requests. Wait " + minutes
                    + (minutes == 1 ? " minute" : " minutes") + " and try again.");
        });
        // The token is made and hashed for every request, known address or not.
        String token = newToken();
        String hash = hash(token);
        Optional<AppUser> user = users.findByEmail(email)
                .filter(u -> u.isEnabled() && u.getRole() != Role.GUEST);
        if (user.isPresent() && mail.configured()) {
            store(user.get().getId(), hash, null);
            mail.sendAfterCommit(user.get().getEmail(), user.get().getDisplayName(), url(token));
        }
    }

    /**
     * A link for someone who cannot receive mail: admins may create one for anyone, instructors for the students in
     * their classes, nobody else.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'INSTRUCTOR')")
    public Link createLink(long userId) {
        TrainerPrincipal me = currentUser.require();
        AppUser user = users.findById(userId).filter(u -> u.getRole() != Role.GUEST)
                .orElseThrow(() -> new AccountRuleException("user", "No such user."));
        boolean allowed = me.role() == Role.ADMIN
                || me.role() == Role.INSTRUCTOR && user.getRole() == Role.STUDENT && roster.teaches(me.id(), userId);
        if (!allowed) {
            throw new AccessDeniedException("You can create reset links only for the students in your classes.");
        }
        String token = newToken();
        Instant expires = store(userId, hash(token), me.id());
        return new Link(url(token), expires);
    }

    /** Whether the link still works (the page says so before the user types a new password). */
    @Transactional(readOnly = true)
    public boolean isUsable(String token) {
        return pending(token).isPresent();
    }

    /**
     * Sets the new password and uses up the link (and every other open link of the account). A password the
     * policy refuses leaves the link usable, so the user can try again.
     */
    public void reset(String token, String newPassword, String confirmPassword) {
        Pending link = pending(token).orElseThrow(() -> new AccountRuleException("token", EXPIRED));
        AppUser user = users.findById(link.userId()).orElseThrow(() -> new AccountRuleException("token", EXPIRED));
        PasswordPolicy.weakness(newPassword, user.getEmail()).ifPresent(reason -> {
            throw new AccountRuleException("newPassword", reason + " " + PasswordPolicy.HINT);
        });
        if (!newPassword.equals(confirmPassword)) {
            throw new AccountRuleException("confirmPassword", "The two passwords differ; type the same password twice.");
        }
        Timestamp now = Timestamp.from(clock.instant());
        // Single use, decided by the database: of two requests with the same link only one updates the row.
        if (jdbc.update("update password_reset set used_at = ? where id = ? and used_at is null", now, link.id()) != 1) {
            throw new AccountRuleException("token", EXPIRED);
        }
        jdbc.update("update password_reset set used_at = ? where user_id = ? and used_at is null", now, user.getId());
        user.setPasswordHash(encoder.encode(newPassword));
    }

    private Optional<Pending> pending(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.query("select id, user_id from password_reset where token_hash = ? and used_at is null "
                        + "and expires_at > ?", (rs, n) -> new Pending(rs.getLong(1), rs.getLong(2)), hash(token),
                Timestamp.from(clock.instant())).stream().findFirst();
    }

    private Instant store(long userId, String hash, Long createdBy) {
        Instant now = clock.instant();
        Instant expires = now.plus(VALID_FOR);
        jdbc.update("insert into password_reset (user_id, token_hash, created_at, expires_at, created_by) "
                        + "values (?, ?, ?, ?, ?)", userId, hash, Timestamp.from(now), Timestamp.from(expires),
                createdBy);
        return expires;
    }

    private String url(String token) {
        return baseUrl + "/reset-password/" + token;
    }

    private String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
