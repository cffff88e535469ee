package com.massagetrainer;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.massagetrainer.account.TestAccounts;
import com.massagetrainer.account.TrainerPrincipal;
import com.vaadin.flow.router.Route;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Base of the view tests: one shared Spring context (in-memory H2, the real bank) and a mocked Vaadin UI per
 * test, driven with Karibu's {@code _get}/{@code _click}/{@code _setValue}.
 */
public abstract class KaribuTest extends SpringTest {

    private static Routes routes;

    @Autowired
    protected ApplicationContext applicationContext;

    @BeforeAll
    static void discoverRoutes() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("com.massagetrainer");
            // Karibu's scan skips package-private classes, and our views are package-private by design.
            try (ScanResult scan = new ClassGraph().enableAnnotationInfo().ignoreClassVisibility()
                    .acceptPackages("com.massagetrainer").scan()) {
                scan.getClassesWithAnnotation(Route.class.getName()).loadClasses(Component.class)
                        .forEach(routes.getRoutes()::add);
            }
        }
    }

    @BeforeEach
    protected void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, applicationContext, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        TestAccounts.signOut();
    }

    /** Signs the user in as Spring Security and Vaadin's access control see it, then reloads the UI. */
    protected TrainerPrincipal login(String email) {
        return login(TestAccounts.principal(applicationContext, email));
    }

    protected TrainerPrincipal login(TrainerPrincipal principal) {
        var auth = TestAccounts.signIn(principal);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((p, role) -> principal.role().name().equals(role));
        UI.getCurrent().getPage().reload();
        return principal;
    }
}
