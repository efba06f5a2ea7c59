package uk.gov.tca.platform.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Every table of the service emptied but Flyway's, so that a test starts from a service holding nothing and says
 * itself what happened before — one behaviour per test, never a chain of tests sharing what the last one left.
 * The append-only records (audit, moderation) refuse TRUNCATE by trigger; as their owner the test lifts that for
 * the one transaction that empties them, and it holds again after.
 */
public final class EmptyDatabase {

    private EmptyDatabase() {
    }

    public static void empty(DataSource dataSource) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT quote_ident(tablename) FROM pg_tables "
                    + "WHERE schemaname = current_schema() AND tablename <> 'flyway_schema_history'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            if (tables.isEmpty()) {
                return;
            }
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                for (String table : tables) {
                    s.execute("ALTER TABLE " + table + " DISABLE TRIGGER USER");
                }
                s.execute("TRUNCATE " + String.join(", ", tables) + " RESTART IDENTITY CASCADE");
                for (String table : tables) {
                    s.execute("ALTER TABLE " + table + " ENABLE TRIGGER USER");
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot empty the test database", e);
        }
    }
}
