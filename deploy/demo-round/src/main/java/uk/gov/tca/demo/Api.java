package uk.gov.tca.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** The stack's public API as the realm's demo users call it: a token each (password grant of tca-cli), JSON both ways. */
final class Api {

    record Answer(int status, JsonNode body) {

        Answer expect(int wanted, String what) {
            if (status != wanted) {
                throw new IllegalStateException(what + " answered " + status + ": " + body);
            }
            return this;
        }
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String tokenUrl;
    private final String password;
    private final Map<String, String> tokens = new HashMap<>();

    Api(String keycloak, String password) {
        this.tokenUrl = keycloak + "/realms/tca/protocol/openid-connect/token";
        this.password = password;
    }

    Answer get(String user, String url) throws IOException, InterruptedException {
        return send(user, "GET", url, null, null);
    }

    Answer post(String user, String url, Object body) throws IOException, InterruptedException {
        return send(user, "POST", url, body, null);
    }

    Answer post(String user, String url, Object body, String idempotencyKey) throws IOException, InterruptedException {
        return send(user, "POST", url, body, idempotencyKey);
    }

    private Answer send(String user, String method, String url, Object body, String idempotencyKey)
            throws IOException, InterruptedException {
        Answer answer = once(user, method, url, body, idempotencyKey);
        if (answer.status() == 401) { // a token outlived: a new one, once
            tokens.remove(user);
            answer = once(user, method, url, body, idempotencyKey);
        }
        return answer;
    }

    private Answer once(String user, String method, String url, Object body, String idempotencyKey)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token(user)).header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        byte[] bytes = response.body();
        return new Answer(response.statusCode(), bytes.length == 0 ? json.nullNode() : json.readTree(bytes));
    }

    private String token(String user) throws IOException, InterruptedException {
        String token = tokens.get(user);
        if (token == null) {
            String form = "grant_type=password&client_id=tca-cli&username=" + encode(user) + "&password=" + encode(password);
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(tokenUrl)).timeout(TIMEOUT)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("no token for " + user + ": " + response.statusCode() + " " + response.body());
            }
            token = json.readTree(response.body()).path("access_token").asText();
            tokens.put(user, token);
        }
        return token;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
