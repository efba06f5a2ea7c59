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
        BrowserContext context = chromium.newContext(new NewContextOptions().setJavaScriptEnabled(javaScript)
                .setViewportSize(1280, 900).setAcceptDownloads(true));
        Page page = context.newPage();
        page.setDefaultTimeout(20_000);
        page.navigate(LocalStack.GATEWAY + "/app");
        page.fill("#username", username);
        page.fill("#password", "demo");
        page.click("#kc-login");
        page.waitForURL(LocalStack.GATEWAY + "/app");
        return page;
    }

    static void screenshot(Page page, String name) {
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
            screenshot(page, "failed-" + name);
            throw e;
        }
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
