package uk.gov.tca.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import uk.gov.tca.platform.testing.EmbeddedPostgresResource;
import uk.gov.tca.platform.testing.OpenApiContract;

/** The committed contract is what the code serves (-Dopenapi.update=true writes it afresh). */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(Neighbours.class)
class OpenApiContractTests {

    @Test
    void theServedSpecIsTheCommittedContract() {
        assertThat(OpenApiContract.compareWithCommitted(Path.of("src/main/openapi/openapi.yaml"))).isNull();
    }

    /** Every type has a name of its own in the contract, never a simple name numbered apart from another's. */
    @Test
    void everySchemaHasANameOfItsOwn() {
        assertThat(OpenApiContract.numberedSchemaNames(Path.of("src/main/openapi/openapi.yaml"))).isEmpty();
    }
}
