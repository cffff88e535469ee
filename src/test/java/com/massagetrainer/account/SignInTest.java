package com.massagetrainer.account;

import com.massagetrainer.SpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Sign-in through the real Spring Security filter chain: throttling, messages, session handling. */
class SignInTest extends SpringTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    AccountService accounts;

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static String randomAddress() {
        return "10.9." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
    }

    private MvcResult signIn(String email, String password, String address, MockHttpSession session) throws Exception {
        var request = post("/login").param("username", email).param("password", password).with(csrf())
                .with(from(address));
        if (session != null) {
            request.session(session);
        }
        return mvc.perform(request).andReturn();
    }

    @Test
    void rightPasswordSignsInWithANewSessionId() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();
        MvcResult result = signIn(TestAccounts.STUDENT, "student" + TestAccounts.DEMO_PASSWORD_SUFFIX, randomAddress(),
                session);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(result.getRequest().getSession().getId()).isNotEqualTo(before);
    }

    @Test
    void emailIsNotCaseSensitive() throws Exception {
        MvcResult result = signIn("Student@Demo.TEST", "student" + TestAccounts.DEMO_PASSWORD_SUFFIX, randomAddress(),
                null);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void wrongPasswordAndUnknownEmailGetTheSameAnswer() throws Exception {
        String address = randomAddress();
        assertThat(signIn(TestAccounts.STUDENT, "not-the-password-1", address, null).getResponse().getRedirectedUrl())
                .isEqualTo("/login?error");
        assertThat(signIn("nobody-" + UUID.randomUUID() + "@x.org", "not-the-password-1", address, null)
                .getResponse().getRedirectedUrl()).isEqualTo("/login?error");
    }

    @Test
    void repeatedFailuresMakeThatAddressWaitEvenWithTheRightPasswordButNotTheOwnerElsewhere() throws Exception {
        TrainerPrincipal user = TestAccounts.newUser(context, Role.STUDENT);
        String address = randomAddress();
        for (int i = 0; i < 3; i++) {
            assertThat(signIn(user.email(), "wrong-password-" + i, address, null).getResponse().getRedirectedUrl())
                    .isEqualTo("/login?error");
        }
        assertThat(signIn(user.email(), "password-123", address, null).getResponse().getRedirectedUrl())
                .matches("/login\\?wait=(29|30)");
        assertThat(signIn(user.email(), "password-123", "10.8.1.1", null).getResponse().getRedirectedUrl())
                .isEqualTo("/");
    }

    @Test
    void aSignInWithoutTheCsrfTokenIsRefused() throws Exception {
        MvcResult result = mvc.perform(post("/login").param("username", TestAccounts.STUDENT)
                .param("password", "student" + TestAccounts.DEMO_PASSWORD_SUFFIX)
                .header("Origin", "https://evil.example").with(from(randomAddress()))).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(403);
        assertThat(result.getRequest().getSession(false) == null || result.getRequest().getSession(false)
                .getAttribute("SPRING_SECURITY_CONTEXT") == null).isTrue();
        MvcResult wrongToken = mvc.perform(post("/login").param("username", TestAccounts.STUDENT)
                .param("password", "student" + TestAccounts.DEMO_PASSWORD_SUFFIX).with(csrf().useInvalidToken())
                .with(from(randomAddress()))).andReturn();
        assertThat(wrongToken.getResponse().getStatus()).isEqualTo(403);
    }

    private MockHttpSession signedIn(TrainerPrincipal user) throws Exception {
        MvcResult in = signIn(user.email(), "password-123", randomAddress(), new MockHttpSession());
        assertThat(in.getResponse().getRedirectedUrl()).isEqualTo("/");
        return (MockHttpSession) in.getRequest().getSession();
    }

    /** A signed-in page request; MockMvc cannot forward it on to Vaadin's servlet, but the filter chain has run. */
    private MvcResult pageRequest(MockHttpSession session) throws Exception {
        try {
            return mvc.perform(get("/classes").session(session)).andReturn();
        } catch (jakarta.servlet.ServletException noVaadinServletInMockMvc) {
            assertThat(noVaadinServletInMockMvc).hasMessageContaining("springServlet");
            return null;
        }
    }

    private static Role roleIn(MockHttpSession session) {
        var stored = (org.springframework.security.core.context.SecurityContext) session.getAttribute(
                "SPRING_SECURITY_CONTEXT");
        return ((TrainerPrincipal) stored.getAuthentication().getPrincipal()).role();
    }

    @Test
    void aRoleChangeTakesEffectOnTheUsersNextRequest() throws Exception {
        TrainerPrincipal user = TestAccounts.newUser(context, Role.INSTRUCTOR);
        MockHttpSession session = signedIn(user);
        pageRequest(session);
        assertThat(roleIn(session)).isEqualTo(Role.INSTRUCTOR);
        TestAccounts.signIn(TestAccounts.principal(context, TestAccounts.ADMIN));
        accounts.changeRole(user.id(), Role.STUDENT);
        SecurityContextHolder.clearContext();
        pageRequest(session);
        assertThat(session.isInvalid()).isFalse();
        assertThat(roleIn(session)).isEqualTo(Role.STUDENT);
    }

    @Test
    void aDisabledAccountsSessionEndsOnItsNextRequest() throws Exception {
        TrainerPrincipal user = TestAccounts.newUser(context, Role.INSTRUCTOR);
        MockHttpSession session = signedIn(user);
        assertThat(pageRequest(session)).isNull(); // signed in: passed on towards the view
        TestAccounts.signIn(TestAccounts.principal(context, TestAccounts.ADMIN));
        accounts.setEnabled(user.id(), false);
        SecurityContextHolder.clearContext();
        MvcResult next = pageRequest(session);
        assertThat(next).isNotNull();
        assertThat(next.getResponse().getStatus()).isEqualTo(302);
        assertThat(next.getResponse().getRedirectedUrl()).endsWith("/login");
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void disabledAccountIsOnlyRevealedToSomeoneWithThePassword() throws Exception {
        TrainerPrincipal user = TestAccounts.newUser(context, Role.STUDENT);
        TestAccounts.signIn(TestAccounts.principal(context, TestAccounts.ADMIN));
        accounts.setEnabled(user.id(), false);
        SecurityContextHolder.clearContext();
        String address = randomAddress();
        assertThat(signIn(user.email(), "wrong-password-1", address, null).getResponse().getRedirectedUrl())
                .isEqualTo("/login?error");
        assertThat(signIn(user.email(), "password-123", address, null).getResponse().getRedirectedUrl())
                .isEqualTo("/login?disabled");
    }

    @Test
    void anonymousRequestForAProtectedPageIsSentToLogin() throws Exception {
        MvcResult result = mvc.perform(get("/profile")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
    }

    @Test
    void logoutInvalidatesTheSession() throws Exception {
        MockHttpSession session = new MockHttpSession();
        MvcResult in = signIn(TestAccounts.STUDENT, "student" + TestAccounts.DEMO_PASSWORD_SUFFIX, randomAddress(),
                session);
        MockHttpSession signedIn = (MockHttpSession) in.getRequest().getSession();
        mvc.perform(post("/logout").session(signedIn).with(csrf())).andReturn();
        assertThat(signedIn.isInvalid()).isTrue();
    }
}
