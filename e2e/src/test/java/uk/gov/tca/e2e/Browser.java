package uk.gov.tca.e2e;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven by Playwright, headless and kept off the network but for loopback. Each user gets a
 * context of their own (their own cookies), signs in through the real Keycloak login page, and can take
 * screenshots into target/screenshots.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("tca.chromium", "/usr/bin/chromium"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;

    Browser() {
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    /** A signed-in page for the user; {@code javaScript} false is a browser with scripts turned off. */
    Page signIn(String username, boolean javaScript) {
        Page page = signInPage(javaScript);
        page.fill("#username", username);
        page.fill("#password", "demo");
        page.click("#kc-login");
        page.waitForURL(LocalStack.GATEWAY + "/app");
        return page;
    }

    /** Keycloak's sign-in page, as the web client sends a browser there: in the GOV.UK frame of the realm's theme. */
    Page signInPage(boolean javaScript) {
        BrowserContext context = chromium.newContext(new NewContextOptions().setJavaScriptEnabled(javaScript)
                .setViewportSize(1280, 900).setAcceptDownloads(true));
        Page page = context.newPage();
        page.setDefaultTimeout(20_000);
        watchForCsp(page);
        if (!javaScript) {
            WITHOUT_SCRIPTS.add(page);
        }
        page.navigate(LocalStack.GATEWAY + "/app");
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator(".govuk-header__service-name"))
                .hasText("Transformation Challenge Award");
        return page;
    }

    /**
     * The page as it stands, kept at 1280 px and at 375 px (name-375.png); at 375 px nothing may scroll sideways:
     * a wide table scrolls in its own box, the header's links collapse behind its Menu button.
     */
    static void screenshot(Page page, String name) {
        keep(page, name);
        accessible(page, name);
        var wide = page.viewportSize();
        page.setViewportSize(375, 812);
        try {
            // the page settles to the new width (a chart redraws on the window's resize event) or it never will
            try {
                page.waitForFunction("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth",
                        null, new Page.WaitForFunctionOptions().setTimeout(5_000));
            } catch (com.microsoft.playwright.TimeoutError stillWide) {
                // measured and named below
            }
            Object overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            // what sticks out, leaving aside what scrolls in a box of its own
            Object widest = page.evaluate("() => [...document.querySelectorAll('body *')].filter(e => "
                    + "!(e.parentElement && e.parentElement.closest('.tca-scroll')) && "
                    + "e.getBoundingClientRect().right > document.documentElement.clientWidth + 1"
                    + " && getComputedStyle(e).visibility !== 'hidden').slice(0, 5).map(e => e.tagName + '#' + e.id + '.' "
                    + "+ e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join(', ')");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + "-375.png")).setFullPage(true));
            org.assertj.core.api.Assertions.assertThat(((Number) overflow).intValue())
                    .as("%s scrolls sideways at 375 px; past the edge: %s", name, widest).isLessThanOrEqualTo(0);
        } finally {
            page.setViewportSize(wide.width, wide.height);
        }
    }

    /**
     * axe-core's rules (all but the experimental, as axe runs them by default) on the page as it stands: none broken;
     * and no script or style the page's Content-Security-Policy refused.
     */
    static void accessible(Page page, String name) {
        com.deque.html.axecore.results.AxeResults results;
        if (WITHOUT_SCRIPTS.contains(page)) {
            // axe runs as a script, and this page runs none: the same document, styles and all, in a page that does
            Page scripted = page.context().browser().newContext(new NewContextOptions().setViewportSize(1280, 900)).newPage();
            try {
                String html = page.content().replaceFirst("(?i)<head([^>]*)>", "<head$1><base href=\"" + LocalStack.GATEWAY + "/\">");
                scripted.setContent(html);
                results = new com.deque.html.axecore.playwright.AxeBuilder(scripted).analyze();
            } finally {
                scripted.context().close();
            }
        } else {
            results = new com.deque.html.axecore.playwright.AxeBuilder(page).analyze();
        }
        List<String> broken = results.getViolations().stream().map(rule -> rule.getId() + " (" + rule.getImpact() + "): "
                + rule.getHelp() + " at " + rule.getNodes().stream().limit(3).map(node -> abbreviate(node.getHtml()))
                .toList()).toList();
        org.assertj.core.api.Assertions.assertThat(broken).as("axe-core's violations on %s", name).isEmpty();
        org.assertj.core.api.Assertions.assertThat(REFUSED_BY_CSP.getOrDefault(page, List.of()))
                .as("what the Content-Security-Policy refused on %s", name).isEmpty();
    }

    /** The pages of contexts with scripts turned off. */
    private static final java.util.Set<Page> WITHOUT_SCRIPTS = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Console errors saying the page's Content-Security-Policy refused something, per page. */
    private static final Map<Page, List<String>> REFUSED_BY_CSP = new java.util.concurrent.ConcurrentHashMap<>();

    private static void watchForCsp(Page page) {
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type()) && message.text().contains("Content Security Policy")) {
                REFUSED_BY_CSP.computeIfAbsent(page, p -> new java.util.concurrent.CopyOnWriteArrayList<>())
                        .add(message.text());
            }
        });
        page.onClose(closed -> {
            REFUSED_BY_CSP.remove(closed);
            WITHOUT_SCRIPTS.remove(closed);
        });
    }

    private static String abbreviate(String html) {
        return html == null || html.length() <= 120 ? html : html.substring(0, 119) + "…";
    }

    /** The page as it stands, kept as a screenshot only (a page that is not the web client's own, as Swagger UI). */
    static void keep(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    /** Runs a user's steps; if one fails, the page as it was is kept as a screenshot beside the report. */
    static void steps(Page page, String name, Runnable steps) {
        try {
            steps.run();
        } catch (RuntimeException | AssertionError e) {
            try {
                Files.createDirectories(SCREENSHOTS);
                page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("failed-" + name + ".png"))
                        .setFullPage(true));
            } catch (java.io.IOException | RuntimeException notKept) {
                e.addSuppressed(notKept);
            }
            throw e;
        }
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
