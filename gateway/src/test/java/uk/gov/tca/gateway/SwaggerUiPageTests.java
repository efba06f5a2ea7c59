package uk.gov.tca.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Swagger UI under the gateway's Content-Security-Policy: its page runs no inline script (the start-up is a file of
 * the gateway's), the policy allows scripts from the gateway only, and lets the page call the realm's token endpoint
 * — the realm the gateway checks tokens against — for "Authorize". The browser itself is in e2e (SwaggerUiBrowserTests).
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(Services.class)
class SwaggerUiPageTests {

    @Test
    void thePageIsStartedByAScriptFileAndRunsNothingInline() {
        given().redirects().follow(false).get("/q/swagger-ui").then().statusCode(302)
                .header("Location", endsWith("/q/swagger-ui/"));
        for (String path : new String[] {"/q/swagger-ui/", "/q/swagger-ui/index.html"}) {
            Response page = given().get(path);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.contentType()).startsWith("text/html");
            Document html = Jsoup.parse(page.asString());
            for (Element script : html.select("script")) {
                assertThat(script.attr("src")).as(script.outerHtml()).isNotBlank();
                assertThat(script.data()).as(script.outerHtml()).isBlank();
            }
            assertThat(html.select("script").eachAttr("src"))
                    .containsExactly("swagger-ui-bundle.js", "tca-swagger-ui.js");
            assertThat(html.select("[style]")).isEmpty();
            assertThat(html.select("#swagger-ui").attr("data-openapi")).isEqualTo("/q/openapi");
            assertThat(html.select("#swagger-ui").attr("data-oauth2-client")).isEqualTo("tca-swagger-ui");
            assertThat(html.select("#swagger-ui").attr("data-oauth2-redirect"))
                    .isEqualTo("/q/swagger-ui/oauth2-redirect.html");
        }
        // the page a sign-in from "Authorize" comes back to runs nothing inline either (Swagger UI's own one does)
        Document redirect = Jsoup.parse(given().get("/q/swagger-ui/oauth2-redirect.html").then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString());
        assertThat(redirect.select("script").eachAttr("src")).containsExactly("tca-oauth2-redirect.js");
        assertThat(redirect.select("script").first().data()).isBlank();
        given().get("/q/swagger-ui/tca-oauth2-redirect.js").then().statusCode(200)
                .contentType(containsString("javascript"))
                .body(containsString("window.opener.swaggerUIRedirectOauth2"), containsString("swagger.callback("));
        given().get("/q/swagger-ui/tca-swagger-ui.js").then()
                .body(containsString("usePkceWithAuthorizationCodeGrant: true"));
        given().get("/q/swagger-ui/tca-swagger-ui.js").then().statusCode(200).contentType(containsString("javascript"))
                .body(containsString("SwaggerUIBundle({"), containsString("getAttribute('data-openapi')"));
        // Swagger UI's own files are still Quarkus'
        given().get("/q/swagger-ui/swagger-ui-bundle.js").then().statusCode(200);
        given().get("/q/swagger-ui/swagger-ui.css").then().statusCode(200);
    }

    @Test
    void thePolicyStaysStrictAndLetsThePageCallTheRealmsTokenEndpoint() {
        String realm = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        for (String path : new String[] {"/q/swagger-ui/", "/q/swagger-ui/tca-swagger-ui.js",
                "/q/swagger-ui/oauth2-redirect.html", "/", "/api/rounds"}) {
            String policy = given().get(path).header("Content-Security-Policy");
            assertThat(policy).as(path).contains("script-src 'self';", "style-src 'self';", "frame-ancestors 'none'")
                    .contains("connect-src 'self' " + realm + "/;")
                    .doesNotContain("unsafe-inline", "unsafe-eval");
        }
    }
}
