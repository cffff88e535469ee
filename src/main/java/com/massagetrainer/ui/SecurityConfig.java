package com.massagetrainer.ui;

import com.massagetrainer.account.SignInFailureHandler;
import com.massagetrainer.account.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinWebSecurity;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;

/**
 * Web security with Vaadin's configurer: every view needs an access annotation, the login view is ours, and
 * services are guarded by method security as well (views are not access control on their own).
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig extends VaadinWebSecurity {

    private final SignInFailureHandler failureHandler;

    SecurityConfig(SignInFailureHandler failureHandler) {
        this.failureHandler = failureHandler;
    }

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        super.configure(http);
        setLoginView(http, LoginView.class, "/");
        http.formLogin(form -> form.failureHandler(failureHandler));
        // Spring Security's default: a new session id at sign-in (defeats session fixation); logout invalidates.
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
    }
}
