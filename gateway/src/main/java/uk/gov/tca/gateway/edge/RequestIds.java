package uk.gov.tca.gateway.edge;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The request id that follows a request through the gateway and the services' logs. A caller's own id is
 * kept when it is a plain token (so a council can quote its id to the helpdesk); anything else is replaced.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{8,64}");

    private RequestIds() {
    }

    public static String accept(String offered) {
        return offered != null && SAFE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
    }
}
