package com.massagetrainer.ui;

import com.massagetrainer.account.CurrentUser;
import com.massagetrainer.account.Role;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

import java.util.regex.Pattern;

/**
 * A guest ("try 10 questions") is signed in, so Vaadin's access control would let them into every view open to
 * signed-in users. This keeps them to their own quiz and results (the services check ownership), registration and
 * the public pages; anything else leads to the try page. Services refuse guests what matters on their own too (the
 * quiz service allows them only short practice quizzes).
 */
@Component
class GuestGuard implements VaadinServiceInitListener {

    static final Pattern ALLOWED = Pattern.compile(
            "try|register|login|forgot-password|reset-password(/.*)?|verify(/.*)?|quiz/\\d+(/results)?");

    private final CurrentUser currentUser;

    GuestGuard(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::keepGuestsIn));
    }

    private void keepGuestsIn(BeforeEnterEvent event) {
        if (currentUser.hasRole(Role.GUEST) && !ALLOWED.matcher(event.getLocation().getPath()).matches()) {
            event.rerouteTo("try");
        }
    }
}
