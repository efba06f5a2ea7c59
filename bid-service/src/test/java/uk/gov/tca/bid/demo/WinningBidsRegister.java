package uk.gov.tca.bid.demo;

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
 * The partner-service register as the 2013/14 demo bids need it: every organisation they name by id is on it,
 * and the two they name only in words resolve to one organisation each. The demo rounds are loaded too.
 */
public class WinningBidsRegister implements QuarkusTestResourceLifecycleManager {

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        server.stubFor(get(urlPathMatching("/organisations/(GB-|TCA-).*"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\": \"known\", \"legalName\": \"On the register\"}")));
        resolves("Mid Suffolk District Council", "GB-LAE-MSU");
        resolves("Quartet Community Foundation", "TCA-QUARTET");
        return Map.of("quarkus.rest-client.partner.url", server.baseUrl(), "bid.demo-data.load", "true");
    }

    private void resolves(String name, String id) {
        server.stubFor(post(urlPathEqualTo("/organisations/resolve")).withRequestBody(containing(name))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"results\": [{\"name\": \"" + name + "\", \"candidates\": [{\"organisation\": {\"id\": \""
                                + id + "\", \"legalName\": \"" + name + "\"}, \"score\": 1.0, \"matchedName\": \"" + name
                                + "\", \"match\": \"EXACT\"}]}]}")));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
