package uk.gov.tca.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;

/**
 * The PostgreSQL 17 of the local stack: starts the embedded server on a fixed port with its data under
 * .tca/ (kept across restarts), makes sure the login role and one database per service exist, then
 * runs until the process is told to stop (SIGTERM from ./tca down stops PostgreSQL cleanly).
 *
 * Arguments: data-directory port user password database...
 */
public final class LocalPostgres {

    private LocalPostgres() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            System.err.println("usage: LocalPostgres <data-dir> <port> <user> <password> <database>...");
            System.exit(2);
        }
        Path data = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        String user = args[2];
        String password = args[3];
        Files.createDirectories(data.getParent());

        File binaries = new File(data.getParent().toFile(), "pg-binaries");
        EmbeddedPostgres pg = startOrRetry(data, binaries, port);

        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            if (!exists(c, "SELECT 1 FROM pg_roles WHERE rolname = ?", user)) {
                s.execute("CREATE ROLE \"" + user + "\" LOGIN PASSWORD '" + password.replace("'", "''") + "'");
            }
            for (int i = 4; i < args.length; i++) {
                if (!exists(c, "SELECT 1 FROM pg_database WHERE datname = ?", args[i])) {
                    s.execute("CREATE DATABASE \"" + args[i] + "\" OWNER \"" + user + "\"");
                }
            }
        }
        System.out.println("PostgreSQL ready on 127.0.0.1:" + pg.getPort() + " (data in " + data + ")");

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                pg.close();
            } catch (Exception e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
            stopped.countDown();
        }));
        stopped.await();
    }

    private static EmbeddedPostgres startOrRetry(Path data, File binaries, int port) throws IOException {
        try {
            return start(data, binaries, port);
        } catch (IOException | Error e) {
            if (inUse(port)) {
                // another server took the port: new binaries would not help, and the lock this JVM still holds on the
                // data directory would make a second try fail on that instead of saying why
                throw new IOException("port " + port + " is in use by another program", e);
            }
            // An extraction cut short (a killed first start) leaves binaries the library will not overwrite. The failed
            // start still holds its lock on the first directory within this JVM, so the binaries are unpacked afresh
            // into a directory of their own rather than over the old ones.
            File fresh = new File(binaries.getParentFile(), binaries.getName() + "-" + ProcessHandle.current().pid());
            System.err.println("PostgreSQL did not start (" + e + "); unpacking its binaries again into " + fresh);
            deleteTree(fresh.toPath());
            return start(data, fresh, port);
        }
    }

    private static EmbeddedPostgres start(Path data, File binaries, int port) throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(binaries)
                .setPort(port)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "200")
                // the first start initialises the cluster; on two busy cores that can take longer than the default 10 s
                .setPGStartupWait(java.time.Duration.ofSeconds(90))
                .start();
    }

    private static boolean inUse(int port) {
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static boolean exists(Connection c, String sql, String name) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
