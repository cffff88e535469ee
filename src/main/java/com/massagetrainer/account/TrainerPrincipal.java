package com.massagetrainer.account;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;

/** The signed-in user as Spring Security holds it: id and role travel with the session, so checks need no query. */
public record TrainerPrincipal(long id, String email, String displayName, Role role, String passwordHash)
        implements UserDetails, Serializable {

    static TrainerPrincipal of(AppUser user) {
        return new TrainerPrincipal(user.getId(), user.getEmail(), user.getDisplayName(), user.getRole(),
                user.getPasswordHash());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public String toString() {
        return "TrainerPrincipal[" + id + ", " + role + "]";
    }
}
