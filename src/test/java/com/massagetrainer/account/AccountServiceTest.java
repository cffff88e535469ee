package com.massagetrainer.account;

import com.massagetrainer.SpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountServiceTest extends SpringTest {

    @Autowired
    AccountService accounts;
    @Autowired
    AppUserRepository users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    ApplicationContext context;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private static String uniqueEmail() {
        return "new-" + UUID.randomUUID() + "@example.org";
    }

    private static Registration form(String email, String password) {
        return new Registration("Kim Learner", email, password, password, "");
    }

    private static void assertRule(Runnable action, String field, String text) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(AccountRuleException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).contains(text);
        });
    }

    @Test
    void registrationCreatesAStudentWithABcryptHash() {
        String email = uniqueEmail();
        UserSummary user = accounts.register(new Registration("  Kim   Learner ", email.toUpperCase(),
                "kneading-2026", "kneading-2026", null));
        assertThat(user.role()).isEqualTo(Role.STUDENT);
        assertThat(user.displayName()).isEqualTo("Kim Learner");
        AppUser stored = users.findByEmail(email).orElseThrow();
        assertThat(stored.getPasswordHash()).startsWith("{bcrypt}$2a$10$");
        assertThat(encoder.matches("kneading-2026", stored.getPasswordHash())).isTrue();
    }

    @Test
    void registrationRejectsBadInputWithAMessageOnTheField() {
        assertRule(() -> accounts.register(form("not-an-email", "kneading-2026")), "email", "like name@example.com");
        assertRule(() -> accounts.register(form(uniqueEmail(), "short")), "password", "at least 10 characters");
        assertRule(() -> accounts.register(new Registration("Kim", uniqueEmail(), "kneading-2026", "kneading-2027", "")),
                "confirmPassword", "differ");
        assertRule(() -> accounts.register(new Registration("", uniqueEmail(), "kneading-2026", "kneading-2026", "")),
                "displayName", "Enter a name");
        assertRule(() -> accounts.register(new Registration("x".repeat(101), uniqueEmail(), "kneading-2026",
                "kneading-2026", "")), "displayName", "at most 100");
        assertRule(() -> accounts.register(new Registration("Kim\u0000Bob", uniqueEmail(), "kneading-2026",
                "kneading-2026", "")), "displayName", "control characters");
        assertRule(() -> accounts.register(form(TestAccounts.STUDENT, "kneading-2026")), "email", "already exists");
    }

    @Test
    void sqlLookingNamesAreStoredAsPlainText() {
        String email = uniqueEmail();
        accounts.register(new Registration("Robert'); DROP TABLE app_user;--", email, "kneading-2026",
                "kneading-2026", ""));
        assertThat(users.findByEmail(email).orElseThrow().getDisplayName()).isEqualTo("Robert'); DROP TABLE app_user;--");
        assertThat(users.count()).isGreaterThan(1);
    }

    @Test
    void invitationCodeMakesAnInstructorAndAWrongCodeIsRefused() {
        TestAccounts.signIn(TestAccounts.principal(context, TestAccounts.ADMIN));
        accounts.setInvitationCode("teach-upper-back-77");
        TestAccounts.signOut();
        assertRule(() -> accounts.register(new Registration("Ira", uniqueEmail(), "kneading-2026", "kneading-2026",
                "guess-123")), "invitationCode", "not valid");
        assertThat(accounts.register(new Registration("Ira", uniqueEmail(), "kneading-2026", "kneading-2026",
                "teach-upper-back-77")).role()).isEqualTo(Role.INSTRUCTOR);
    }

    @Test
    void adminOperationsAreRefusedToStudentsAndInstructors() {
        for (String email : new String[]{TestAccounts.STUDENT, TestAccounts.INSTRUCTOR}) {
            TestAccounts.signIn(TestAccounts.principal(context, email));
            long someone = TestAccounts.principal(context, TestAccounts.STUDENT).id();
            assertThatThrownBy(() -> accounts.allUsers()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> accounts.changeRole(someone, Role.ADMIN)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> accounts.setEnabled(someone, false)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> accounts.setInvitationCode("hijack-code-1")).isInstanceOf(AccessDeniedException.class);
        }
        TestAccounts.signOut();
        assertThatThrownBy(() -> accounts.allUsers()).isInstanceOfAny(AccessDeniedException.class,
                AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void adminChangesRolesAndDisablesButNotThemselves() {
        TrainerPrincipal target = TestAccounts.newUser(context, Role.STUDENT);
        TrainerPrincipal admin = TestAccounts.principal(context, TestAccounts.ADMIN);
        TestAccounts.signIn(admin);
        assertThat(accounts.changeRole(target.id(), Role.INSTRUCTOR).role()).isEqualTo(Role.INSTRUCTOR);
        assertThat(accounts.setEnabled(target.id(), false).enabled()).isFalse();
        assertThat(accounts.allUsers()).anySatisfy(u -> {
            assertThat(u.id()).isEqualTo(target.id());
            assertThat(u.enabled()).isFalse();
        });
        assertRule(() -> accounts.setEnabled(admin.id(), false), "enabled", "your own account");
        assertRule(() -> accounts.changeRole(admin.id(), Role.STUDENT), "role", "your own admin role");
    }

    @Test
    void profileChangesOnlyTheSignedInUsersOwnAccount() {
        TrainerPrincipal me = TestAccounts.newUser(context, Role.STUDENT);
        TrainerPrincipal other = TestAccounts.newUser(context, Role.STUDENT);
        TestAccounts.signIn(me);
        assertThat(accounts.myProfile().id()).isEqualTo(me.id());
        accounts.changeMyDisplayName("New Name");
        assertThat(users.findById(me.id()).orElseThrow().getDisplayName()).isEqualTo("New Name");
        assertThat(users.findById(other.id()).orElseThrow().getDisplayName()).isEqualTo("Test Student");

        assertRule(() -> accounts.changeMyPassword("wrong-one-1", "kneading-2027", "kneading-2027"),
                "currentPassword", "not right");
        accounts.changeMyPassword("password-123", "kneading-2027", "kneading-2027");
        assertThat(encoder.matches("kneading-2027", users.findById(me.id()).orElseThrow().getPasswordHash())).isTrue();

        TestAccounts.signOut();
        assertThatThrownBy(() -> accounts.myProfile()).isInstanceOf(AccessDeniedException.class);
    }
}
