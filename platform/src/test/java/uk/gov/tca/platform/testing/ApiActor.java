package uk.gov.tca.platform.testing;

import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;
import static io.restassured.RestAssured.given;


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

    /**
     * A JSON Merge Patch (RFC 7396) of the resource at {@code path}, naming the version read in If-Match (null: naming
     * none). The body is written as UTF-8: rest-assured writes a media type it does not know in ISO-8859-1.
     */
    public ValidatableResponse patches(String path, String version, Object patch, Object... pathParams) {
        RequestSpecification request = request().contentType("application/merge-patch+json; charset=UTF-8").body(patch);
        return (version == null ? request : request.header("If-Match", version)).patch(path, pathParams).then();
    }
}
