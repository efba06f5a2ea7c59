package uk.gov.tca.edge.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A body sent in chunks says nothing of its length until it ends, so its limit can only be kept while it is read:
 * such a body is read here, up to {@code quarkus.http.limits.max-body-size}, and one past it is failed 413 —
 * answered with a problem document ({@link StatusOnlyFailures}) where the REST layer's own reader would answer with
 * an empty body. A body with a Content-Length is refused before it is read (platform {@code BodyLimit}); the
 * gateway, which reads every body itself, turns this off ({@code tca.http.read-chunked-bodies=false}).
 */
@ApplicationScoped
public class ChunkedBodies {

    private final EdgeHttpConfig config;

    public ChunkedBodies(EdgeHttpConfig config) {
        this.config = config;
    }

    void install(@Observes Router router) {
        if (!config.readChunkedBodies()) {
            return;
        }
        long limit = ConfigProvider.getConfig().getOptionalValue("quarkus.http.limits.max-body-size", MemorySize.class)
                .map(MemorySize::asLongValue).orElse(10L * 1024 * 1024);
        BodyHandler reader = BodyHandler.create(false).setBodyLimit(limit);
        router.route().order(StalledBodies.ORDER + 1).handler(rc -> {
            boolean chunked = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH) == null
                    && rc.request().getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
            if (chunked) {
                reader.handle(rc);
            } else {
                rc.next();
            }
        });
    }
}
