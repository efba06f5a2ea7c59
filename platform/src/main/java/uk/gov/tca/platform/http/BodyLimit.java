package uk.gov.tca.platform.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import uk.gov.tca.edge.problem.ProblemType;
import uk.gov.tca.platform.problem.Problem;
import uk.gov.tca.platform.problem.ProblemRequestIds;
import uk.gov.tca.platform.problem.Problems;



/**
 * A body declared larger than quarkus.http.limits.max-body-size is refused before it is read, with a problem
 * document (Vert.x's own refusal is a bare 413 with no body).
 */
@ApplicationScoped
public class BodyLimit {

    void install(@Observes Router router) {
        long limit = ConfigProvider.getConfig().getOptionalValue("quarkus.http.limits.max-body-size", MemorySize.class)
                .map(MemorySize::asLongValue).orElse(10L * 1024 * 1024);
        router.route().order(Integer.MIN_VALUE + 100).handler(ctx -> {
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            long declared;
            try {
                declared = length == null ? -1 : Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                declared = -1;
            }
            if (declared > limit) {
                Problem problem = Problems.of(ProblemType.TOO_LARGE,
                        "The body is " + declared + " bytes; the most this service takes is " + limit)
                        .withInstance(PublicPaths.publicPath(ctx.request().getHeader(PublicPaths.PREFIX_HEADER),
                                ctx.request().path()))
                        .withRequestId(ProblemRequestIds.plain(ctx.request().getHeader(ProblemRequestIds.HEADER)));
                ctx.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close").end(io.vertx.core.json.Json.encode(problem));
                return;
            }
            ctx.next();
        });
    }
}
