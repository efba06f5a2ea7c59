package uk.gov.tca.platform.testing;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;

/**
 * What every service's test language shares: someone holding a token, whose requests carry it and speak JSON, and
 * whose every answer is held to the module's committed contract ({@link ContractValidation}). A service's own
 * {@code Actor} extends this with the steps of its rule book.
 */
public abstract class ApiActor {

    private final String token;

    protected ApiActor(String token) {
        this.token = token;
    }

    /** The module's committed contract, relative to the module where its tests run. */
    public static final Path CONTRACT = Path.of("src/main/openapi/openapi.yaml");

    /** A request as this actor, JSON in and out. */
    public RequestSpecification request() {
        // installed from here, in the classloader the test's RestAssured lives in (Quarkus tests have their own)
        ContractValidation.holdEveryAnswer(CONTRACT);
        return given().auth().oauth2(token).contentType("application/json");
    }
}
