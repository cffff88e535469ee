package com.massagetrainer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.massagetrainer.account.CurrentUser;
import com.massagetrainer.account.TrainerPrincipal;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;

import java.util.List;
import java.util.Optional;
import com.massagetrainer.account.Role;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;

/**
 * The application shell: header with the product name, a navigation drawer built from the views' {@code @Menu}
 * annotations (so features never reference the shell, and the list only holds views the user may open), and a
 * light/dark switch. The drawer collapses behind a toggle at phone width.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final AuthenticationContext authentication;
    private final CurrentUser currentUser;

    public MainLayout(AuthenticationContext authentication, CurrentUser currentUser) {
        this.authentication = authentication;
        this.currentUser = currentUser;
        setPrimarySection(Section.DRAWER);
        addToNavbar(true, header());
        addToDrawer(brand(), menuScroller());
    }

    private Component header() {
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel("Menu");
        H1 title = new H1("Massage Exam Trainer");
        title.addClassName("app-title");
        Button theme = new Button(new Icon(VaadinIcon.ADJUST), e -> toggleDarkMode());
        theme.setId("theme-toggle");
        theme.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        theme.setAriaLabel("Switch light or dark theme");
        theme.setTooltipText("Light or dark theme");
        HorizontalLayout bar = new HorizontalLayout(toggle, title, theme, account());
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(title);
        bar.addClassName("app-header");
        return bar;
    }

    private Component account() {
        Optional<TrainerPrincipal> user = currentUser.get();
        if (user.isEmpty()) {
            Anchor signIn = new Anchor("login", "Sign in");
            signIn.setId("sign-in-link");
            Anchor register = new Anchor("register", "Register");
            register.setId("register-link-header");
            HorizontalLayout links = new HorizontalLayout(signIn, register);
            links.addClassName("account-links");
            return links;
        }
        if (user.get().role() == Role.GUEST) {
            return guestBox();
        }
        Span name = new Span(user.get().displayName());
        name.setId("current-user");
        name.addClassName("current-user");
        Button signOut = new Button("Sign out", new Icon(VaadinIcon.SIGN_OUT), e -> authentication.logout());
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout box = new HorizontalLayout(name, signOut);
        box.setAlignItems(FlexComponent.Alignment.CENTER);
        box.addClassName("account-links");
        return box;
    }

    /** A guest trying the trainer: the way to keep what they did, and the way out. */
    private Component guestBox() {
        Anchor claim = new Anchor("register", "Create an account to keep this");
        claim.setId("guest-claim");
        claim.addClassName("guest-claim");
        Button leave = new Button("Leave", e -> authentication.logout());
        leave.setId("sign-out");
        leave.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        leave.setTooltipText("Stop trying as a guest (your answers are deleted after 24 hours)");
        HorizontalLayout box = new HorizontalLayout(claim, leave);
        box.setAlignItems(FlexComponent.Alignment.CENTER);
        box.addClassName("account-links");
        return box;
    }

    private Component brand() {
        Div brand = new Div(new Icon(VaadinIcon.ACADEMY_CAP), new Div("Exam Trainer"));
        brand.addClassName("app-brand");
        return brand;
    }

    /** Vaadin's scroller is a Tab stop (so keyboard users can scroll it); a tab stop needs a name. */
    private Scroller menuScroller() {
        Scroller scroller = new Scroller(navigation());
        scroller.setId("menu-scroller");
        scroller.getElement().setAttribute("role", "region");
        scroller.getElement().setAttribute("aria-label", "Menu");
        return scroller;
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setId("main-nav");
        // A guest may open no view but their own quiz (GuestGuard), so the menu would only lead nowhere.
        boolean guest = currentUser.hasRole(Role.GUEST);
        for (MenuEntry entry : guest ? List.<MenuEntry>of() : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = entry.icon() == null ? new SideNavItem(entry.title(), entry.path())
                    : new SideNavItem(entry.title(), entry.path(), new Icon(entry.icon()));
            nav.addItem(item);
        }
        return nav;
    }

    /**
     * Every route change starts at the top. The layout outlives its views, and so does the scroll position of its
     * content area (and of the window on phones): results opened from the bottom of the last feedback started
     * mid-page. Runs after the new view's DOM is in place.
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        getElement().executeJs("""
                const content = this.shadowRoot && this.shadowRoot.querySelector('[content]');
                if (content) { content.scrollTop = 0; }
                window.scrollTo(0, 0);
                """);
    }

    private void toggleDarkMode() {
        // Lumo's dark variant is a theme attribute on <html>; remembered in the browser, applied on load by index.html.
        getElement().executeJs("""
                const html = document.documentElement;
                const dark = html.getAttribute('theme') !== 'dark';
                if (dark) { html.setAttribute('theme', 'dark'); } else { html.removeAttribute('theme'); }
                try { localStorage.setItem('trainer-theme', dark ? 'dark' : 'light'); } catch (e) {}
                """);
    }
}
