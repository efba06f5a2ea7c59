package uk.gov.tca.gateway.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.tca.gateway.web.BidServiceAnswers.BID;
import static uk.gov.tca.gateway.web.BidServiceAnswers.BID_ID;
import static uk.gov.tca.gateway.web.BidServiceAnswers.NOT_FOUND;
import static uk.gov.tca.gateway.web.BidServiceAnswers.ROUND;
import static uk.gov.tca.gateway.web.BidServiceAnswers.SERVER_ERROR;
import static uk.gov.tca.gateway.web.BidServiceAnswers.TITLE;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.tca.gateway.Services;

/**
 * What a page shows when a service refuses or fails, here the bid page's: the service's own words with its status,
 * 404 as "page not found" (a bid one may not see looks like no bid), a failure as 502, a service not there as 503.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(Services.class)
@TestSecurity(user = "assessor.dclg", roles = "assessor")
@OidcSecurity
class WebErrorsTests {

    private static final String PAGE = "/app/bids/" + BID_ID;

    @BeforeEach
    void reset() {
        Services.reset();
        StandIns.bidService(get(urlEqualTo("/rounds/tca-2026")), ROUND);
    }

    @Test
    void aBidTheServiceDoesNotShowIsPageNotFound() {
        StandIns.problem("bid", get(urlEqualTo("/bids/" + BID_ID)), 404, NOT_FOUND);

        Document page = Pages.get(PAGE, 404);

        assertThat(Pages.text(page, "h1")).isEqualTo("Page not found");
        assertThat(Pages.text(page, "h1 + p")).isEqualTo("There is nothing here you can see.");
        assertThat(page.select("main a[href=/app]").text()).isEqualTo("Go to your start page");
        assertThat(page.html()).doesNotContain(BID_ID);
    }

    @Test
    void aServiceThatFailsIsABadGatewayInItsOwnWords() {
        StandIns.problem("bid", get(urlEqualTo("/bids/" + BID_ID)), 500, SERVER_ERROR);

        Document page = Pages.get(PAGE, 502);

        assertThat(page.title()).startsWith("Internal server error – ");
        assertThat(Pages.text(page, "h1")).isEqualTo("Internal server error");
        assertThat(Pages.text(page, "h1 + p")).isEqualTo("Something went wrong on our side; it has been logged");
    }

    @Test
    void aFailureWithoutAProblemDocumentIsStillAPage() {
        Services.server("bid").stubFor(get(urlEqualTo("/bids/" + BID_ID)).willReturn(aResponse().withStatus(503)
                .withHeader("Content-Type", "text/html").withBody("<html><body>upstream unavailable</body></html>")));

        Document page = Pages.get(PAGE, 502);

        assertThat(Pages.text(page, "h1")).isEqualTo("Something went wrong");
        assertThat(page.html()).doesNotContain("upstream unavailable");
    }

    @Test
    void aFailingAppraisalFailsThePageRatherThanHidingTheAppraisal() {
        StandIns.bidService(get(urlEqualTo("/bids/" + BID_ID)), BID);
        StandIns.problem("bid", get(urlEqualTo("/bids/" + BID_ID + "/appraisal")), 500, SERVER_ERROR);

        Document page = Pages.get(PAGE, 502);

        assertThat(Pages.text(page, "h1")).isEqualTo("Internal server error");
        assertThat(page.html()).doesNotContain(TITLE);
    }

    @Test
    void aServiceThatIsNotThereIsUnavailableAndNothingIsLost() {
        StandIns.down("bid", get(urlEqualTo("/bids/" + BID_ID)));

        Document page = Pages.get(PAGE, 503);

        assertThat(Pages.text(page, "h1")).isEqualTo("Sorry, the service is unavailable");
        assertThat(Pages.text(page, "h1 + p")).startsWith("A part of the service is not answering. Nothing you entered was lost");
    }
}
