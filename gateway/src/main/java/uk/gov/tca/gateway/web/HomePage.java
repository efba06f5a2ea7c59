package uk.gov.tca.gateway.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The start page (anyone) and the signed-in home, which offers what the user's roles allow. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomePage {

    @CheckedTemplate(basePath = "")
    static class Templates {
        static native TemplateInstance start();

        static native TemplateInstance home(User user);
    }

    private final SecurityIdentity identity;

    public HomePage(SecurityIdentity identity) {
        this.identity = identity;
    }

    @GET
    public TemplateInstance start() {
        return Templates.start();
    }

    @GET
    @Path("/app")
    @Authenticated
    public TemplateInstance home() {
        return Templates.home(User.of(identity));
    }

    /** Who is signed in, as the pages show it. */
    public record User(String name, String organisation, boolean assessor, boolean manager) {

        static User of(SecurityIdentity identity) {
            String organisation = identity.getPrincipal() instanceof JsonWebToken jwt ? jwt.getClaim("org") : null;
            String name = identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getClaim("preferred_username") != null
                    ? jwt.getClaim("preferred_username") : identity.getPrincipal().getName();
            return new User(name, organisation, identity.hasRole("assessor"), identity.hasRole("programme-manager"));
        }
    }
}
