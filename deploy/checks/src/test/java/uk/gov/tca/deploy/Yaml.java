package uk.gov.tca.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;

/** YAML documents as JSON trees (SnakeYAML reads them, anchors and merge keys included, as Docker Compose does). */
final class Yaml {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Yaml() {
    }

    static Path root() {
        return Path.of(System.getProperty("tca.root", "../..")).toAbsolutePath().normalize();
    }

    /** Every document of a file, with the file it came from. */
    static List<Document> documents(Path file) {
        List<Document> documents = new ArrayList<>();
        try {
            String text = Files.readString(file);
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            for (Object doc : new org.yaml.snakeyaml.Yaml(options).loadAll(text)) {
                if (doc != null) {
                    documents.add(new Document(file, JSON.valueToTree(doc)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return documents;
    }

    static JsonNode one(Path file) {
        List<Document> documents = documents(file);
        if (documents.size() != 1) {
            throw new IllegalStateException(file + " has " + documents.size() + " documents");
        }
        return documents.get(0).tree();
    }

    /** A parsed document and where it came from, for messages that say which file is wrong. */
    record Document(Path file, JsonNode tree) {

        String kind() {
            return tree.path("kind").asText();
        }

        String name() {
            return tree.path("metadata").path("name").asText();
        }

        @Override
        public String toString() {
            return kind() + "/" + name() + " (" + root().relativize(file) + ")";
        }
    }
}
