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
 * The stack as ./tca up runs it, on ports moved by an offset (6000 unless those are taken) and with its own data
 * directory, so it never meets a developer's own stack nor whatever else listens on the machine. Started once for
 * the test run, stopped when the run ends.
 */
public final class LocalStack implements BeforeAllCallback, AutoCloseable {

    // before OFFSET: static fields are initialised in the order written
    /**
     * 6000 and up first: every port of the stack then lies above the machine's ephemeral range (32768–60999 on
     * Linux), where no outgoing connection's own port can be sitting on PostgreSQL's when it binds.
     */
    private static final int[] OFFSETS = {6000, 7000, 8000, 9000, 1000, 2000, 3000, 4000, 5000};
    /** Every port ./tca up listens on with no offset: the services' public and management ports, Keycloak's, PostgreSQL's. */
    private static final int[] PORTS = {8080, 8081, 8082, 8083, 8280, 8281, 8282, 8283, 8180, 9000, 55432};

    /** How far every port of ./tca up is moved: the first of {@link #OFFSETS} whose ports are all free. */
    public static final int OFFSET = chooseOffset();
    public static final int POSTGRES_PORT = 55432 + OFFSET;
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

    /**
     * -Dtca.port.offset when given; else the offset a stack kept running by an earlier run (-Dtca.keep=true) uses, so
     * that it is reused; else the first offset with every port free, the last run's first — a server left behind by a
     * killed run, or anyone else's program, moves this run aside instead of failing it (./tca imports the realm again
     * for a stack's new offset).
     */
    private static int chooseOffset() {
        String given = System.getProperty("tca.port.offset", "");
        if (!given.isBlank()) {
            return Integer.parseInt(given.trim());
        }
        Path recorded = home().resolve("port-offset");
        try {
            Integer last = Files.exists(recorded) ? Integer.valueOf(Files.readString(recorded).trim()) : null;
            if (last != null && keptStackRuns()) {
                return last;
            }
            // the last run's offset first, while its ports are free: the stack's data (its realm's addresses) is for it;
            // an offset with a port in the ephemeral range only when none clear of it is free
            java.util.List<Integer> candidates = new java.util.ArrayList<>();
            if (last != null) {
                candidates.add(last);
            }
            java.util.Arrays.stream(OFFSETS).forEach(candidates::add);
            int[] ephemeral = ephemeralRange();
            for (boolean clearOfEphemeral : new boolean[] {true, false}) {
                for (int offset : candidates) {
                    boolean clear = java.util.Arrays.stream(PORTS).allMatch(p -> p + offset < ephemeral[0]
                            || p + offset > ephemeral[1]);
                    if ((clear || !clearOfEphemeral) && java.util.Arrays.stream(PORTS).allMatch(p -> bindable(p + offset))) {
                        Files.createDirectories(recorded.getParent());
                        Files.writeString(recorded, Integer.toString(offset));
                        return offset;
                    }
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        throw new IllegalStateException("every port offset tried (" + java.util.Arrays.toString(OFFSETS)
                + ") has a port in use: set -Dtca.port.offset");
    }

    private static boolean keptStackRuns() throws IOException {
        Path pid = home().resolve("run/postgres.pid");
        return Files.exists(pid) && ProcessHandle.of(Long.parseLong(Files.readString(pid).trim()))
                .map(ProcessHandle::isAlive).orElse(false);
    }

    /** The machine's ephemeral ports, from which outgoing connections take their own (Linux's default if unread). */
    private static int[] ephemeralRange() {
        try {
            String[] range = Files.readString(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).trim().split("\\s+");
            return new int[] {Integer.parseInt(range[0]), Integer.parseInt(range[1])};
        } catch (IOException | RuntimeException unread) {
            return new int[] {32768, 60999};
        }
    }

    /** Whether a server could bind the port on loopback now, as PostgreSQL and the services will (SO_REUSEADDR). */
    public static boolean bindable(int port) {
        if (port > 65535) {
            return false;
        }
        try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new java.net.InetSocketAddress("127.0.0.1", port));
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    /** Whether something on this machine listens on the port (a connection to it is taken). */
    public static boolean listening(int port) {
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

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
        return tca(java.util.Map.of(), args);
    }

    /** A ./tca command with these settings over the test stack's own (another TCA_HOME or port offset, say). */
    public static Result tca(java.util.Map<String, String> settings, String... args)
            throws IOException, InterruptedException {
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
        builder.environment().putAll(settings);
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
