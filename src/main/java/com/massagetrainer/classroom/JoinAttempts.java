package com.massagetrainer.classroom;

import com.massagetrainer.base.AttemptLimits;
import com.massagetrainer.base.ClientAddress;
import com.massagetrainer.base.ThrottleRule;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps class join codes from being guessed. Per student: five wrong codes free (typos happen), then a wait of
 * 30 s that doubles up to 15 minutes. Per client address: 30 wrong codes at once (a classroom joining together shares
 * one address), then one every 20 s. A right code forgives its attempt. Counted in the database, on every server.
 */
@Component
class JoinAttempts {

    static final ThrottleRule PER_STUDENT = new ThrottleRule.GrowingDelay(5, Duration.ofSeconds(30),
            Duration.ofMinutes(15), Duration.ofHours(1));
    static final ThrottleRule PER_ADDRESS = new ThrottleRule.SteadyRate(30, Duration.ofSeconds(20));

    private final AttemptLimits limits;
    private final ClientAddress address;

    JoinAttempts(AttemptLimits limits, ClientAddress address) {
        this.limits = limits;
        this.address = address;
    }

    /** Counts a try with a code, or refuses it with how long to wait. */
    void attempt(long studentId) {
        limits.attempt(of(studentId)).ifPresent(wait -> {
            throw new ClassroomRuleException("Too many wrong class codes. Wait " + human(wait)
                    + ", then try again; check the code with your instructor (it looks like K7M-2QX).");
        });
    }

    void succeeded(long studentId) {
        limits.succeeded(of(studentId));
    }

    private List<AttemptLimits.Limit> of(long studentId) {
        List<AttemptLimits.Limit> list = new ArrayList<>();
        list.add(new AttemptLimits.Limit("join-code", Long.toString(studentId), PER_STUDENT));
        address.current().ifPresent(a -> list.add(new AttemptLimits.Limit("join-code-address", a, PER_ADDRESS)));
        return list;
    }

    static String human(Duration wait) {
        long seconds = Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
        if (seconds < 120) {
            return seconds + (seconds == 1 ? " second" : " seconds");
        }
        return ((seconds + 59) / 60) + " minutes";
    }
}
