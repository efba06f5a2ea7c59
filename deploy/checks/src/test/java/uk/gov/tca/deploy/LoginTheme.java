package uk.gov.tca.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The Keycloak login theme for a cluster: a ConfigMap holding every file of deploy/keycloak/themes/govuk, made from
 * them so the two cannot drift, and mounted by the Keycloak resource where Keycloak finds themes. A key is the file's
 * path in the theme with "--" for each "/", as ConfigMap keys take no slashes.
 */
final class LoginTheme {

    static final String NAME = "keycloak-login-theme";
    static final String HEADER = """
            # GENERATED from deploy/keycloak/themes/govuk by deploy/checks (LoginTheme): do not edit.
            # Regenerate after a theme change: ./mvnw -pl deploy/checks verify -Dmanifests.update=true
            # keycloak.yaml mounts each key at its path in /opt/keycloak/themes/govuk.
            """;

    private LoginTheme() {
    }

    static Path themeDirectory() {
        return Yaml.root().resolve("deploy/keycloak/themes/govuk");
    }

    static Path configMapFile() {
        return Yaml.root().resolve("deploy/kubernetes/base/keycloak/login-theme.yaml");
    }

    /** The theme's files, by their paths in the theme, in order. */
    static List<String> files() {
        try (Stream<Path> walk = Files.walk(themeDirectory())) {
            return walk.filter(Files::isRegularFile).map(f -> themeDirectory().relativize(f).toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String key(String path) {
        return path.replace("/", "--");
    }

    static String generate() {
        StringBuilder yaml = new StringBuilder(HEADER).append("""
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: %s
                data:
                """.formatted(NAME));
        for (String path : files()) {
            String text;
            try {
                text = Files.readString(themeDirectory().resolve(path));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            yaml.append("  ").append(key(path)).append(": |").append(text.endsWith("\n") ? "" : "-").append('\n');
            text.lines().forEach(line -> yaml.append(line.isEmpty() ? "" : "    " + line).append('\n'));
        }
        return yaml.toString();
    }
}
