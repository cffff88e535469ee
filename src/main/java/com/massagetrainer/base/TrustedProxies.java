package com.massagetrainer.base;

import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Who the client is when the app runs behind a reverse proxy or load balancer. Only a request whose own remote address
 * is one of {@code trainer.security.trusted-proxies} may say, in X-Forwarded-For and X-Forwarded-Proto, which address
 * and scheme the client used; from anyone else those headers are ignored, since a client could write anything there.
 * Tomcat's RemoteIpValve does the reading (it walks X-Forwarded-For from the right and stops at the first address that
 * is not a trusted proxy), so request.getRemoteAddr() and request.isSecure() tell the truth everywhere after it:
 * sign-in throttling, join-code limits, the Secure cookie flag and HSTS.
 */
@Component
public class TrustedProxies implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

    private final List<String> addresses;

    TrustedProxies(@Value("${trainer.security.trusted-proxies:}") String setting) {
        this.addresses = parse(setting);
    }

    /** The proxies' addresses as Tomcat writes remote addresses; refuses anything that is not an IP address. */
    static List<String> parse(String setting) {
        return Arrays.stream(setting == null ? new String[0] : setting.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).map(TrustedProxies::literal).distinct().toList();
    }

    private static String literal(String address) {
        if (!LITERAL.matcher(address).matches() || !(address.contains(".") || address.contains(":"))) {
            throw new IllegalArgumentException("trainer.security.trusted-proxies: '" + address
                    + "' is not an IP address; list the proxies' addresses, separated by commas");
        }
        try {
            // A literal is parsed without any name lookup; getHostAddress gives the form Tomcat reports.
            return InetAddress.getByName(address).getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("trainer.security.trusted-proxies: '" + address
                    + "' is not an IP address", e);
        }
    }

    /** The valve's pattern: exactly one of the listed addresses. */
    static String pattern(List<String> addresses) {
        return addresses.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (addresses.isEmpty()) {
            return; // no proxy trusted: forwarded headers mean nothing
        }
        RemoteIpValve valve = new RemoteIpValve();
        valve.setInternalProxies(pattern(addresses));
        valve.setRemoteIpHeader("X-Forwarded-For");
        valve.setProtocolHeader("X-Forwarded-Proto");
        valve.setProtocolHeaderHttpsValue("https");
        factory.addEngineValves(valve);
    }
}
