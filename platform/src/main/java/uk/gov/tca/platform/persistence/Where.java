package uk.gov.tca.platform.persistence;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Panache query of optional equality filters, as list endpoints take them: each filter given adds
 * {@code field = :field}, each one left out adds nothing.
 */
public final class Where {

    private final StringBuilder query = new StringBuilder("1 = 1");
    private final Map<String, Object> params = new LinkedHashMap<>();

    public static Where all() {
        return new Where();
    }

    public Where and(String field, Object value) {
        if (value != null) {
            query.append(" and ").append(field).append(" = :").append(field);
            params.put(field, value);
        }
        return this;
    }

    public String query(String orderBy) {
        return query + " order by " + orderBy;
    }

    public Map<String, Object> params() {
        return params;
    }
}
