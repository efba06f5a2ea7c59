package uk.gov.tca.e2e.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import uk.gov.tca.e2e.LocalStack;

/**
 * The figures of the reliability tests (requests tried, 5xx, acknowledged writes against those found, seconds to
 * recover), printed when the run ends and, when every part ran, written to deploy/bench/RELIABILITY.md.
 */
public final class ReliabilityReport implements BeforeAllCallback, AutoCloseable {

    static final List<String> PARTS = List.of("Authorization matrix", "Tokens", "Hostile input", "Concurrency",
            "Faults under load", "Audit", "Change feed", "Conflicts of interest", "Consent", "History disclosure", "Edges");

    private record Figure(String label, Object value) {
    }

    private static final Map<String, List<Figure>> FIGURES = new LinkedHashMap<>();
    private static boolean registered;

    public static synchronized void figure(String part, String label, Object value) {
        if (!PARTS.contains(part)) {
            throw new IllegalArgumentException("no part " + part);
        }
        FIGURES.computeIfAbsent(part, p -> new ArrayList<>()).add(new Figure(label, value));
        System.out.printf("[reliability] %s: %s = %s%n", part, label, value);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        synchronized (ReliabilityReport.class) {
            if (!registered) {
                registered = true;
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(ReliabilityReport.class.getName(), this);
            }
        }
    }

    @Override
    public synchronized void close() throws IOException {
        String text = render();
        System.out.println(text);
        String target = System.getProperty("tca.reliability.report");
        if (target != null && FIGURES.keySet().containsAll(PARTS)) {
            Files.writeString(Path.of(target), text, StandardCharsets.UTF_8);
        }
    }

    private static String render() {
        StringBuilder out = new StringBuilder();
        out.append("# Reliability and security figures\n\n");
        out.append("Written by the e2e module's reliability tests (`e2e/src/test/java/uk/gov/tca/e2e/reliability`) at the end of\n");
        out.append("`./mvnw verify`, against the stack `./tca up` runs (real PostgreSQL, real Keycloak). Do not edit: the next run\n");
        out.append("rewrites it.\n\n");
        out.append("- when: ").append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append('\n');
        out.append("- commit: ").append(commit()).append('\n');
        out.append("- machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
                .append(System.getProperty("java.version")).append(", ").append(System.getProperty("os.name")).append("\n\n");
        for (String part : PARTS) {
            out.append("## ").append(part).append("\n\n| figure | value |\n|---|---|\n");
            for (Figure f : FIGURES.getOrDefault(part, List.of())) {
                out.append("| ").append(f.label()).append(" | ").append(f.value()).append(" |\n");
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String commit() {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").directory(LocalStack.root().toFile())
                    .redirectErrorStream(true).start();
            String sha = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return git.waitFor() == 0 ? sha : "unknown";
        } catch (IOException | InterruptedException e) {
            return "unknown";
        }
    }
}
