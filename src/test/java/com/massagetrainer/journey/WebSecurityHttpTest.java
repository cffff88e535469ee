package com.massagetrainer.journey;


import com.massagetrainer.account.Role;
import com.massagetrainer.account.TestAccounts;
import com.massagetrainer.account.TrainerPrincipal;
import jakarta.servlet.ServletContext;
import jakarta.servlet.SessionTrackingMode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Web security seen over real HTTP, through Tomcat, the trusted-proxy valve and the whole filter chain: headers,
 * cookies, the sign-in form's CSRF token, and client addresses from X-Forwarded-For. The tests' trusted proxy is
 * 127.0.0.1 (application-test.properties); a request over ::1 comes from an untrusted address.
 * Same context as the browser journeys (same properties), so it starts no extra server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:journeys;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
class WebSecurityHttpTest {

    private static final String TRUSTED = "127.0.0.1";
    private static final String UNTRUSTED = "[::1]";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    ServletContext servletContext;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** A visitor without a browser: keeps the session cookie and the page's CSRF token. */
    private final class Visitor {
        final String host;
        final List<String[]> headers = new ArrayList<>();
        String cookie;
        String csrfName;
        String csrfValue;

        Visitor(String host, String... headerPairs) {
            this.host = host;
            for (int i = 0; i < headerPairs.length; i += 2) {
                headers.add(new String[] {headerPairs[i], headerPairs[i + 1]});
            }
        }

        HttpRequest.Builder request(String path) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + path));
            headers.forEach(h -> b.header(h[0], h[1]));
            if (cookie != null) {
                b.header("Cookie", cookie);
            }
            return b;
        }

        HttpResponse<String> send(HttpRequest request) throws Exception {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                    .findFirst().ifPresent(c -> cookie = c.substring(0, c.indexOf(';')));
            return response;
        }

        HttpResponse<String> loginPage() throws Exception {
            HttpResponse<String> page = send(request("/login").GET().build());
            csrfName = meta(page.body(), "_csrf_parameter");
            csrfValue = meta(page.body(), "_csrf");
            return page;
        }

        HttpResponse<String> signIn(String email, String password, boolean withToken) throws Exception {
            String form = "username=" + enc(email) + "&password=" + enc(password)
                    + (withToken ? "&" + enc(csrfName) + "=" + enc(csrfValue) : "");
            return send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String meta(String html, String name) {
        Matcher m = Pattern.compile("<meta name=\"" + name + "\" content=\"([^\"]*)\"").matcher(html);
        assertThat(m.find()).as("meta " + name + " on the login page").isTrue();
        return m.group(1);
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
    }

    @Test
    void pagesCarryTheContentSecurityPolicyAndALaxHttpOnlyCookieButNoHstsOverPlainHttp() throws Exception {
        HttpResponse<String> page = new Visitor(TRUSTED).loginPage();
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'none'");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
        String cookie = sessionCookie(page);
        assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax").doesNotContain("Secure");
        assertThat(page.body()).doesNotContainIgnoringCase("jsessionid");
    }

    @Test
    void httpsReportedByTheTrustedProxyMakesTheCookieSecureAndSendsHsts() throws Exception {
        HttpResponse<String> page = new Visitor(TRUSTED, "X-Forwarded-Proto", "https").loginPage();
        assertThat(page.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                v -> assertThat(v).contains("max-age="));
        assertThat(sessionCookie(page)).contains("Secure").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void httpsClaimedByAnyoneElseIsIgnored() throws Exception {
        HttpResponse<String> page = new Visitor(UNTRUSTED, "X-Forwarded-Proto", "https").loginPage();
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(sessionCookie(page)).doesNotContain("Secure");
    }

    @Test
    void sessionsAreTrackedByCookieOnly() {
        // Spring Security's DisableEncodeUrlFilter already keeps ;jsessionid= out of what passes through it; the
        // container setting also covers what does not (static files, error pages).
        assertThat(servletContext.getEffectiveSessionTrackingModes()).containsExactly(SessionTrackingMode.COOKIE);
    }

    @Test
    void theSessionIdNeverAppearsInARedirect() throws Exception {
        Visitor anonymous = new Visitor(TRUSTED);
        HttpResponse<String> response = anonymous.send(anonymous.request("/profile").GET().build());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login").doesNotContainIgnoringCase("jsessionid"));
    }

    @Test
    void signingInNeedsThePagesCsrfToken() throws Exception {
        TrainerPrincipal user = TestAccounts.newUser(context, Role.STUDENT);
        Visitor forged = new Visitor(TRUSTED, "Origin", "https://evil.example");
        forged.loginPage();
        HttpResponse<String> refused = forged.signIn(user.email(), "password-123", false);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("This sign-in form has expired or was not sent from this site.");
        HttpResponse<String> stillAnonymous = forged.send(forged.request("/profile").GET().build());
        assertThat(stillAnonymous.statusCode()).isEqualTo(302);

        Visitor real = new Visitor(TRUSTED);
        real.loginPage();
        HttpResponse<String> in = real.signIn(user.email(), "password-123", true);
        assertThat(in.statusCode()).isEqualTo(302);
        assertThat(in.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    @Test
    void behindTheTrustedProxyEachClientAddressIsThrottledOnItsOwn() throws Exception {
        TrainerPrincipal user = TestAccounts.newUser(context, Role.STUDENT);
        Visitor guesser = new Visitor(TRUSTED, "X-Forwarded-For", "203.0.113.5");
        guesser.loginPage();
        for (int i = 0; i < 3; i++) {
            assertThat(location(guesser.signIn(user.email(), "wrong-" + i, true))).endsWith("/login?error");
        }
        assertThat(location(guesser.signIn(user.email(), "password-123", true))).contains("/login?wait=");
        // The owner comes through the same proxy from another address: not slowed, signs in.
        Visitor owner = new Visitor(TRUSTED, "X-Forwarded-For", "198.51.100.20");
        owner.loginPage();
        assertThat(location(owner.signIn(user.email(), "password-123", true))).endsWith("/");
    }

    @Test
    void fromAnUntrustedAddressXForwardedForIsIgnored() throws Exception {
        TrainerPrincipal user = TestAccounts.newUser(context, Role.STUDENT);
        for (int i = 0; i < 3; i++) {
            Visitor v = new Visitor(UNTRUSTED, "X-Forwarded-For", "203.0.113." + (10 + i));
            v.loginPage();
            assertThat(location(v.signIn(user.email(), "wrong-" + i, true))).endsWith("/login?error");
        }
        Visitor claimsNewAddress = new Visitor(UNTRUSTED, "X-Forwarded-For", "203.0.113.99");
        claimsNewAddress.loginPage();
        assertThat(location(claimsNewAddress.signIn(user.email(), "password-123", true))).contains("/login?wait=");
    }
}
