package com.massagetrainer.account;

import java.time.Instant;

/** A user as the admin list shows them. */
public record UserSummary(long id, String displayName, String email, Role role, boolean enabled, Instant createdAt) {

    static UserSummary of(AppUser user) {
        return new UserSummary(user.getId(), user.getDisplayName(), user.getEmail(), user.getRole(), user.isEnabled(),
                user.getCreatedAt());
    }
}
