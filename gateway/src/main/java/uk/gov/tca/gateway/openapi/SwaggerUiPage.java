package uk.gov.tca.gateway.openapi;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import uk.gov.tca.gateway.GatewayConfig;

/**
 * Swagger UI's page at the gateway, started by a script file rather than the inline script of Quarkus' own page: the
 * gateway's Content-Security-Policy ({@code script-src 'self'}) would not run that one, and the page stayed blank. The
 * same for the page a sign-in from "Authorize" comes back to (oauth2-redirect.html).
 * Everything else — Swagger UI's scripts, styles and images — is Quarkus' as it serves them; only the page and its
 * start-up are the gateway's, so the policy stays strict for every page, this one included.
 */
@ApplicationScoped
public class SwaggerUiPage {

    private static final int ORDER = -1;

    private final String root;
    private final Buffer page;
    private final Buffer startUp;
    private final Buffer redirect;
    private final Buffer redirectScript;

    public SwaggerUiPage(GatewayConfig gateway) {
        Config config = ConfigProvider.getConfig();
        String nonApplication = config.getOptionalValue("quarkus.http.non-application-root-path", String.class).orElse("q");
        root = under(nonApplication, config.getOptionalValue("quarkus.swagger-ui.path", String.class).orElse("swagger-ui"));
        String openapi = under(nonApplication, config.getOptionalValue("quarkus.smallrye-openapi.path", String.class).orElse("openapi"));
        page = Buffer.buffer(read("swagger-ui/index.html")
                .replace("{openapi}", openapi)
                .replace("{oauth2Redirect}", root + "/oauth2-redirect.html")
                .replace("{oauth2Client}", gateway.swaggerUiClientId()));
        startUp = Buffer.buffer(read("swagger-ui/tca-swagger-ui.js"));
        redirect = Buffer.buffer(read("swagger-ui/oauth2-redirect.html"));
        redirectScript = Buffer.buffer(read("swagger-ui/tca-oauth2-redirect.js"));
    }

    void register(@Observes Router router) {
        // after Quarkus' handlers that put the security headers on (RouteConstants.ROUTE_ORDER_HEADERS), before its
        // Swagger UI handler of the same paths
        router.get(root + "/").order(ORDER).handler(rc -> send(rc, "text/html;charset=UTF-8", page));
        router.get(root + "/index.html").order(ORDER).handler(rc -> send(rc, "text/html;charset=UTF-8", page));
        router.get(root + "/tca-swagger-ui.js").order(ORDER).handler(rc -> send(rc, "text/javascript;charset=UTF-8", startUp));
        // Swagger UI's own redirect page finishes a sign-in with an inline script; this one with a file
        router.get(root + "/oauth2-redirect.html").order(ORDER).handler(rc -> send(rc, "text/html;charset=UTF-8", redirect));
        router.get(root + "/tca-oauth2-redirect.js").order(ORDER)
                .handler(rc -> send(rc, "text/javascript;charset=UTF-8", redirectScript));
    }

    /** The path under which the UI is served, {@code /q/swagger-ui}. */
    public String root() {
        return root;
    }

    private static void send(RoutingContext rc, String type, Buffer body) {
        rc.response().putHeader(HttpHeaders.CONTENT_TYPE, type).putHeader(HttpHeaders.CACHE_CONTROL, "no-cache").end(body);
    }

    /** A Quarkus path setting: absolute as it is, else under the non-application root ({@code /q}). */
    static String under(String nonApplicationRoot, String path) {
        if (path.startsWith("/")) {
            return strip(path);
        }
        String base = nonApplicationRoot.startsWith("/") ? nonApplicationRoot : "/" + nonApplicationRoot;
        return strip(base) + "/" + strip(path);
    }

    private static String strip(String path) {
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static String read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the gateway's build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
