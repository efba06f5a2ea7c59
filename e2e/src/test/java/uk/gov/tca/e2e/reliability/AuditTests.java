package uk.gov.tca.e2e.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.gov.tca.e2e.LocalStack;

/**
 * The audit trail cannot be rewritten by the services themselves: connected as their own database user, an
 * update, a delete or a truncate of audit_record (and of the bid-service's outbox, the feed's history) fails,
 * while appending still works. That every change is recorded is checked change by change in
 * {@link AuthorizationMatrixTests}.
 */
@ExtendWith({LocalStack.class, ReliabilityReport.class})
class AuditTests {

    @Test
    void theServicesOwnDatabaseUserCannotRewriteTheAuditTrail() throws Exception {
        int refused = 0;
        int tried = 0;
        for (String database : Databases.ALL) {
            List<String> tables = database.equals("bid") ? List.of("audit_record", "outbox_event") : List.of("audit_record");
            for (String table : tables) {
                assertThat(Databases.count(database, "SELECT count(*) FROM " + table)).as("%s.%s has records", database, table)
                        .isPositive();
                for (String statement : List.of("UPDATE " + table + " SET id = id", "DELETE FROM " + table,
                        "DELETE FROM " + table + " WHERE id = (SELECT max(id) FROM " + table + ")", "TRUNCATE " + table)) {
                    long before = Databases.count(database, "SELECT count(*) FROM " + table);
                    tried++;
                    try (Connection c = Databases.connect(database); Statement s = c.createStatement()) {
                        assertThatThrownBy(() -> s.execute(statement)).as("%s on %s", statement, database)
                                .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
                        refused++;
                    }
                    assertThat(Databases.count(database, "SELECT count(*) FROM " + table)).isEqualTo(before);
                }
            }
            // appending is what the services do, and it still works
            try (Connection c = Databases.connect(database); Statement s = c.createStatement()) {
                c.setAutoCommit(false);
                s.execute("INSERT INTO audit_record (at, actor, action, entity_type, entity_id) "
                        + "VALUES (now(), 'audit-test', 'CHECKED', 'test', 'append')");
                c.rollback();
            }
        }
        ReliabilityReport.figure("Audit", "updates, deletes and truncates of the audit trail tried as the services' user / refused",
                tried + " / " + refused);
        assertThat(refused).isEqualTo(tried);
    }
}
