package uk.gov.tca.platform.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import uk.gov.tca.platform.json.TextRules;
import uk.gov.tca.platform.problem.ProblemException;

/**
 * What a request carries outside the JSON mapper's reach: a body must be UTF-8 by the letter (Jackson decodes an
 * overlong "/" as a slash; Java's decoder refuses it), and path and query values follow the same text rules as
 * bodies (a NUL in an id reaches PostgreSQL otherwise, which answers with an error, not a "not found").
 */
public class StrictRequests {

    @ServerRequestFilter(readBody = true)
    public void refuseMalformedText(ContainerRequestContext request) throws IOException {
        check("path", request.getUriInfo().getPathParameters(true));
        check("query", request.getUriInfo().getQueryParameters(true));
        MediaType type = request.getMediaType();
        if (request.hasEntity() && type != null && type.getSubtype().endsWith("json")) {
            byte[] body = request.getEntityStream().readAllBytes();
            try {
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
            } catch (CharacterCodingException e) {
                throw ProblemException.invalid("body", "is not valid UTF-8");
            }
            request.setEntityStream(new ByteArrayInputStream(body));
        }
    }

    private static void check(String where, Map<String, List<String>> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            for (String value : parameter.getValue()) {
                String problem = TextRules.problemWith(value);
                if (problem == null && value.indexOf('\uFFFD') >= 0) {
                    problem = "must be percent-encoded UTF-8";
                }
                if (problem != null) {
                    throw ProblemException.invalid(parameter.getKey(), problem + " (in the " + where + ")");
                }
            }
        }
    }
}
