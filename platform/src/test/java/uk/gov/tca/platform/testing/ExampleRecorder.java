package uk.gov.tca.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Records a real exchange as an operation's example ({@code openapi/examples/<operationId>.json}), when a run asks for
 * it with {@code -Dopenapi.examples.capture=<directory>}: the first request body and the first answer of each
 * successful status the tests meet. What is already recorded is kept, so a curated example is never overwritten.
 */
final class ExampleRecorder {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ExampleRecorder() {
    }

    static synchronized void record(Path directory, String operationId, FilterableRequestSpecification request,
            Response answer) {
        if (operationId == null || operationId.isBlank()) {
            return;
        }
        try {
            Path file = directory.resolve(operationId + ".json");
            ObjectNode examples = Files.exists(file) ? (ObjectNode) JSON.readTree(file.toFile()) : JSON.createObjectNode();
            boolean changed = false;
            JsonNode sent = json(request.getBody() instanceof byte[] bytes
                    ? new String(bytes, StandardCharsets.UTF_8) : request.getBody() == null ? null : request.getBody().toString());
            if (sent != null && !examples.has("request")) {
                examples.set("request", sent);
                changed = true;
            }
            JsonNode body = answer.contentType() != null && answer.contentType().contains("json") ? json(answer.asString()) : null;
            ObjectNode responses = examples.has("responses") ? (ObjectNode) examples.get("responses") : examples.putObject("responses");
            String status = Integer.toString(answer.statusCode());
            if (body != null && !responses.has(status)) {
                responses.set(status, body);
                changed = true;
            }
            if (changed) {
                Files.createDirectories(directory);
                JSON.writeValue(file.toFile(), examples);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode json(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return null;
        }
    }
}
