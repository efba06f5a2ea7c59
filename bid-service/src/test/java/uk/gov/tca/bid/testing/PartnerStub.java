package uk.gov.tca.bid.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Stands in for the partner-service: organisations with an id starting GB- or KNOWN- are on the register,
 * any other is not; {@link #down()} makes it answer 503 until {@link #up()}.
 */
public class PartnerStub implements QuarkusTestResourceLifecycleManager {

    private static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        up();
        return Map.of("quarkus.rest-client.partner.url", server.baseUrl());
    }

    public static void up() {
        server.resetAll();
        server.stubFor(get(urlPathMatching("/organisations/(GB-|KNOWN-).*")).atPriority(1)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\": \"known\", \"legalName\": \"A council on the register\"}")));
        // Restormel Borough Council, abolished when Cornwall became one council (31 March 2009)
        server.stubFor(get(urlPathEqualTo("/organisations/GB-LAE-RST")).atPriority(0)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\": \"GB-LAE-RST\", \"legalName\": \"Restormel Borough Council\", \"status\": "
                                + "\"ABOLISHED\", \"endDate\": \"2009-03-31\", \"successors\": [\"GB-LAE-CON\"]}")));
        // a partnership a bidder proposed, not yet confirmed; and a proposal merged into the entry it duplicated
        server.stubFor(get(urlPathEqualTo("/organisations/PROPOSED-CTP00001")).atPriority(0)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\": \"PROPOSED-CTP00001\", \"legalName\": \"Community Transport Partnership\", "
                                + "\"status\": \"ACTIVE\", \"verified\": false, \"proposedBy\": \"bidder.babergh\"}")));
        server.stubFor(get(urlPathEqualTo("/organisations/PROPOSED-DUP00001")).atPriority(0)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\": \"PROPOSED-DUP00001\", \"legalName\": \"Mid Suffolk DC\", \"status\": "
                                + "\"ABOLISHED\", \"endDate\": \"2030-01-01\", \"successors\": [\"GB-LAE-MSU\"], "
                                + "\"verified\": true, \"mergedInto\": \"GB-LAE-MSU\"}")));
        server.stubFor(post(urlPathEqualTo("/organisations/resolve")).withRequestBody(containing("Mid Suffolk"))
                .atPriority(1).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("""
                                {"results": [{"name": "Mid Suffolk District Council", "candidates": [
                                  {"organisation": {"id": "GB-LAE-MSU", "legalName": "Mid Suffolk District Council",
                                   "type": "DISTRICT", "status": "ACTIVE"}, "score": 1.0,
                                   "matchedName": "Mid Suffolk District Council", "match": "EXACT"}]}]}""")));
        server.stubFor(post(urlPathEqualTo("/organisations/resolve")).withRequestBody(containing("Cheshire"))
                .atPriority(1).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("""
                                {"results": [{"name": "Cheshire", "candidates": [
                                  {"organisation": {"id": "GB-LAE-CHW", "legalName": "Cheshire West and Chester Council"},
                                   "score": 0.72, "matchedName": "Cheshire West and Chester", "match": "PARTIAL"},
                                  {"organisation": {"id": "GB-LAE-CHE", "legalName": "Cheshire East Council"},
                                   "score": 0.72, "matchedName": "Cheshire East", "match": "PARTIAL"}]}]}""")));
        server.stubFor(post(urlPathEqualTo("/organisations/resolve")).atPriority(5)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"results\": [{\"name\": \"?\", \"candidates\": []}]}")));
        server.stubFor(get(urlPathMatching("/organisations/.*")).atPriority(5)
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\": 404}")));
    }

    /** The register's entry for one organisation, as a test needs it to stand now (its record changing under a bid). */
    public static void organisation(String id, String json) {
        server.stubFor(get(urlPathEqualTo("/organisations/" + id)).atPriority(0)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(json)));
    }

    public static void down() {
        server.resetAll();
        server.stubFor(get(urlPathMatching("/organisations/.*"))
                .willReturn(aResponse().withStatus(503)));
        server.stubFor(post(urlPathMatching("/organisations/.*"))
                .willReturn(aResponse().withStatus(503)));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
