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

    /** A condition of its own, with its named parameters (a rule of who may see what). */
    public Where and(String clause, Map<String, Object> clauseParams) {
        query.append(" and (").append(clause).append(")");
        params.putAll(clauseParams);
        return this;
    }

    public String query(String orderBy) {
        return query + " order by " + orderBy;
    }

    public Map<String, Object> params() {
        return params;
    }
}
