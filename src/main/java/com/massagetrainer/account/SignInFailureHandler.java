package com.massagetrainer.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

import java.io.IOException;

/** Sends a failed sign-in back to the login page with what the user should be told (never which part was wrong). */
@Component
public class SignInFailureHandler implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String query;
        if (exception instanceof SignInService.ThrottledException throttled) {
            long seconds = Math.max(1, throttled.waitFor().toSeconds());
            query = "wait=" + seconds;
        } else if (exception instanceof DisabledException) {
            query = "disabled";
        } else {
            query = "error";
        }
        response.sendRedirect(request.getContextPath() + "/login?" + query);
    }
}
