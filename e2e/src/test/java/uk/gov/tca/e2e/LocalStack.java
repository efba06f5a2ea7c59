package uk.gov.tca.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The stack as ./tca up runs it, on ports offset by {@value #OFFSET} and with its own data directory, so
 * it never meets a developer's own stack. Started once for the test run, stopped when the run ends.
 */
public final class LocalStack implements BeforeAllCallback, AutoCloseable {

    public static final int OFFSET = 1000;
    public static final String KEYCLOAK = "http://127.0.0.1:" + (8180 + OFFSET);
    public static final String GATEWAY = "http://127.0.0.1:" + (8080 + OFFSET);
    public static final String PARTNER = "http://127.0.0.1:" + (8081 + OFFSET);
    public static final String BID = "http://127.0.0.1:" + (8082 + OFFSET);
    public static final String SCORING = "http://127.0.0.1:" + (8083 + OFFSET);
    /** Health, metrics and the like: each part's management interface, 200 above its public port, on loopback. */
    public static final String GATEWAY_MANAGEMENT = "http://127.0.0.1:" + (8280 + OFFSET);
    public static final String PARTNER_MANAGEMENT = "http://127.0.0.1:" + (8281 + OFFSET);
    public static final String BID_MANAGEMENT = "http://127.0.0.1:" + (8282 + OFFSET);
    public static final String SCORING_MANAGEMENT = "http://127.0.0.1:" + (8283 + OFFSET);

    private static boolean started;

    /** The management interface of the part whose public address is given (its port + 200). */
    public static String management(String base) {
        int colon = base.lastIndexOf(':');
        return base.substring(0, colon + 1) + (Integer.parseInt(base.substring(colon + 1)) + 200);
    }

    public static Path root() {
        return Path.of(System.getProperty("tca.root", "..")).toAbsolutePath().normalize();
    }

    public static Path home() {
        return Path.of(System.getProperty("tca.home", "target/stack")).toAbsolutePath();
    }

    @Override
    public synchronized void beforeAll(ExtensionContext context) throws Exception {
        if (!started) {
            started = true;
            // registered first, so that whatever up started is stopped at the end even if up failed half-way
            context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(LocalStack.class.getName(), this);
            Result up = tca("up");
            if (up.exitCode() != 0) {
                throw new IllegalStateException("./tca up failed:\n" + up.output());
            }
            // every answer through the gateway is held to the contract integrators are given: the gateway's own
            // document, as its build wrote it (a call straight to a service has no /api and is not checked here)
            Path published = root().resolve("gateway/target/openapi/openapi.yaml");
            if (!java.nio.file.Files.exists(published)) {
                throw new IllegalStateException(published + " is missing: build the gateway first");
            }
            uk.gov.tca.platform.testing.ContractValidation.holdEveryAnswer(published);
        }
    }

    @Override
    public void close() throws Exception {
        if (!Boolean.getBoolean("tca.keep")) {
            tca("down");
        }
    }

    /** What a ./tca command printed and how it ended. */
    public record Result(int exitCode, String output) {
    }

    public static Result tca(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(root().resolve("tca").toString()));
        command.addAll(List.of(args));
        Path log = Files.createTempFile("tca-", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(root().toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("TCA_HOME", home().toString());
        builder.environment().put("TCA_PORT_OFFSET", String.valueOf(OFFSET));
        // bids saved while the partner-service was away are checked again every 5 s here, not every minute
        builder.environment().put("BID_VERIFICATION_EVERY", "5s");
        // a stack thrown away after the run: no class archive trained (it would add seconds to every clean stop)
        builder.environment().put("TCA_CLASS_ARCHIVE", "off");
        Process process = builder.start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("./tca " + String.join(" ", args) + " did not finish in 10 minutes");
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.deleteIfExists(log);
        return new Result(process.exitValue(), output);
    }
}
