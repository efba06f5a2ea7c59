package uk.gov.tca.gateway.web;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Short, version-free addresses for the web client's front-end libraries, served from their webjars: pages
 * link {@code /assets/govuk-frontend.min.css}, and GOV.UK Frontend's stylesheet finds its fonts and images
 * under {@code /assets/fonts} and {@code /assets/images}, where it expects them. The versions come from the
 * webjars themselves, so upgrading one is a change to the pom only.
 */
@ApplicationScoped
public class WebAssets {

    void register(@Observes Router router) {
        String govuk = "/webjars/govuk-frontend/" + version("govuk-frontend") + "/dist/govuk";
        alias(router, "/assets/fonts/", govuk + "/assets/fonts/");
        alias(router, "/assets/images/", govuk + "/assets/images/");
        alias(router, "/assets/govuk/", govuk + "/");
        alias(router, "/assets/chart/", "/webjars/chart.js/" + version("chart.js") + "/dist/");
        alias(router, "/assets/htmx/", "/webjars/htmx.org/" + version("htmx.org") + "/dist/");
    }

    private static void alias(Router router, String from, String to) {
        router.get(from + "*").handler(rc -> {
            String rest = rc.normalizedPath().substring(from.length());
            if (rest.contains("..")) {
                rc.next();
                return;
            }
            rc.response().putHeader("Cache-Control", "public, max-age=86400");
            rc.reroute(to + rest);
        });
    }

    private static String version(String webjar) {
        String resource = "META-INF/maven/org.webjars.npm/" + webjar + "/pom.properties";
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The webjar " + webjar + " is missing");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
