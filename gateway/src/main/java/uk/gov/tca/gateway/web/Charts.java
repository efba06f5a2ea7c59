package uk.gov.tca.gateway.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Data for a chart, written into the page as JSON text the script reads: no inline script, so the CSP holds. */
public final class Charts {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Charts() {
    }

    public static String json(Object chart) {
        try {
            return JSON.writeValueAsString(chart);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
