package uk.gov.tca.platform.testing;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;

/**
 * What every service's test language shares: someone holding a token, whose requests carry it and speak JSON. A
 * service's own {@code Actor} extends this with the steps of its rule book.
 */
public abstract class ApiActor {

    private final String token;

    protected ApiActor(String token) {
        this.token = token;
    }

    /** A request as this actor, JSON in and out. */
    public RequestSpecification request() {
        return given().auth().oauth2(token).contentType("application/json");
    }
}
