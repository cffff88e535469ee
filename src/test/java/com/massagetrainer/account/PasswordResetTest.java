package com.massagetrainer.account;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.massagetrainer.SpringTest;
import com.massagetrainer.classroom.ClassSummary;
import com.massagetrainer.classroom.ClassroomService;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** "Forgot password?": mailed and handed-over one-time links, against a real SMTP server (GreenMail) in the JVM. */
class PasswordResetTest extends SpringTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(39025, "127.0.0.1",
            ServerSetup.PROTOCOL_SMTP));

    private static final Pattern LINK = Pattern.compile("https?://\\S+/reset-password/([A-Za-z0-9_-]{43})");
    private static final String NEW_PASSWORD = "effleurage-77";

    @Autowired
    PasswordResetService resets;
    @Autowired
    ResetMail mail;
    @Autowired
    AppUserRepository users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    ApplicationContext context;
    @Autowired
    ClassroomService classes;
    @Autowired
    MockMvc mvc;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private String mailedToken(String to) throws Exception {
        mail.drain();
        MimeMessage[] received = SMTP.getReceivedMessagesForDomain(to);
        assertThat(received).hasSize(1);
        String body = GreenMailUtil.getBody(received[0]);
        Matcher m = LINK.matcher(body.replace("=\r\n", "").replace("=\n", ""));
        assertThat(m.find()).as("a reset link in: " + body).isTrue();
        return m.group(1);
    }

    private boolean passwordIs(long userId, String password) {
        return encoder.matches(password, users.findById(userId).orElseThrow().getPasswordHash());
    }

    private PasswordResetService.Link linkAsAdminFor(long userId) {
        TestAccounts.signIn(TestAccounts.principal(context, TestAccounts.ADMIN));
        try {
            return resets.createLink(userId);
        } finally {
            TestAccounts.signOut();
        }
    }

    private static String tokenOf(PasswordResetService.Link link) {
        return link.url().substring(link.url().lastIndexOf('/') + 1);
    }

    @Test
    void theMailedLinkSetsANewPasswordOnceAndOnlyItsHashIsStored() throws Exception {
        TrainerPrincipal user = TestAccounts.newUser(context, Role.STUDENT);
        resets.requestByEmail(user.email().toUpperCase());
        String token = mailedToken(user.email());
        assertThat(SMTP.getReceivedMessages()[0].getSubject()).contains("new password");

        var stored = context.getBean(org.springframework.jdbc.core.JdbcTemplate.class).queryForList(
                "select token_hash from password_reset where user_id = ?", String.class, user.id());
        assertThat(stored).containsExactly(PasswordResetService.hash(token)).doesNotContain(token);

        resets.reset(token, NEW_PASSWORD, NEW_PASSWORD);
        assertThat(passwordIs(user.id(), NEW_PASSWORD)).isTrue();
        assertThatThrownBy(() -> resets.reset(token, "another-pass-9", "another-pass-9"))
                .isInstanceOf(AccountRuleException.class).hasMessage(PasswordResetService.EXPIRED);
        assertThat(passwordIs(user.id(), NEW_PASSWORD)).isTrue();
    }

    @Test
    void aLinkExpiresAfterOneHour() {
        TrainerPrincipal user = TestAccounts.newUser(context, Role.STUDENT);
        String token = tokenOf(linkAsAdminFor(user.id()));
        clock.advance(Duration.ofMinutes(59));
        assertThat(resets.isUsable(token)).isTrue();
        clock.advance(Duration.ofMinutes(1));
        assertThat(resets.isUsable(token)).isFalse();
        assertThatThrownBy(() -> resets.reset(token, NEW_PASSWORD, NEW_PASSWORD))
                .isInstanceOf(AccountRuleException.class).hasMessage(PasswordResetService.EXPIRED);
        assertThat(passwordIs(user.id(), "password-123")).isTrue();
    }

    @Test
    void aWeakPasswordIsRefusedAndTheLinkStillWorks() {
        TrainerPrincipal user = TestAccounts.newUser(context, Role.STUDENT);
        String token = tokenOf(linkAsAdminFor(user.id()));
        assertThatThrownBy(() -> resets.reset(token, "short", "short"))
                .isInstanceOfSatisfying(AccountRuleException.class, e -> assertThat(e.field()).isEqualTo("newPassword"));
        assertThatThrownBy(() -> resets.reset(token, NEW_PASSWORD, NEW_PASSWORD + "x"))
                .isInstanceOfSatisfying(AccountRuleException.class, e -> assertThat(e.field()).isEqualTo("confirmPassword"));
        resets.reset(token, NEW_PASSWORD, NEW_PASSWORD);
        assertThat(passwordIs(user.id(), NEW_PASSWORD)).isTrue();
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoMail() throws Exception {
        resets.requestByEmail("nobody-" + UUID.randomUUID() + "@example.org");
        mail.drain();
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void requestsAreRateLimitedWhetherOrNotTheAddressHasAnAccount() throws Exception {
        String unknown = "nobody-" + UUID.randomUUID() + "@example.org";
        TrainerPrincipal user = TestAccounts.newUser(context, Role.STUDENT);
        for (int i = 0; i < 3; i++) {
            resets.requestByEmail(user.email());
        }
        // Three for one address, then that address waits; the same answer for one without an account.
        assertThatThrownBy(() -> resets.requestByEmail(user.email())).hasMessageContaining("Too many reset requests");
        resets.requestByEmail(unknown);
        resets.requestByEmail(unknown + ".uk");
        // Five from one client (here: no web request, one "unknown" client), then that client waits.
        assertThatThrownBy(() -> resets.requestByEmail("x" + unknown)).hasMessageContaining("Too many reset requests");
        mail.drain();
        assertThat(SMTP.getReceivedMessagesForDomain(user.email())).hasSize(3);
        clock.advance(Duration.ofMinutes(20));
        resets.requestByEmail(user.email());
    }

    @Test
    void anInstructorCreatesLinksOnlyForTheirOwnStudentsAnAdminForAnyoneAStudentForNobody() {
        TrainerPrincipal instructor = TestAccounts.newUser(context, Role.INSTRUCTOR);
        TrainerPrincipal mine = TestAccounts.newUser(context, Role.STUDENT);
        TrainerPrincipal other = TestAccounts.newUser(context, Role.STUDENT);
        TestAccounts.signIn(instructor);
        ClassSummary c = classes.create("Reset class " + UUID.randomUUID(), null);
        TestAccounts.signIn(mine);
        classes.join(c.joinCode());

        TestAccounts.signIn(instructor);
        assertThat(resets.createLink(mine.id()).url()).contains("/reset-password/");
        assertThatThrownBy(() -> resets.createLink(other.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> resets.createLink(TestAccounts.principal(context, TestAccounts.ADMIN).id()))
                .isInstanceOf(AccessDeniedException.class);

        TestAccounts.signIn(mine);
        assertThatThrownBy(() -> resets.createLink(other.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> resets.createLink(mine.id())).isInstanceOf(AccessDeniedException.class);

        PasswordResetService.Link forOther = linkAsAdminFor(other.id());
        assertThat(forOther.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofHours(1)));
        assertThat(linkAsAdminFor(instructor.id()).url()).contains("/reset-password/");
    }

    @Test
    void aResetEndsTheUsersOtherSessions() throws Exception {
        TrainerPrincipal user = TestAccounts.newUser(context, Role.STUDENT);
        MvcResult in = mvc.perform(post("/login").param("username", user.email()).param("password", "password-123")
                .with(csrf())).andReturn();
        assertThat(in.getResponse().getRedirectedUrl()).isEqualTo("/");
        MockHttpSession session = (MockHttpSession) in.getRequest().getSession();

        resets.reset(tokenOf(linkAsAdminFor(user.id())), NEW_PASSWORD, NEW_PASSWORD);
        SecurityContextHolder.clearContext();
        MvcResult next = mvc.perform(get("/history").session(session)).andReturn();
        assertThat(next.getResponse().getRedirectedUrl()).endsWith("/login");
        assertThat(session.isInvalid()).isTrue();
    }
}
