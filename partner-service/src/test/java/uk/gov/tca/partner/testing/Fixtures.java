package uk.gov.tca.partner.testing;


import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Creates what a test needs through the API, as a programme manager would. */
public final class Fixtures {

    private Fixtures() {
    }

    public static String uniqueId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    public static Map<String, Object> organisation(String id, String legalName, String type) {
        return new java.util.LinkedHashMap<>(Map.of("id", id, "legalName", legalName, "type", type));
    }

    /** Creates the organisation unless it exists; returns its id. */
    public static String ensure(Map<String, Object> body) {
        String id = (String) body.get("id");
        int status = Actor.manager().reads(id).extract().statusCode();
        if (status == 404) {
            Actor.manager().records(body).statusCode(201);
        }
        return id;
    }

    public static String create(String prefix, String legalName, String type) {
        String id = uniqueId(prefix);
        Actor.manager().records(organisation(id, legalName, type)).statusCode(201);
        return id;
    }

    public static Map<String, Object> member(String organisationId) {
        return Map.of("organisationId", organisationId);
    }

    public static List<Object> list(Object... items) {
        return List.of(items);
    }
}
