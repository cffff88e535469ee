package com.massagetrainer.ui;

import com.massagetrainer.account.AccountRecheckFilter;
import com.massagetrainer.account.SignInFailureHandler;
import com.massagetrainer.account.ui.LoginView;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinWebSecurity;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.CsrfConfigurer;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.context.SecurityContextRepository;

import java.io.IOException;

/**
 * Web security with Vaadin's configurer: every view needs an access annotation, the login view is ours, and
 * services are guarded by method security as well (views are not access control on their own).
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig extends VaadinWebSecurity {

    /**
     * What the pages may load and run. Vaadin Flow 24 needs:
     * 'unsafe-inline' scripts (its bootstrap page and our theme switch are inline scripts),
     * 'unsafe-eval' (the client runs every Element.executeJs call through the Function constructor, in production too),
     * 'unsafe-inline' styles (components and the theme set style attributes and inject style elements),
     * data: and blob: images and fonts (Lumo's icons and ECharts' exports), and connections to its own server only
     * (XHR for server round trips; in development mode also the dev tools' websocket, which 'self' covers).
     * Everything else is locked down: no plugins, no framing by other sites, forms post only to this app, and no
     * base-URL rewriting; nothing is loaded from another origin.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "frame-ancestors 'none'",
            "base-uri 'self'",
            "form-action 'self'");

    private final SignInFailureHandler failureHandler;
    private final RequestUtil requestUtil;
    private final JdbcTemplate jdbc;

    SecurityConfig(SignInFailureHandler failureHandler, RequestUtil requestUtil, JdbcTemplate jdbc) {
        this.failureHandler = failureHandler;
        this.requestUtil = requestUtil;
        this.jdbc = jdbc;
    }

    /**
     * A refused request gets a plain 403. A sign-in form without a valid token (forged by another site, or left open
     * until the session expired) gets a 403 page with a way back, written directly: the container's error page would
     * be another request, which the filter chain sends to sign-in, hiding the 403.
     */
    private static void denied(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException, ServletException {
        if (e instanceof CsrfException && "POST".equals(request.getMethod())
                && (request.getContextPath() + "/login").equals(request.getRequestURI())) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("<!DOCTYPE html><html lang=\"en\"><head><title>Sign in again</title></head>"
                    + "<body><p>This sign-in form has expired or was not sent from this site.</p><p><a href=\""
                    + request.getContextPath() + "/login\">Open the sign-in page</a> and sign in again.</p>"
                    + "</body></html>");
            return;
        }
        new AccessDeniedHandlerImpl().handle(request, response, e);
    }

    /**
     * Other sites learn only our origin from links followed out of the app. A password-reset page (whose address
     * holds the one-time token) sends no Referer at all, not even to the app's own requests.
     */
    static String referrerPolicy(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/reset-password")
                ? "no-referrer" : "strict-origin-when-cross-origin";
    }

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        super.configure(http);
        setLoginView(http, LoginView.class, "/");
        // Vaadin exempts the login form's POST from CSRF protection, which lets another site sign a visitor in to
        // an account of the attacker's (login CSRF). Vaadin's login form sends the token (it reads the page's _csrf
        // meta tags), so require it: only Vaadin's own requests, which carry their own token, stay exempt.
        http.removeConfigurer(CsrfConfigurer.class);
        http.csrf(csrf -> csrf.ignoringRequestMatchers(requestUtil::isFrameworkInternalRequest));
        http.exceptionHandling(exceptions -> exceptions.accessDeniedHandler(SecurityConfig::denied));
        http.formLogin(form -> form.failureHandler(failureHandler));
        // Spring Security's default: a new session id at sign-in (defeats session fixation); logout invalidates.
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        // HSTS is Spring Security's default and is sent only on HTTPS requests (as seen through a trusted proxy).
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .addHeaderWriter((request, response) -> response.setHeader("Referrer-Policy",
                        referrerPolicy(request))));
        SecurityContextRepository contexts = http.getSharedObject(SecurityContextRepository.class);
        http.addFilterAfter(new AccountRecheckFilter(jdbc,
                        contexts != null ? contexts : new HttpSessionSecurityContextRepository()),
                SecurityContextHolderFilter.class);
    }
}
