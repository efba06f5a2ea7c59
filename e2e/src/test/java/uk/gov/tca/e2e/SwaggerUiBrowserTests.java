package uk.gov.tca.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Swagger UI at the gateway in Debian's Chromium, as an integrator would use it: the page renders the whole API under
 * the gateway's strict Content-Security-Policy (no inline script allowed, and none needed), "Authorize" gets a token
 * from the stack's Keycloak with the client credentials of gov-integrator (a cross-origin call the realm allows from
 * the gateway's origin and the policy's connect-src from the realm), and "Try it out" then reads the rounds with it.
 */
@ExtendWith(LocalStack.class)
class SwaggerUiBrowserTests {

    private static Playwright playwright;
    private static com.microsoft.playwright.Browser chromium;

    @BeforeAll
    static void aBrowser() {
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Browser.CHROMIUM).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void close() {
        if (chromium != null) {
            chromium.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void anIntegratorAuthorizesWithItsClientCredentialsAndTriesAnOperation() {
        JsonPath contract = contract();
        String bidsSummary = contract.getString("paths.'/api/bids'.get.summary");
        String roundsOperation = roundsOperation(contract);

        BrowserContext context = chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(1280, 900));
        Page page = context.newPage();
        page.setDefaultTimeout(20_000);
        List<String> console = new CopyOnWriteArrayList<>();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type()) || "warning".equals(message.type())) {
                console.add(message.type() + ": " + message.text());
            }
        });
        page.onPageError(error -> console.add("page error: " + error));
        // what the browser refused under the policy, whether or not it also said so on the console
        page.addInitScript("window.__cspViolations = [];"
                + "document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push("
                + "e.violatedDirective + ' ' + e.blockedURI));");

        Browser.steps(page, "swagger-ui", () -> steps(page, bidsSummary, roundsOperation, console));

        Object refused = page.evaluate("window.__cspViolations");
        assertThat((List<?>) refused).as("refused under the Content-Security-Policy").isEmpty();
        assertThat(console).as("the console").noneMatch(line -> line.contains("Content Security Policy")
                || line.contains("Content-Security-Policy") || line.startsWith("page error"));
        context.close();
    }

    private static void steps(Page page, String bidsSummary, String roundsOperation, List<String> console) {
        try {
            page.navigate(LocalStack.GATEWAY + "/q/swagger-ui");
            assertThat(page.locator(".opblock-summary-description", new Page.LocatorOptions().setHasText(bidsSummary))
                    .first()).isVisible();
            assertThat(page.locator(".info .title")).containsText("Transformation Challenge Award API");
            Browser.keep(page, "20-swagger-ui");

            page.click("button.authorize");
            // the scheme's client credentials flow (its other flow, the authorization code, is beside it)
            Locator clientCredentials = page.locator(".auth-container",
                    new Page.LocatorOptions().setHasText("clientCredentials"));
            clientCredentials.locator("#client_id_clientCredentials").fill("gov-integrator");
            clientCredentials.locator("#client_secret_clientCredentials").fill("demo-secret");
            clientCredentials.locator("button.authorize").click();
            assertThat(clientCredentials.locator("button:has-text('Logout')")).isVisible();
            assertThat(clientCredentials).containsText("Authorized");
            Browser.keep(page, "21-swagger-ui-authorized");
            page.click(".modal-ux button.btn-done");

            Locator rounds = triesTheRounds(page, roundsOperation);
            assertThat(rounds.locator(".live-responses-table")).containsText("\"programme\"");
            Browser.keep(page, "22-swagger-ui-try-it-out");
        } catch (RuntimeException | AssertionError e) {
            throw new AssertionError(e.getMessage() + "\nThe console said: " + console, e);
        }
    }

    /**
     * A person's "Authorize": the scheme's authorization code flow, with PKCE through the realm's public Swagger UI
     * client; the sign-in opens in a pop-up on Keycloak and comes back to the gateway's oauth2-redirect.html, whose
     * script (a file, as the policy wants) hands the code back; Swagger UI exchanges it for the bidder's token.
     */
    @Test
    void aPersonAuthorizesBySigningInAndTriesAnOperationAsThemselves() {
        String roundsOperation = roundsOperation(contract());
        BrowserContext context = chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(1280, 900));
        List<String> console = new CopyOnWriteArrayList<>();
        context.onPage(opened -> {
            opened.onConsoleMessage(message -> {
                if ("error".equals(message.type())) {
                    console.add(opened.url() + " " + message.type() + ": " + message.text());
                }
            });
            opened.onPageError(error -> console.add("page error on " + opened.url() + ": " + error));
        });
        context.addInitScript("window.__cspViolations = [];"
                + "document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push("
                + "e.violatedDirective + ' ' + e.blockedURI));");
        Page page = context.newPage();
        page.setDefaultTimeout(20_000);
        Browser.steps(page, "swagger-ui-sign-in", () -> {
            try {
                page.navigate(LocalStack.GATEWAY + "/q/swagger-ui");
                page.click("button.authorize");
                Locator byCode = page.locator(".auth-container",
                        new Page.LocatorOptions().setHasText("authorizationCode"));
                assertThat(byCode.locator("#client_id_authorizationCode")).hasValue("tca-swagger-ui");
                Page signIn = page.waitForPopup(() -> byCode.locator("button.authorize").click());
                signIn.setDefaultTimeout(20_000);
                signIn.locator("#username").fill("bidder.babergh");
                signIn.locator("#password").fill("demo");
                // the redirect page hands the code back and closes the pop-up
                signIn.waitForClose(() -> signIn.locator("#kc-login").click());
                assertThat(byCode.locator("button:has-text('Logout')")).isVisible();
                assertThat(byCode).containsText("Authorized");
                Browser.keep(page, "23-swagger-ui-signed-in");
                page.click(".modal-ux button.btn-done");

                Locator rounds = triesTheRounds(page, roundsOperation);
                // the request went with the bidder's own token, from the sign-in
                assertThat(rounds.locator(".curl-command, .request-url").first()).isVisible();
                assertThat(rounds.locator(".curl-command").first()).containsText("Authorization: Bearer ");
            } catch (RuntimeException | AssertionError e) {
                throw new AssertionError(e.getMessage() + "\nThe console said: " + console, e);
            }
        });
        Object refused = page.evaluate("window.__cspViolations");
        assertThat((List<?>) refused).as("refused under the Content-Security-Policy").isEmpty();
        assertThat(console).as("the console").noneMatch(line -> line.contains("Content Security Policy")
                || line.contains("page error"));
        context.close();
    }

    /** The aggregated contract as the gateway serves it. */
    private static JsonPath contract() {
        return given().baseUri(LocalStack.GATEWAY).accept("application/json").get("/q/openapi").then()
                .statusCode(200).extract().jsonPath();
    }

    /** The element id Swagger UI gives the GET /api/rounds operation. */
    private static String roundsOperation(JsonPath contract) {
        return "operations-" + contract.getString("paths.'/api/rounds'.get.tags[0]") + "-"
                + contract.getString("paths.'/api/rounds'.get.operationId");
    }

    /** "Try it out" on GET /api/rounds with the token the page holds: answered 200. */
    private static Locator triesTheRounds(Page page, String roundsOperation) {
        Locator rounds = page.locator("#" + roundsOperation);
        rounds.locator(".opblock-summary").first().click();
        rounds.locator("button.try-out__btn").click();
        rounds.locator("button.execute").click();
        assertThat(rounds.locator(".live-responses-table tr.response .response-col_status").first()).hasText("200");
        return rounds;
    }
}
