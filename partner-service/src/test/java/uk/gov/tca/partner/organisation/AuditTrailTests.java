package uk.gov.tca.partner.organisation;

import uk.gov.tca.partner.testing.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import uk.gov.tca.platform.testing.EmbeddedPostgresResource;

/** The audit trail is append-only even for the service's own database user. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class AuditTrailTests {

    private final AgroalDataSource dataSource;

    AuditTrailTests(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Test
    void auditRecordsCannotBeUpdatedOrDeleted() throws Exception {
        Fixtures.create("TEST-AUDIT", "Audited Council", "DISTRICT");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM audit_record")) {
                rs.next();
                assertThat(rs.getLong(1)).isPositive();
            }
            assertThatThrownBy(() -> s.executeUpdate("UPDATE audit_record SET actor = 'someone else'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM audit_record"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("TRUNCATE audit_record"))
                    .hasMessageContaining("append-only");
        }
    }
}
