package com.massagetrainer.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;

/**
 * Makes an admin's change to an account take effect on that user's next request, on whichever app server it lands:
 * each signed-in request reads the account's role, enabled flag and password hash (one primary-key lookup). A
 * disabled or deleted account's session ends, and so does every session signed in before the password was changed
 * (a reset by link ends them all; a change on the profile page keeps the session it was made in) and the request goes on as anonymous (so the user meets the sign-in page); a changed role
 * replaces the role the session carried. Expiring sessions through a SessionRegistry would only reach sessions of the
 * server the admin happens to use.
 */
public class AccountRecheckFilter extends OncePerRequestFilter {

    private record Account(Role role, boolean enabled, String passwordHash) {
    }

    private final JdbcTemplate jdbc;
    private final SecurityContextRepository repository;

    public AccountRecheckFilter(JdbcTemplate jdbc, SecurityContextRepository repository) {
        this.jdbc = jdbc;
        this.repository = repository;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // Looked up per request: Vaadin installs its own strategy after this filter is built.
        SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
        Authentication auth = holder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof TrainerPrincipal principal) {
            List<Account> found = jdbc.query("select role, enabled, password_hash from app_user where id = ?",
                    (rs, n) -> new Account(Role.valueOf(rs.getString(1)), rs.getBoolean(2), rs.getString(3)),
                    principal.id());
            if (found.isEmpty() || !found.get(0).enabled()
                    || !found.get(0).passwordHash().equals(principal.passwordHash())) {
                holder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            } else if (found.get(0).role() != principal.role()) {
                TrainerPrincipal changed = new TrainerPrincipal(principal.id(), principal.email(),
                        principal.displayName(), found.get(0).role(), principal.passwordHash());
                UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(changed,
                        null, changed.getAuthorities());
                token.setDetails(auth.getDetails());
                SecurityContext context = holder.createEmptyContext();
                context.setAuthentication(token);
                holder.setContext(context);
                repository.saveContext(context, request, response);
            }
        }
        chain.doFilter(request, response);
    }
}
