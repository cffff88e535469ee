import com.microsoft.playwright.*;
import com.microsoft.playwright.options.*;
import java.nio.file.*;
import java.util.*;

/** A scripted hand re-run of issue 13 against a running app (not part of the suite). */
public class HandCheck {
    static String base = System.getProperty("base", "http://localhost:8080/");
    static Browser browser;
    static Path shots = Path.of("/work/hand/shots");

    static Page newPage() {
        BrowserContext c = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        c.setDefaultTimeout(60_000);
        return c.newPage();
    }

    static void signIn(Page p, String email, String pw) {
        p.navigate(base + "login");
        p.locator("vaadin-login-form input[name='username']").fill(email);
        p.locator("vaadin-login-form input[name='password']").fill(pw);
        p.locator("vaadin-login-form vaadin-button[slot='submit']").click();
        p.waitForURL(u -> !u.contains("/login"));
        p.locator("#sign-out").waitFor();
    }

    static String register(Page p, String name) {
        String email = "hand-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        p.navigate(base + "register");
        p.locator("#register-name input").fill(name);
        p.locator("#register-email input").fill(email);
        p.locator("#register-password input").fill("kneading-2026");
        p.locator("#register-confirm input").fill("kneading-2026");
        p.locator("#register-submit").click();
        p.locator("#login-notice").waitFor();
        return email;
    }

    static void log(String s) { System.out.println("HAND " + s); }

    public static void main(String[] args) throws Exception {
        Files.createDirectories(shots);
        try (Playwright pw = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            browser = pw.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(Path.of("/usr/bin/chromium"))
                    .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync")));
            for (String step : args) {
                try {
                    switch (step) {
                        case "parallel" -> parallelCertification();
                        case "sequential" -> sequential();
                        case "newquiz" -> newQuiz();
                        case "joincodes" -> joinCodes();
                        case "roles" -> roles();
                        case "deadline" -> deadline();
                        case "badids" -> badIds();
                        case "late" -> latePractice();
                        case "hidden" -> hiddenReview();
                        case "names" -> names();
                        default -> log("unknown step " + step);
                    }
                } catch (Throwable t) {
                    log(step + " FAILED TO RUN: " + t);
                }
            }
        }
    }

