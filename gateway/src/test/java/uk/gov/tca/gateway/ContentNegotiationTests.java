package uk.gov.tca.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a client generated from the contract sends reaches the service as it was sent: {@code Accept:
 * application/problem+json, application/json} (what openapi-generator writes for an operation whose first answer is
 * a problem), and over HTTP/2 too — the JDK's client, which such a client is built on, asks for h2c on plain http,
 * and every request it upgraded used to hang at the gateway (the proxy paused a stream that had ended).
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(Services.class)
class ContentNegotiationTests {

    private static final String ACCEPT = "application/problem+json, application/json";

    @TestHTTPResource("/")
    URI gateway;

    private static String token() {
        return OidcWiremockTestResource.getAccessToken("generated-client", Set.of("integrator"));
    }

    @BeforeEach
    void reset() {
        Services.reset();
    }

    @Test
    void problemJsonThenJsonIsAnsweredWithJsonAndPassedOnUnchanged() {
        given().auth().oauth2(token()).header("Accept", ACCEPT).get("/api/rounds").then().statusCode(200)
                .contentType("application/json");
        Services.server("bid").verify(getRequestedFor(urlEqualTo("/rounds")).withHeader("Accept", WireMock.equalTo(ACCEPT)));
    }

    @Test
    void overHttp2AsTheJdkClientAsksForItAGetAndAPostAreAnswered() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> read = client.send(HttpRequest.newBuilder(gateway.resolve("/api/rounds"))
                .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + token()).header("Accept", ACCEPT)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(read.version()).isEqualTo(HttpClient.Version.HTTP_2);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(read.body()).contains("\"service\": \"bid\"");
        assertThat(read.headers().firstValue("RateLimit")).isPresent();
        Services.server("bid").verify(getRequestedFor(urlEqualTo("/rounds")).withHeader("Accept", WireMock.equalTo(ACCEPT)));

        // the same connection, now HTTP/2, with a body
        byte[] body = "{\"roundId\": \"tca-2013-14\", \"title\": \"Babergh and Mid Suffolk: one workforce\"}".getBytes();
        HttpResponse<String> written = client.send(HttpRequest.newBuilder(gateway.resolve("/api/bids"))
                .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + token()).header("Accept", ACCEPT)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(written.version()).isEqualTo(HttpClient.Version.HTTP_2);
        assertThat(written.statusCode()).isEqualTo(200);
        Services.server("bid").verify(postRequestedFor(urlEqualTo("/bids")).withRequestBody(binaryEqualTo(body))
                .withHeader("Accept", WireMock.equalTo(ACCEPT)));
    }
}
