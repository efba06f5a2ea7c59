package uk.gov.tca.e2e.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Requests exactly as written: raw bytes for bodies (invalid UTF-8 included) and raw paths (percent-encoding and
 * traversal kept), which rest-assured would clean up. Thread-safe; one client for the run.
 */
public final class Http {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();

    private Http() {
    }

    /** One answer: status, content type, body and the headers a test looks at. */
    public record Answer(int status, String contentType, String body, Map<String, String> headers) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }

        String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }

        boolean isProblem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + (body.length() > 400 ? body.substring(0, 400) + "…" : body);
        }
    }

    /** A request being put together. */
    public static final class Call {
        private final String method;
        private final String url;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private byte[] body;
        private Duration timeout = Duration.ofSeconds(30);

        private Call(String method, String url) {
            this.method = method;
            this.url = url;
        }

        public Call token(String token) {
            if (token != null) {
                headers.put("Authorization", "Bearer " + token);
            }
            return this;
        }

        public Call header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        public Call json(Object body) {
            try {
                return bytes(body instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : JSON.writeValueAsBytes(body),
                        "application/json");
            } catch (IOException e) {
                throw new IllegalArgumentException(e);
            }
        }

        public Call bytes(byte[] body, String contentType) {
            this.body = body;
            if (contentType != null) {
                headers.put("Content-Type", contentType);
            }
            return this;
        }

        public Call timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        public Answer send() {
            try {
                return sendOrThrow();
            } catch (IOException e) {
                throw new AssertionError(method + " " + url + " failed: " + e, e);
            }
        }

        /** For load generators, which count a refused connection rather than fail on it. */
        public Answer sendOrThrow() throws IOException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            headers.forEach(request::header);
            try {
                HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
                Map<String, String> seen = new LinkedHashMap<>();
                response.headers().map().forEach((k, v) -> seen.put(k.toLowerCase(java.util.Locale.ROOT), String.join(",", v)));
                return new Answer(response.statusCode(), seen.get("content-type"), response.body(), seen);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }
    }

    public static Call request(String method, String url) {
        return new Call(method, url);
    }
}
