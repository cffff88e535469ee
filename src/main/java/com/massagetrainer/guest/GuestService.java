package com.massagetrainer.guest;

import com.massagetrainer.account.AccountService;
import com.massagetrainer.account.CurrentUser;
import com.massagetrainer.account.Role;
import com.massagetrainer.account.TrainerPrincipal;
import com.massagetrainer.base.AttemptLimits;
import com.massagetrainer.base.ClientAddress;
import com.massagetrainer.base.ThrottleRule;
import com.massagetrainer.quiz.AttemptSummary;
import com.massagetrainer.quiz.QuizRuleException;
import com.massagetrainer.quiz.QuizService;
import com.massagetrainer.quiz.QuizSpec;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * "Try 10 questions" without an account. The first try makes a guest account (role GUEST) and signs this browser
 * session in as it; the quiz is an ordinary practice attempt of the guest's, so quiz, results and review work as for
 * anyone. QuizService refuses guests every mode but practice of at most 10 questions. Registering while a guest
 * turns the guest account into the new one (AccountService.register), which keeps the attempt and its answers;
 * unclaimed guests are deleted after a day ({@link GuestCleanup}).
 */
@Service
public class GuestService {

    /** From one client address: 10 tries at once (a classroom shares one address), then one every 6 minutes. */
    static final ThrottleRule PER_ADDRESS = new ThrottleRule.SteadyRate(10, Duration.ofMinutes(6));
    static final String TITLE = "Try " + QuizService.GUEST_QUESTIONS + " questions";

    private final AccountService accounts;
    private final QuizService quizzes;
    private final CurrentUser currentUser;
    private final AttemptLimits limits;
    private final ClientAddress clientAddress;

    GuestService(AccountService accounts, QuizService quizzes, CurrentUser currentUser, AttemptLimits limits,
                 ClientAddress clientAddress) {
        this.accounts = accounts;
        this.quizzes = quizzes;
        this.currentUser = currentUser;
        this.limits = limits;
        this.clientAddress = clientAddress;
    }

    /**
     * Starts (or, for a guest with one open, resumes) the try-out quiz and returns its attempt id. Someone not signed
     * in becomes a guest first, if their address has tries left.
     */
    public long startTry() {
        Optional<TrainerPrincipal> me = currentUser.get();
        if (me.isPresent() && me.get().role() != Role.GUEST) {
            throw new QuizRuleException("You are signed in: start a quiz from your home page.");
        }
        if (me.isPresent()) {
            Optional<AttemptSummary> open = quizzes.myOpenAttempt();
            if (open.isPresent()) {
                return open.get().id();
            }
        } else {
            String address = clientAddress.current().filter(a -> !a.isBlank()).orElse("unknown");
            limits.attempt(List.of(new AttemptLimits.Limit("guest-try", address, PER_ADDRESS))).ifPresent(wait -> {
                long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
                throw new QuizRuleException("Many people tried the trainer from this network just now. Try again in "
                        + minutes + (minutes == 1 ? " minute" : " minutes") + ", or create an account.");
            });
            signInAs(accounts.createGuest());
        }
        return quizzes.start(QuizSpec.practice(TITLE, List.of(), QuizService.GUEST_QUESTIONS));
    }

    public boolean isGuest() {
        return currentUser.hasRole(Role.GUEST);
    }

    // Signs this browser session in as the guest: the security context of this request, and the session's copy that
    // the next requests load. Outside a web request (tests) only the former.
    private static void signInAs(TrainerPrincipal guest) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(guest, null,
                guest.getAuthorities()));
        SecurityContextHolder.setContext(context);
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            request.getSession(true).setAttribute(
                    HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        }
    }
}
