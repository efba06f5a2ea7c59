package uk.gov.tca.scoring;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Neighbours that fail on cue: one bid (round r2) in the feed and its round, a bid-service whose grants and feed and a
 * partner-service whose register can be made to answer 503, and a later withdrawal of the bid.
 */
public class Outages implements QuarkusTestResourceLifecycleManager {

    static WireMockServer bid;
    static WireMockServer partner;

    static final String SUBMITTED = """
            {"events": [{"id": "e1", "type": "uk.gov.tca.bid.submitted", "subject": "x1", "time": "2013-07-12T12:00:00Z",
              "cursor": "1", "data": {"bidId": "x1", "roundId": "r2", "title": "Babergh alone", "leadOrganisationId":
              "GB-LAE-BAB", "organisations": ["GB-LAE-BAB"], "amountSought": {"amount": 100000}}}], "next": "1"}""";

    static final String WITHDRAWN = """
            {"events": [{"id": "e2", "type": "uk.gov.tca.bid.withdrawn", "subject": "x1", "time": "2013-07-13T12:00:00Z",
              "cursor": "2", "data": {"bidId": "x1", "roundId": "r2", "status": "WITHDRAWN", "reason": "merged"}}],
              "next": "2"}""";

    @Override
    public Map<String, String> start() {
        bid = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        bid.start();
        partner = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        partner.start();
        reset();
        return Map.of("quarkus.rest-client.bid.url", bid.baseUrl(), "quarkus.rest-client.partner.url", partner.baseUrl());
    }

    /** The neighbours as they start: the submission of x1 on the feed, its round, grants taken, the register up. */
    static void reset() {
        bid.resetAll();
        cutOff = null;
        bid.stubFor(get(urlPathEqualTo("/feed")).withQueryParam("after", equalTo("0")).atPriority(1).willReturn(json(SUBMITTED)));
        bid.stubFor(get(urlPathEqualTo("/feed")).atPriority(5).willReturn(json("{\"events\": [], \"next\": \"1\"}")));
        bid.stubFor(get(urlPathEqualTo("/rounds/r2")).willReturn(json(
                "{\"id\": \"r2\", \"name\": \"Round two\", \"funderOrganisationId\": \"TCA-DCLG\", \"budget\": 1000000}")));
        grants(204);
        partnerAnswers(true);
    }

    static void grants(int status) {
        bid.stubFor(any(urlPathMatching("/bids/[^/]+/access-grants/.*")).willReturn(aResponse().withStatus(status)));
    }

    private static com.github.tomakehurst.wiremock.stubbing.StubMapping cutOff;

    /** The bid-service's connections reset on every call but the feed's; {@code false} mends them. */
    static void bidServiceCutOff(boolean cut) {
        if (cut) {
            cutOff = bid.stubFor(any(urlPathMatching("/(bids|rounds)/.*")).atPriority(1)
                    .willReturn(aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)));
        } else if (cutOff != null) {
            bid.removeStub(cutOff);
            cutOff = null;
        }
    }

    static void partnerAnswers(boolean up) {
        partner.resetAll();
        partner.stubFor(get(urlPathMatching("/organisations/.*")).willReturn(up ? json("{\"related\": []}")
                : aResponse().withStatus(503)));
    }

    /** After x1's, a submission whose event names no round (x2), and the bid-service's record of that bid, which does. */
    static void submitWithoutRound() {
        bid.stubFor(get(urlPathEqualTo("/feed")).withQueryParam("after", equalTo("1")).atPriority(1).willReturn(json("""
                {"events": [{"id": "e3", "type": "uk.gov.tca.bid.submitted", "subject": "x2", "time": "2013-07-14T12:00:00Z",
                  "cursor": "2", "data": {"bidId": "x2", "status": "SUBMITTED"}}], "next": "2"}""")));
        bid.stubFor(get(urlPathEqualTo("/bids/x2")).willReturn(json("""
                {"id": "x2", "roundId": "r2", "title": "Mid Suffolk and Babergh together", "status": "SUBMITTED",
                 "leadOrganisationId": "GB-LAE-MSU", "amountSought": {"amount": 250000},
                 "participants": [{"organisationId": "GB-LAE-MSU"}, {"name": "A charity not on the register"},
                                  {"organisationId": "GB-LAE-BAB"}]}""")));
    }

    /** After x1's submission, its withdrawal. */
    static void withdraw() {
        bid.stubFor(get(urlPathEqualTo("/feed")).withQueryParam("after", equalTo("1")).atPriority(1)
                .willReturn(json(WITHDRAWN)));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    @Override
    public void stop() {
        if (bid != null) {
            bid.stop();
            partner.stop();
        }
    }
}
