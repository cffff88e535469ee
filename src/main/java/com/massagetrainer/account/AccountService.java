package com.massagetrainer.account;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Accounts: registration, profile changes, and the admin's user management. Every rule a user can break is
 * checked here and reported as an {@link AccountRuleException} naming the field, so any form shows it in place.
 */
@Service
@Transactional
public class AccountService {

    static final String INVITATION_CODE = "instructor-invitation-code";

    private final AppUserRepository users;
    private final AppSettingRepository settings;
    private final PasswordEncoder encoder;
    private final CurrentUser currentUser;
    private final Clock clock;

    AccountService(AppUserRepository users, AppSettingRepository settings, PasswordEncoder encoder,
                   CurrentUser currentUser, Clock clock) {
        this.users = users;
        this.settings = settings;
        this.encoder = encoder;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Creates a student account, or an instructor account when the invitation code matches. */
    public UserSummary register(Registration form) {
        // Every field is checked before anything is refused, so the person sees all that needs fixing at once.
        java.util.Map<String, String> problems = new java.util.LinkedHashMap<>();
        String name = checked(problems, () -> TextInput.name("displayName", form.displayName(), 100));
        String email = checked(problems, () -> TextInput.email("email", form.email()));
        String password = form.password() == null ? "" : form.password();
        PasswordPolicy.weakness(password, email == null ? "" : email)
                .ifPresent(reason -> problems.put("password", reason + " " + PasswordPolicy.HINT));
        if (!password.equals(form.confirmPassword())) {
            problems.put("confirmPassword", "The two passwords differ; type the same password twice.");
        }
        Role role = Role.STUDENT;
        String code = form.invitationCode() == null ? "" : form.invitationCode().strip();
        if (!code.isEmpty()) {
            Optional<String> expected = invitationCode();
            if (expected.isEmpty() || !expected.get().equals(code)) {
                problems.put("invitationCode", "This invitation code is not valid. Leave it empty to register as a student.");
            }
            role = Role.INSTRUCTOR;
        }
        if (email != null && users.existsByEmail(email)) {
            problems.put("email", "An account with this email already exists. Sign in instead.");
        }
        if (!problems.isEmpty()) {
            throw new AccountRuleException(problems);
        }
        Optional<AppUser> guest = currentUser.get().filter(p -> p.role() == Role.GUEST)
                .flatMap(p -> users.findById(p.id())).filter(u -> u.getRole() == Role.GUEST);
        if (guest.isPresent()) {
            // Claims what the guest did: the guest row becomes the new account, so its attempts, answers and review
            // schedule are already the new account's. Its sessions end (the password hash changed): sign in anew.
            AppUser user = guest.get();
            user.setEmail(email);
            user.setDisplayName(name);
            user.setPasswordHash(encoder.encode(password));
            user.setRole(role);
            return UserSummary.of(users.saveAndFlush(user));
        }
        AppUser user = users.save(new AppUser(email, name, encoder.encode(password), role, clock.instant()));
        return UserSummary.of(user);
    }

    /**
     * A guest account for "try 10 questions": no email anyone owns, a password nobody knows (sign-in refuses guests
     * anyway). Callers limit how often one client may create one.
     */
    public TrainerPrincipal createGuest() {
        byte[] secret = new byte[24];
        new java.security.SecureRandom().nextBytes(secret);
        AppUser guest = users.save(new AppUser("guest-" + java.util.UUID.randomUUID() + "@guest.invalid", "Guest",
                encoder.encode(java.util.Base64.getEncoder().encodeToString(secret)), Role.GUEST, clock.instant()));
        return TrainerPrincipal.of(guest);
    }

    /** The cleaned value, or null with the broken rule added to {@code problems}. */
    private static String checked(java.util.Map<String, String> problems, java.util.function.Supplier<String> check) {
        try {
            return check.get();
        } catch (AccountRuleException e) {
            problems.putAll(e.problems());
            return null;
        }
    }

    /** Used by the demo data and tests: creates an account with a given role if the email is free. */
    UserSummary ensureUser(String email, String displayName, String password, Role role) {
        return users.findByEmail(email).map(UserSummary::of).orElseGet(() -> UserSummary.of(
                users.save(new AppUser(email, displayName, encoder.encode(password), role, clock.instant()))));
    }

    /** The name a certificate is issued in; used by other features, never shown for another user's data. */
    @Transactional(readOnly = true)
    public String displayNameOf(long userId) {
        return users.findById(userId).map(AppUser::getDisplayName).orElseThrow();
    }

    @Transactional(readOnly = true)
    public UserSummary myProfile() {
        return UserSummary.of(me());
    }

    public UserSummary changeMyDisplayName(String displayName) {
        AppUser me = me();
        me.setDisplayName(TextInput.name("displayName", displayName, 100));
        return UserSummary.of(me);
    }

    public void changeMyPassword(String currentPassword, String newPassword, String confirmPassword) {
        AppUser me = me();
        if (currentPassword == null || !encoder.matches(currentPassword, me.getPasswordHash())) {
            throw new AccountRuleException("currentPassword", "Your current password is not right.");
        }
        PasswordPolicy.weakness(newPassword, me.getEmail()).ifPresent(reason -> {
            throw new AccountRuleException("newPassword", reason + " " + PasswordPolicy.HINT);
        });
        if (!newPassword.equals(confirmPassword)) {
            throw new AccountRuleException("confirmPassword", "The two passwords differ; type the same password twice.");
        }
        me.setPasswordHash(encoder.encode(newPassword));
        // Sessions carry the password hash: this one goes on, the user's other sessions end at their next request.
        currentUser.replace(TrainerPrincipal.of(me));
    }

    private AppUser me() {
        return users.findById(currentUser.requireId())
                .orElseThrow(() -> new AccessDeniedException("Your account no longer exists."));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<UserSummary> allUsers() {
        // Guests are temporary (deleted after a day unless they register): not users an admin manages.
        return users.findAllByOrderByDisplayNameAsc().stream().filter(u -> u.getRole() != Role.GUEST)
                .map(UserSummary::of).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public UserSummary changeRole(long userId, Role role) {
        AppUser user = users.findById(userId).orElseThrow(() -> new AccountRuleException("user", "No such user."));
        if (user.getId() == currentUser.requireId() && role != Role.ADMIN) {
            throw new AccountRuleException("role", "You cannot take away your own admin role; ask another admin.");
        }
        user.setRole(role);
        return UserSummary.of(user);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public UserSummary setEnabled(long userId, boolean enabled) {
        AppUser user = users.findById(userId).orElseThrow(() -> new AccountRuleException("user", "No such user."));
        if (user.getId() == currentUser.requireId() && !enabled) {
            throw new AccountRuleException("enabled", "You cannot disable your own account.");
        }
        user.setEnabled(enabled);
        return UserSummary.of(user);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Optional<String> currentInvitationCode() {
        return invitationCode();
    }

    /** Sets the code that makes a registration an instructor account; blank turns instructor sign-up off. */
    @PreAuthorize("hasRole('ADMIN')")
    public void setInvitationCode(String code) {
        String value = code == null ? "" : code.strip();
        if (!value.isEmpty() && value.length() < 8) {
            throw new AccountRuleException("invitationCode", "Use at least 8 characters so the code cannot be guessed.");
        }
        if (value.length() > 100) {
            throw new AccountRuleException("invitationCode", "Use at most 100 characters.");
        }
        AppSetting setting = settings.findById(INVITATION_CODE).orElseGet(() -> new AppSetting(INVITATION_CODE, ""));
        setting.setValue(value);
        settings.save(setting);
    }

    private Optional<String> invitationCode() {
        return settings.findById(INVITATION_CODE).map(AppSetting::getValue).filter(v -> !v.isBlank());
    }
}
