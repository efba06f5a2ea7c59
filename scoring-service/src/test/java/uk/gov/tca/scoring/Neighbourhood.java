package uk.gov.tca.scoring;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * The bid-service and the partner-service for the trust tests, each test adding what it needs: round "rt", whose
 * bids come in on the feed; a register where every organisation exists and none is related until a test says so;
 * the register's own feed; and the bid-service's list of a round's bids, for reconciling.
 */
public class Neighbourhood implements QuarkusTestResourceLifecycleManager {

    static WireMockServer bid;
    static WireMockServer partner;

    /** A submission on the bid feed, as the bid-service writes it. */
    static String submitted(String cursor, String bidId, String orgs, long version) {
        return submittedIn("rt", cursor, bidId, orgs, version);
    }

    static String submittedIn(String round, String cursor, String bidId, String orgs, long version) {
        return "{\"id\": \"e-" + bidId + "-" + version + "\", \"type\": \"uk.gov.tca.bid.submitted\", \"subject\": \"" + bidId
                + "\", \"time\": \"2026-11-01T12:00:00Z\", \"cursor\": \"" + cursor + "\", \"data\": {\"bidId\": \"" + bidId
                + "\", \"roundId\": \"" + round + "\", \"status\": \"SUBMITTED\", \"title\": \"Bid " + bidId + "\", \"leadOrganisationId\": "
                + "\"GB-LAE-BAB\", \"organisations\": [" + orgs + "], \"amountSought\": {\"amount\": 100000}, \"version\": "
                + version + ", \"submittedAt\": \"2026-11-01T12:00:00Z\"}}";
    }

    /** The bid feed answers this page after the cursor, and nothing after the page's end. */
    static void bidFeed(String after, String next, String... events) {
        bid.stubFor(get(urlPathEqualTo("/feed")).withQueryParam("after", equalTo(after)).atPriority(1)
                .willReturn(json("{\"events\": [" + String.join(", ", events) + "], \"next\": \"" + next + "\"}")));
        bid.stubFor(get(urlPathEqualTo("/feed")).withQueryParam("after", equalTo(next)).atPriority(2)
                .willReturn(json("{\"events\": [], \"next\": \"" + next + "\"}")));
    }

    /** The register's feed answers one event after the cursor. */
    static void registerFeed(String after, String next, String type, String data) {
        partner.stubFor(get(urlPathEqualTo("/feed")).withQueryParam("after", equalTo(after)).atPriority(1)
                .willReturn(json("{\"events\": [{\"id\": \"p" + next + "\", \"type\": \"uk.gov.tca.partner." + type
                        + "\", \"subject\": \"x\", \"time\": \"2026-11-02T12:00:00Z\", \"cursor\": \"" + next + "\", \"data\": "
                        + data + "}], \"next\": \"" + next + "\"}")));
        partner.stubFor(get(urlPathEqualTo("/feed")).withQueryParam("after", equalTo(next)).atPriority(2)
                .willReturn(json("{\"events\": [], \"next\": \"" + next + "\"}")));
    }

    /** From now on the register says these two are related, as a relation recorded in it would. */
    static void related(String organisation, String other, String type) {
        partner.stubFor(get(urlPathEqualTo("/organisations/" + organisation + "/related")).atPriority(1)
                .willReturn(json("{\"organisation\": {\"id\": \"" + organisation + "\"}, \"related\": [{\"organisation\": "
                        + "{\"id\": \"" + other + "\", \"legalName\": \"Related\"}, \"links\": [{\"kind\": \"RELATION\", "
                        + "\"type\": \"" + type + "\"}]}]}")));
    }

    /** What the bid-service answers for the round's bids (its list) and for each bid named. */
    static void bidsOfRound(String round, String... bids) {
        bid.stubFor(get(urlPathEqualTo("/bids")).withQueryParam("round", equalTo(round)).atPriority(1)
                .willReturn(json("{\"items\": [" + String.join(", ", bids) + "], \"page\": 0, \"size\": 200, \"total\": "
                        + bids.length + "}")));
    }

    static String bidView(String round, String id, String status, long version, String... organisations) {
        StringBuilder participants = new StringBuilder();
        for (String o : organisations) {
            participants.append(participants.isEmpty() ? "" : ", ").append("{\"organisationId\": \"").append(o)
                    .append("\", \"roles\": [\"PARTNER\"]}");
        }
        return "{\"id\": \"" + id + "\", \"roundId\": \"" + round + "\", \"title\": \"Bid " + id + "\", \"status\": \"" + status
                + "\", \"leadOrganisationId\": \"GB-LAE-BAB\", \"participants\": [" + participants + "], \"amountSought\": "
                + "{\"amount\": 50000}, \"version\": " + version + ", \"submittedAt\": \"2026-11-01T12:00:00Z\"}";
    }

    static void grants(int status) {
        bid.stubFor(any(urlPathMatching("/bids/[^/]+/access-grants/.*")).willReturn(aResponse().withStatus(status)));
    }

    @Override
    public Map<String, String> start() {
        bid = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        bid.start();
        partner = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        partner.start();
        reset();
        return Map.of("quarkus.rest-client.bid.url", bid.baseUrl(), "quarkus.rest-client.partner.url", partner.baseUrl());
    }

    /** The neighbours as they start, before any test has said more: nothing on either feed, nobody related. */
    static void reset() {
        bid.resetAll();
        partner.resetAll();
        bid.stubFor(get(urlPathEqualTo("/feed")).atPriority(9).willReturn(json("{\"events\": [], \"next\": \"0\"}")));
        bid.stubFor(get(urlPathEqualTo("/rounds/rt")).willReturn(json(
                "{\"id\": \"rt\", \"name\": \"Trust round\", \"funderOrganisationId\": \"TCA-DCLG\", \"budget\": 1000000}")));
        bid.stubFor(get(urlPathEqualTo("/rounds")).willReturn(json(
                "{\"items\": [{\"id\": \"rt\", \"name\": \"Trust round\", \"budget\": 1000000}], \"page\": 0, \"size\": 200, \"total\": 1}")));
        bid.stubFor(get(urlPathMatching("/bids/[^/]+/appraisal")).willReturn(json("{\"benefitCostRatio\": 2.5}")));
        grants(204);
        partner.stubFor(get(urlPathMatching("/organisations/[^/]+/related")).atPriority(5)
                .willReturn(json("{\"related\": []}")));
        partner.stubFor(get(urlPathMatching("/organisations/[^/]+")).atPriority(5).willReturn(json(
                "{\"id\": \"x\", \"legalName\": \"An organisation\", \"type\": \"DISTRICT\", \"identifiers\": []}")));
        partner.stubFor(get(urlPathEqualTo("/feed")).atPriority(9).willReturn(json("{\"events\": [], \"next\": \"0\"}")));
    }

    static ResponseDefinitionBuilder json(String body) {
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
