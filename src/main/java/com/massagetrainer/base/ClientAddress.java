package com.massagetrainer.base;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.Optional;

/**
 * The address of the client making the current web request, for services that limit guesses per address. Behind a
 * trusted proxy it is the address the proxy reported ({@link TrustedProxies}); empty outside a web request.
 */
@Component
public class ClientAddress {

    public Optional<String> current() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.ofNullable(attributes.getRequest().getRemoteAddr()) : Optional.empty();
    }
}
