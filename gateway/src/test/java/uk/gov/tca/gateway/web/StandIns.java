package uk.gov.tca.gateway.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import uk.gov.tca.gateway.Services;

/** What the stand-ins for the services answer a page's calls with: JSON, a problem, or nothing at all. */
public final class StandIns {

    private StandIns() {
    }

    public static void bidService(MappingBuilder request, String json) {
        answer("bid", request, 200, json);
    }

    public static void scoringService(MappingBuilder request, String json) {
        answer("scoring", request, 200, json);
    }

    public static void answer(String service, MappingBuilder request, int status, String json) {
        Services.server(service).stubFor(request.willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(json)));
    }

    /** A refusal in the services' problem+json. */
    public static void problem(String service, MappingBuilder request, int status, String json) {
        Services.server(service).stubFor(request.willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/problem+json").withBody(json)));
    }

    /** A service that drops the connection: as good as not there. */
    public static void down(String service, MappingBuilder request) {
        Services.server(service).stubFor(request.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    }
}