    /** Item 1: six sessions press "Start the exam" at once. */
    static void parallelCertification() throws Exception {
        Page reg = newPage();
        String email = register(reg, "Para Llel");
        List<Page> pages = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Page p = newPage();
            signIn(p, email, "kneading-2026");
            p.navigate(base + "certification");
            p.locator("[id^=start-certification-]").first().waitFor();
            pages.add(p);
        }
        for (Page p : pages) {
            p.evaluate("document.querySelector('[id^=start-certification-]').click()");
        }
        Thread.sleep(8000);
        Page check = pages.get(0);
        check.navigate(base + "history");
        check.locator("#history-grid").waitFor();
        Thread.sleep(1500);
        String text = check.locator("#history-grid").innerText();
        long rows = Arrays.stream(text.split("\n")).filter(l -> l.toLowerCase().contains("certif")).count();
        log("parallel: history rows mentioning certification = " + rows);
        check.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("parallel-history.png")));
        List<String> urls = new ArrayList<>();
        for (Page p : pages) urls.add(p.url().replace(base, "/"));
        log("parallel: the six sessions ended on " + urls);
    }

    /** Item 4: no skipping, no going back; only the current question reaches the browser. */
    static void sequential() throws Exception {
        Page p = newPage();
        String email = register(p, "Seq Uential");
        signIn(p, email, "kneading-2026");
        p.navigate(base + "certification");
        p.locator("[id^=start-certification-]").first().click();
        p.locator("#progress-text").waitFor();
        log("sequential: at " + p.locator("#progress-text").innerText());
        Locator next = p.locator("#next");
        log("sequential: Next visible=" + (next.count() > 0 && next.isVisible()) + " enabled="
                + (next.count() > 0 && next.isEnabled()));
        log("sequential: Previous present=" + (p.locator("#previous").count() > 0 && p.locator("#previous").isVisible()));
        if (next.count() > 0 && next.isEnabled()) {
            next.click();
            Thread.sleep(1500);
            log("sequential: after Next without an answer: " + p.locator("#progress-text").innerText());
        }
        String stems = (String) p.evaluate("() => Array.from(document.querySelectorAll('#question')).length + ' question panels'");
        log("sequential: " + stems);
        p.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("sequential-q1.png")));
        // the map must not let the student jump ahead
        Locator map = p.locator("[id^=map-]");
        log("sequential: exam map buttons present=" + map.count());
        p.reload();
        p.locator("#progress-text").waitFor();
        log("sequential: after reload: " + p.locator("#progress-text").innerText());
    }

    /** Item 13: the new quiz form offers practice and exam once each. */
    static void newQuiz() {
        Page p = newPage();
        String email = register(p, "New Quiz");
        signIn(p, email, "kneading-2026");
        p.navigate(base + "quiz/new");
        p.locator("#mode").waitFor();
        log("newquiz: mode options = " + p.locator("#mode vaadin-radio-button").allInnerTexts());
    }

    /** Item 9: guessing join codes. */
    static void joinCodes() throws Exception {
        Page p = newPage();
        String email = register(p, "Code Guesser");
        signIn(p, email, "kneading-2026");
        p.navigate(base);
        p.locator("#join-code-field input").waitFor();
        String last = "";
        for (int i = 0; i < 15; i++) {
            p.locator("#join-code-field input").fill("QZ" + (char) ('A' + i) + "-9QX");
            p.locator("#join-class-button").click();
            Thread.sleep(700);
            Locator cards = p.locator("vaadin-notification-card");
            String now = cards.count() > 0 ? cards.last().innerText() : p.locator("#join-class").innerText();
            log("joincodes: attempt " + (i + 1) + ": " + now.replace('\n', ' '));
            last = now;
        }
        p.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("joincodes.png")));
    }

    /** Item 6: a demoted and disabled instructor loses access on the next request. */
    static void roles() throws Exception {
        Page admin = newPage();
        signIn(admin, "admin@demo.test", "admin-demo-2026");
        Page inst = newPage();
        String email = register(inst, "Ina Structor");
        admin.navigate(base + "admin/users");
        admin.locator("#users-grid").waitFor();
        Thread.sleep(1500);
        // find the new user's id from the grid's role selects
        String id = (String) admin.evaluate("email => { const rows = [...document.querySelectorAll('vaadin-grid-cell-content')];"
                + " const i = rows.findIndex(r => r.innerText.includes(email)); if (i < 0) return null;"
                + " for (let j = i; j < rows.length; j++) { const s = rows[j].querySelector('vaadin-select'); if (s) return s.id.substring(5);} return null; }", email);
        log("roles: new user id " + id);
        setRole(admin, id, "Instructor");
        signIn(inst, email, "kneading-2026");
        inst.navigate(base + "classes");
        Thread.sleep(2000);
        log("roles: as instructor, /classes shows view=" + (inst.locator("#classes-view").count() > 0) + " url=" + inst.url());
        setRole(admin, id, "Student");
        inst.navigate(base + "classes");
        Thread.sleep(2000);
        log("roles: after demotion, /classes shows view=" + (inst.locator("#classes-view").count() > 0) + " url=" + inst.url()
                + " text=" + inst.locator("body").innerText().replace('\n', ' ').substring(0, Math.min(120, inst.locator("body").innerText().length())));
        admin.locator("#enable-" + id).click();
        Thread.sleep(1500);
        inst.navigate(base + "history");
        inst.waitForFunction("() => document.querySelector('vaadin-login-form') || document.querySelector('#sign-out')");
        log("roles: after disabling, /history -> url=" + inst.url() + " login form shown="
                + (inst.locator("vaadin-login-form").count() > 0) + " signed-in header=" + (inst.locator("#sign-out").count() > 0));
        inst.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("roles-disabled.png")));
    }

    static void setRole(Page admin, String id, String label) throws Exception {
        admin.locator("#role-" + id).click();
        admin.locator("vaadin-select-overlay[opened] vaadin-select-item", new Page.LocatorOptions().setHasText(label)).first().click();
        Thread.sleep(1500);
        Locator confirm = admin.locator("vaadin-confirm-dialog-overlay[opened] [slot=confirm-button]");
        if (confirm.count() > 0) confirm.click();
        Thread.sleep(1000);
    }

    /** Item 10: certificates for real names (admin makes a 10-question exam with a 1% pass mark for the check). */
    static void names() throws Exception {
        Page admin = newPage();
        signIn(admin, "admin@demo.test", "admin-demo-2026");
        admin.navigate(base + "admin/certification");
        Locator form = admin.locator("[id^=certification-form-]").first();
        form.waitFor();
        String formId = form.getAttribute("id");
        String cid = formId.substring("certification-form-".length());
        Locator ints = admin.locator("#" + formId + " vaadin-integer-field");
        ints.nth(0).locator("input").fill("10");
        ints.nth(2).locator("input").fill("1");
        ints.nth(3).locator("input").fill("0");
        admin.locator("#certification-save-" + cid).click();
        Thread.sleep(2000);
        log("names: admin form after save: " + admin.locator("#" + formId).innerText().replace('\n', ' '));
        String[] names = {"Zoë Ångström-Øvergaard", "Σοφία Παπαδοπούλου", "Анна Кузнецова", "中山美穗", "山田太郎",
                "김민준", "محمد عبد الله", "דוד לוי", "अनीता शर्मा", "สมชาย ใจดี",
                "Maximiliana Wilhelmina Theodora Bartholomew-Featherstonehaugh de la Cruz y Villalobos Hernández"};
        int n = 0;
        for (String name : names) {
            n++;
            if (n < Integer.getInteger("from", 1)) continue;
            Page p = newPage();
            String email = register(p, name);
            signIn(p, email, "kneading-2026");
            p.navigate(base + "certification");
            p.locator("#start-certification-" + cid).click();
            p.locator("#progress-text").waitFor();
            for (int q = 0; q < 10; q++) {
                answer(p);
                Thread.sleep(400);
                Locator next = p.locator("#next");
                for (int tries = 0; tries < 3 && next.count() > 0 && next.isVisible() && !next.isEnabled(); tries++) {
                    p.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("stuck-" + n + "-" + q + ".png")));
                    if (p.locator("#down-1").count() > 0) p.locator("#down-1").click();
                    else if (p.locator("#options vaadin-checkbox").count() > 1) p.locator("#options vaadin-checkbox").nth(1).click();
                    else if (p.locator("#options vaadin-radio-button").count() > 1) p.locator("#options vaadin-radio-button").nth(1).click();
                    Thread.sleep(800);
                }
                if (next.count() > 0 && next.isVisible()) {
                    next.click();
                    Thread.sleep(600);
                } else {
                    break;
                }
            }
            p.locator("#submit").click();
            p.locator("vaadin-confirm-dialog-overlay vaadin-button[slot='confirm-button']").click();
            p.locator("#certification-verdict").waitFor();
            log("names: " + name + " -> " + p.locator("#certification-verdict").innerText() + " "
                    + p.locator("#certification-score").innerText());
            Locator dl = p.locator("a[id^='download-']");
            if (dl.count() > 0) {
                Download d = p.waitForDownload(() -> dl.first().click());
                d.saveAs(shots.resolve("cert-" + n + ".pdf"));
                log("names: saved cert-" + n + ".pdf");
            }
            p.context().close();
        }
        ints = admin.locator("#" + formId + " vaadin-integer-field");
        ints.nth(0).locator("input").fill("60");
        ints.nth(2).locator("input").fill("75");
        ints.nth(3).locator("input").fill("24");
        admin.locator("#certification-save-" + cid).click();
        Thread.sleep(1500);
    }

    static void answer(Page p) {
        Locator radios = p.locator("#options vaadin-radio-button");
        Locator checks = p.locator("#options vaadin-checkbox");
        Locator selects = p.locator("#question vaadin-select");
        if (radios.count() > 0) {
            radios.first().click();
        } else if (checks.count() > 0) {
            checks.first().click();
        } else if (selects.count() > 0) {
            for (int i = 0; i < selects.count(); i++) {
                selects.nth(i).click();
                p.locator("vaadin-select-overlay[opened] vaadin-select-item").first().click();
            }
        } else if (p.locator("#down-1").count() > 0) {
            p.locator("#down-1").click();
        }
    }

    /** Item 3 (the part that needs no day to pass): what a certification attempt shows afterwards. */
    static void hiddenReview() throws Exception {
        Page admin = newPage();
        signIn(admin, "admin@demo.test", "admin-demo-2026");
        admin.navigate(base + "admin/certification");
        Locator form = admin.locator("[id^=certification-form-]").first();
        form.waitFor();
        String formId = form.getAttribute("id");
        String cid = formId.substring("certification-form-".length());
        Locator ints = admin.locator("#" + formId + " vaadin-integer-field");
        ints.nth(0).locator("input").fill("10");
        admin.locator("#certification-save-" + cid).click();
        Thread.sleep(2000);
        Page p = newPage();
        String email = register(p, "Hidden Hana");
        signIn(p, email, "kneading-2026");
        p.navigate(base + "certification");
        p.locator("#start-certification-" + cid).click();
        p.locator("#progress-text").waitFor();
        long attempt = Long.parseLong(p.url().replaceAll(".*/quiz/", "").replaceAll("[^0-9].*", ""));
        for (int q = 0; q < 10; q++) {
            answer(p);
            Thread.sleep(500);
            Locator next = p.locator("#next");
            for (int tries = 0; tries < 3 && next.count() > 0 && next.isVisible() && !next.isEnabled(); tries++) {
                if (p.locator("#keep-order").count() > 0) p.locator("#keep-order").click();
                else if (p.locator("#down-1").count() > 0) p.locator("#down-1").click();
                Thread.sleep(800);
            }
            if (next.count() > 0 && next.isVisible()) { next.click(); Thread.sleep(600); } else break;
        }
        p.locator("#submit").click();
        p.locator("vaadin-confirm-dialog-overlay vaadin-button[slot='confirm-button']").click();
        p.locator("#certification-verdict").waitFor();
        log("hidden: certification " + p.locator("#certification-verdict").innerText() + " " + p.locator("#certification-score").innerText());
        String result = p.locator("body").innerText();
        log("hidden: result page mentions a key or rationale: " + (result.contains("Correct answer") || result.contains("Why") || result.contains("Explanation")));
        for (String u : List.of("quiz/" + attempt + "/results", "history", "")) {
            p.navigate(base + u);
            Thread.sleep(3000);
            String body = p.locator("body").innerText();
            log("hidden: /" + u + " -> practise-mistakes button=" + (p.locator("#practise-mistakes").count() > 0)
                    + " review cards=" + p.locator(".review-card, .review-item").count()
                    + " text=" + body.replace('\n', ' ').substring(0, Math.min(160, body.length())));
        }
        p.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("hidden-home.png")));
        ints.nth(0).locator("input").fill("60");
        admin.locator("#certification-save-" + cid).click();
        Thread.sleep(1500);
    }

    /** Item 5: a practice assignment past its due time (due 3 minutes after it is made). */
    static void latePractice() throws Exception {
        Page inst = newPage();
        signIn(inst, "instructor@demo.test", "instructor-demo-2026");
        inst.navigate(base + "classes");
        inst.locator("#class-name input").fill("Hand check " + UUID.randomUUID().toString().substring(0, 4));
        inst.locator("#create-class").click();
        inst.locator("#join-code").waitFor();
        String code = inst.locator("#join-code").innerText().replaceAll(".*?([A-Z0-9]{3}-[A-Z0-9]{3}).*", "$1").trim();
        log("late: class made, join code " + code);
        Page st = newPage();
        String email = register(st, "Late Lee");
        signIn(st, email, "kneading-2026");
        st.locator("#join-code-field input").fill(code);
        st.locator("#join-class-button").click();
        Thread.sleep(2000);
        java.time.ZonedDateTime dueAt = java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).plusMinutes(3).withSecond(0).withNano(0);
        inst.locator("#assignment-title input").fill("Late practice");
        inst.locator("#assignment-due vaadin-date-picker input").fill(dueAt.format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH)));
        inst.locator("#assignment-due vaadin-date-picker input").press("Enter");
        inst.locator("#assignment-due vaadin-time-picker input").fill(dueAt.format(java.time.format.DateTimeFormatter.ofPattern("HH:mm")));
        inst.locator("#assignment-due vaadin-time-picker input").press("Enter");
        inst.locator("#assignment-topics vaadin-checkbox").first().click();
        inst.locator("#assign").click();
        Thread.sleep(2500);
        log("late: assignments on the class page: " + inst.locator("#assignment-list").innerText().replace('\n', ' ')
                + (inst.locator("#assignment-problem").isVisible() ? " PROBLEM: " + inst.locator("#assignment-problem").innerText() : ""));
        st.navigate(base);
        Locator start = st.locator("[id^=start-assignment-]").first();
        start.waitFor();
        start.click();
        st.locator("#progress-text").waitFor();
        answer(st);
        st.locator("#check").click();
        Thread.sleep(1500);
        st.locator("#next").click();
        Thread.sleep(1500);
        log("late: answered question 1 in time; due " + dueAt + "; now waiting past it");
        long wait = java.time.Duration.between(java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC), dueAt).toMillis() + 5000;
        Thread.sleep(Math.max(0, wait));
        Thread.sleep(3000);
        log("late: 5 s after the due time, without touching the page: url=" + st.url() + " page="
                + st.locator("body").innerText().replace('\n', ' ').substring(0, 300));
        st.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("late-student-after-due.png")));
        if (st.locator("#check").count() > 0) {
            answer(st);
            st.locator("#check").click();
            Thread.sleep(3000);
        }
        Locator cards = st.locator("vaadin-notification-card");
        log("late: after the due time, Check gives: url=" + st.url() + " notification=" + (cards.count() > 0 ? cards.last().innerText().replace('\n', ' ') : "none")
                + " page=" + st.locator("body").innerText().replace('\n', ' ').substring(0, 200));
        st.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("late-student.png")));
        inst.navigate(inst.url());
        Thread.sleep(2000);
        inst.locator("[id^=assignment-]").filter(new Locator.FilterOptions().setHasText("Late practice")).first().click();
        Thread.sleep(3000);
        log("late: instructor results: " + inst.locator("body").innerText().replace('\n', ' ').replaceAll(".*?(Late practice)", "$1").substring(0, 400));
        inst.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("late-results.png")));
    }

    /** Item 11: bad ids in URLs. */
    static void badIds() throws Exception {
        Page p = newPage();
        signIn(p, "instructor@demo.test", "instructor-demo-2026");
        for (String u : List.of("quiz/abc", "quiz/999999", "classes/abc", "classes/999999", "quiz/1.5", "certification/result/abc")) {
            p.navigate(base + u);
            p.waitForFunction("() => document.body.innerText.includes('Could not navigate') || document.body.innerText.includes('not found') || document.body.innerText.length > 400");
            String body = p.locator("body").innerText().replace('\n', ' ');
            log("badids: " + u + " -> " + body.substring(0, Math.min(160, body.length())));
        }
        p.navigate(base + "quiz/abc");
        Thread.sleep(1000);
        p.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("badid.png")));
    }

    /** Item 2: a 1-minute certification; Start in the seconds after the deadline. */
    static void deadline() throws Exception {
        Page admin = newPage();
        signIn(admin, "admin@demo.test", "admin-demo-2026");
        admin.navigate(base + "admin/certification");
        Locator form = admin.locator("[id^=certification-form-]").first();
        form.waitFor();
        String formId = form.getAttribute("id");
        String cid = formId.substring("certification-form-".length());
        admin.locator("#" + formId + " vaadin-integer-field").nth(1).locator("input").fill("5");
        admin.locator("#certification-save-" + cid).click();
        Thread.sleep(1500);
        log("deadline: admin form after save: " + admin.locator("#" + formId).innerText().replace('\n', ' '));
        Page p = newPage();
        String email = register(p, "Dead Line");
        signIn(p, email, "kneading-2026");
        p.navigate(base + "certification");
        p.locator("#start-certification-" + cid).click();
        p.locator("#progress-text").waitFor();
        log("deadline: started a 5-minute exam at " + java.time.Instant.now());
        p.navigate(base + "certification");
        Thread.sleep(302_000);
        p.reload();
        p.locator("#start-certification-" + cid).waitFor();
        log("deadline: at +302 s the button reads '" + p.locator("#start-certification-" + cid).innerText() + "' enabled="
                + p.locator("#start-certification-" + cid).isEnabled());
        log("deadline: page says: " + p.locator("#certification-view").innerText().replace('\n', ' '));
        if (p.locator("#start-certification-" + cid).isEnabled()) {
            p.locator("#start-certification-" + cid).click();
            Thread.sleep(3000);
            log("deadline: after clicking, url=" + p.url());
        }
        p.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("deadline.png")));
        admin.navigate(base + "admin/certification");
        admin.locator("#" + formId).waitFor();
        admin.locator("#" + formId + " vaadin-integer-field").nth(1).locator("input").fill("75");
        admin.locator("#certification-save-" + cid).click();
        Thread.sleep(1500);
    }
}
