package uk.gov.tca.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code kustomize build} would start from, without kustomize: the resources a kustomization lists,
 * followed into the directories it names, and the patches it applies.
 */
record Kustomization(Path directory, JsonNode file) {

    static Kustomization at(Path directory) {
        Path file = directory.resolve("kustomization.yaml");
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("no kustomization.yaml in " + directory);
        }
        return new Kustomization(directory, Yaml.one(file));
    }

    /** Every resource document, recursively through the bases. */
    List<Yaml.Document> resources() {
        List<Yaml.Document> documents = new ArrayList<>();
        for (JsonNode entry : file.path("resources")) {
            Path path = directory.resolve(entry.asText()).normalize();
            if (Files.isDirectory(path)) {
                documents.addAll(at(path).resources());
            } else if (Files.isRegularFile(path)) {
                documents.addAll(Yaml.documents(path));
            } else {
                throw new IllegalStateException(directory.resolve("kustomization.yaml") + " lists " + entry.asText()
                        + ", which does not exist");
            }
        }
        return documents;
    }

    JsonNode patches() {
        return file.path("patches");
    }
}
