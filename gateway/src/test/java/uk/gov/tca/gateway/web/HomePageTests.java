package uk.gov.tca.gateway.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.net.URI;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import uk.gov.tca.gateway.Services;

/** The start page for anyone, the sign-in the web client asks for, and the home that offers what the user's roles allow. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(Services.class)
class HomePageTests {

    @Test
    void anyoneSeesTheStartPageWithoutTheSignedInMenu() {
        Document page = Pages.get("/");

        assertThat(Pages.text(page, "h1")).isEqualTo("Assess Transformation Challenge Award bids");
        assertThat(page.select("a.govuk-button--start").attr("href")).isEqualTo("/app");
        assertThat(page.select("#navigation")).isEmpty();
        assertThat(page.title()).isEqualTo("Assess and decide bids – Transformation Challenge Award – GOV.UK");
    }

    @Test
    void theWebClientSendsAnyoneNotSignedInToSignInWithPkce() {
        String location = given().redirects().follow(false).get("/app/assignments").then().statusCode(302)
                .extract().header("Location");

        assertThat(URI.create(location).getQuery()).contains("client_id=gateway", "response_type=code",
                "code_challenge_method=S256");
    }

    @Test
    @TestSecurity(user = "assessor.dclg", roles = "assessor")
    @OidcSecurity(claims = @Claim(key = "org", value = "GB-GOV-DCLG"))
    void anAssessorIsOfferedAssignmentsAndDeclarations() {
        Document page = Pages.get("/app");

        assertThat(Pages.text(page, "h1")).isEqualTo("Signed in as assessor.dclg");
        assertThat(Pages.text(page, "h1 + p")).isEqualTo("Organisation: GB-GOV-DCLG");
        assertThat(page.select("main .govuk-list a")).extracting(e -> e.text() + " " + e.attr("href"))
                .containsExactly("My assignments /app/assignments", "Declare an interest /app/interests");
        assertThat(page.select("#navigation a")).extracting(Element::text).containsExactly("My assignments", "Sign out");
    }

    @Test
    @TestSecurity(user = "manager.dclg", roles = "programme-manager")
    @OidcSecurity
    void aProgrammeManagerIsOfferedTheRounds() {
        Document page = Pages.get("/app");

        assertThat(page.select("main .govuk-list a")).extracting(e -> e.text() + " " + e.attr("href"))
                .containsExactly("Rounds /app/rounds");
        assertThat(page.select("#navigation a")).extracting(Element::text).containsExactly("Rounds", "Sign out");
        assertThat(page.select("h1 + p")).isEmpty();
    }

    @Test
    @TestSecurity(user = "bidder.babergh", roles = "bidder")
    @OidcSecurity
    void aCouncilUserIsToldTheWebClientIsNotForThem() {
        Document page = Pages.get("/app");

        assertThat(page.select("main .govuk-list a")).isEmpty();
        assertThat(Pages.text(page, "main .govuk-list + p")).startsWith("Your account has no assessor or programme manager role.");
    }

    @Test
    void everyPageHasTheGovukFrameAndItsLinksOpenToAnyone() {
        Document page = Pages.get("/");
        // the crown, the phase banner inside the header landmark with its feedback link, the footer's links
        assertThat(page.select("header .govuk-header__logotype title").text()).isEqualTo("GOV.UK");
        assertThat(page.select("header .govuk-phase-banner a").attr("href")).isEqualTo("/feedback");
        // a service not set up as ./tca up's demonstration says nothing of one (gateway.demonstration is off)
        assertThat(page.select(".tca-demonstration")).isEmpty();
        assertThat(page.select("footer .govuk-footer__inline-list a")).extracting(e -> e.text() + " " + e.attr("href"))
                .containsExactly("Accessibility statement /accessibility-statement", "Cookies /cookies", "Privacy /privacy",
                        "Feedback /feedback");
        assertThat(page.select("footer .govuk-footer__copyright-logo").text()).isEqualTo("© Crown copyright");
        // the pages they open, signed in or not, each saying where to write
        for (String path : java.util.List.of("/accessibility-statement", "/cookies", "/privacy", "/feedback")) {
            Document info = Pages.get(path);
            assertThat(info.select("main h1").text()).as(path).isNotBlank();
            assertThat(info.select("main a[href^=mailto:]").attr("href")).as(path)
                    .startsWith("mailto:tca-service-team@localhost");
        }
        assertThat(Pages.get("/cookies").select("#cookie-list tbody td:first-child")).extracting(Element::text)
                .contains("csrf-token");
    }

    @Test
    @TestSecurity(user = "manager.dclg", roles = "programme-manager")
    @OidcSecurity
    void theHeaderMenuCollapsesBehindAMenuButtonOnSmallScreens() {
        Document page = Pages.get("/app");
        Element button = page.selectFirst("header nav .govuk-header__menu-button");
        assertThat(button).isNotNull();
        assertThat(button.attr("aria-controls")).isEqualTo("navigation");
        assertThat(button.hasAttr("hidden")).isTrue(); // GOV.UK Frontend shows it at small widths, with JavaScript
    }
}
