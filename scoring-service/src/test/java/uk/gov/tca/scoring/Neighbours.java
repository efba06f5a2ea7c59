package uk.gov.tca.scoring;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * The bid-service and partner-service as the scoring-service sees them: a feed with three 2013/14 bids
 * (Babergh and Mid Suffolk, Cherwell, Cheshire), grants and decisions accepted, an appraisal, a round with a
 * budget, and Mid Suffolk sharing a workforce with Babergh.
 */
public class Neighbours implements QuarkusTestResourceLifecycleManager {

    static WireMockServer bid;
    static WireMockServer partner;

    private static String event(int cursor, String bid, String title, String lead, String orgs, String amount) {
        return "{\"specversion\": \"1.0\", \"id\": \"e" + cursor + "\", \"type\": \"uk.gov.tca.bid.submitted\", \"subject\": \""
                + bid + "\", \"time\": \"2013-07-1" + cursor + "T12:00:00Z\", \"cursor\": \"" + cursor + "\", \"data\": "
                + "{\"bidId\": \"" + bid + "\", \"roundId\": \"r1\", \"status\": \"SUBMITTED\", \"title\": \"" + title
                + "\", \"leadOrganisationId\": \"" + lead + "\", \"organisations\": [" + orgs + "], \"amountSought\": "
                + (amount == null ? "null" : "{\"amount\": " + amount + "}") + "}}";
    }

    static final String FEED = "{\"events\": [" + event(1, "bab", "Babergh and Mid Suffolk", "GB-LAE-BAB",
            "\"GB-LAE-BAB\", \"GB-LAE-MSU\"", "166900") + ", " + event(2, "chr", "Organisational Change", "GB-LAE-CHR",
            "\"GB-LAE-CHR\", \"GB-LAE-SNR\"", "366932") + ", " + event(3, "chw", "Cheshire community safety", "GB-LAE-CHW",
            "\"GB-LAE-CHW\"", "420000") + "], \"next\": \"3\"}";

    @Override
    public Map<String, String> start() {
        bid = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        bid.start();
        partner = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        partner.start();
        reset();
        return Map.of("quarkus.rest-client.bid.url", bid.baseUrl(), "quarkus.rest-client.partner.url", partner.baseUrl());
    }

    static void reset() {
        bid.resetAll();
        partner.resetAll();
        bid.stubFor(get(urlPathEqualTo("/feed")).withQueryParam("after", equalTo("0")).atPriority(1)
                .willReturn(json(FEED)));
        bid.stubFor(get(urlPathEqualTo("/feed")).atPriority(5).willReturn(json("{\"events\": [], \"next\": \"3\"}")));
        bid.stubFor(any(urlPathMatching("/bids/[^/]+/access-grants/.*")).willReturn(aResponse().withStatus(204)));
        bid.stubFor(get(urlPathMatching("/bids/[^/]+/appraisal")).willReturn(json("{\"benefitCostRatio\": 2.5}")));
        bid.stubFor(get(urlPathEqualTo("/rounds/r1")).willReturn(json(
                "{\"id\": \"r1\", \"name\": \"Transformation Challenge Award 2013/14\", "
                        + "\"funderOrganisationId\": \"TCA-DCLG\", \"budget\": 500000}")));
        // Worcestershire's own fund, which DCLG's managers do not run
        bid.stubFor(get(urlPathEqualTo("/rounds/ff1")).willReturn(json(
                "{\"id\": \"ff1\", \"name\": \"FutureFit 2016/17\", \"funderOrganisationId\": \"GB-LAE-WOR\", "
                        + "\"budget\": 250000}")));
        bid.stubFor(post(urlPathMatching("/bids/[^/]+/decision")).willReturn(json("{\"status\": \"DECIDED\"}")));
        bid.stubFor(get(urlPathMatching("/bids/(bab|chr|chw)")).willReturn(json("""
                {"id": "bab", "title": "Babergh and Mid Suffolk: one workforce", "leadOrganisationId": "GB-LAE-BAB",
                 "narrative": {"full-description": "One integrated officer workforce serving both councils"},
                 "participants": [{"organisationId": "GB-LAE-BAB", "roles": ["LEAD", "ACCOUNTABLE_BODY"]},
                                  {"organisationId": "GB-LAE-MSU", "roles": ["CO_APPLICANT", "ACCOUNTABLE_BODY"]}],
                 "costLines": [{"period": {"financialYear": "2013/14"}}, {"period": {"financialYear": "2014/15"}}]}""")));
        partner.stubFor(get(urlPathEqualTo("/organisations/GB-LAE-MSU/related")).atPriority(1).willReturn(json("""
                {"organisation": {"id": "GB-LAE-MSU"}, "related": [{"organisation": {"id": "GB-LAE-BAB",
                 "legalName": "Babergh District Council"}, "links": [{"kind": "RELATION", "type": "SHARED_WORKFORCE"}]}]}""")));
        partner.stubFor(get(urlPathMatching("/organisations/[^/]+/related")).atPriority(5)
                .willReturn(json("{\"related\": []}")));
        partner.stubFor(get(urlPathEqualTo("/organisations/GB-LAE-BAB")).atPriority(1).willReturn(json("""
                {"id": "GB-LAE-BAB", "legalName": "Babergh District Council", "type": "DISTRICT",
                 "identifiers": [{"scheme": "GSS", "value": "E07000200"}]}""")));
        partner.stubFor(get(urlPathMatching("/organisations/[^/]+")).atPriority(5).willReturn(json(
                "{\"id\": \"x\", \"legalName\": \"A council\", \"type\": \"UNITARY\", \"identifiers\": []}")));
    }

    static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
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
