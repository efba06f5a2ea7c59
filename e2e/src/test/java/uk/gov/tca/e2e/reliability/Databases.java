package uk.gov.tca.e2e.reliability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.gov.tca.e2e.LocalStack;

/** The stack's databases, reached as the services reach them (user tca), for what a test must see in them. */
final class Databases {

    static final List<String> ALL = List.of("partner", "bid", "scoring");

    private Databases() {
    }

    static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + LocalStack.POSTGRES_PORT + "/" + database,
                "tca", "tca");
    }

    /** Every table's row count and a digest of its rows: equal fingerprints, equal contents. */
    static Map<String, String> fingerprint() throws SQLException {
        Map<String, String> tables = new TreeMap<>();
        for (String database : ALL) {
            try (Connection c = connect(database); Statement s = c.createStatement()) {
                List<String> names = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                        + "AND tablename <> 'flyway_schema_history' ORDER BY tablename")) {
                    while (rs.next()) {
                        names.add(rs.getString(1));
                    }
                }
                for (String table : names) {
                    try (ResultSet rs = s.executeQuery("SELECT count(*) || ' rows, ' || coalesce(md5(string_agg(t::text, '|' "
                            + "ORDER BY t::text)), '-') FROM \"" + table + "\" t")) {
                        rs.next();
                        tables.put(database + "." + table, rs.getString(1));
                    }
                }
            }
        }
        return tables;
    }

    /** The fingerprint once background work (the feed reader, participant checks) has settled: equal 6 s apart. */
    static Map<String, String> settledFingerprint() throws Exception {
        Map<String, String> before = fingerprint();
        for (int i = 0; i < 10; i++) {
            Thread.sleep(6000);
            Map<String, String> now = fingerprint();
            if (now.equals(before)) {
                return now;
            }
            before = now;
        }
        throw new IllegalStateException("the databases did not settle within a minute");
    }

    /** The tables whose contents differ. */
    static List<String> changed(Map<String, String> before, Map<String, String> after) {
        List<String> changed = new ArrayList<>();
        for (String table : after.keySet()) {
            if (!after.get(table).equals(before.get(table))) {
                changed.add(table + " (" + before.get(table) + " → " + after.get(table) + ")");
            }
        }
        return changed;
    }

    static long count(String database, String sql, Object... parameters) throws SQLException {
        try (Connection c = connect(database); var ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
