package uk.gov.tca.gateway.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import uk.gov.tca.gateway.GatewayConfig;

/** The pages every GOV.UK service links from its footer and phase banner; open to anyone, signed in or not. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class InformationPages {

    /** Who runs the service and where to write, as each page says it. */
    public record About(String operator, String contactEmail) {
    }

    @CheckedTemplate(basePath = "")
    static class Templates {
        static native TemplateInstance accessibility(About about);

        static native TemplateInstance cookies(About about);

        static native TemplateInstance privacy(About about);

        static native TemplateInstance feedback(About about);
    }

    private final About about;

    public InformationPages(GatewayConfig config) {
        this.about = new About(config.service().operator(), config.service().contactEmail());
    }

    @GET
    @Path("/accessibility-statement")
    public TemplateInstance accessibility() {
        return Templates.accessibility(about);
    }

    @GET
    @Path("/cookies")
    public TemplateInstance cookies() {
        return Templates.cookies(about);
    }

    @GET
    @Path("/privacy")
    public TemplateInstance privacy() {
        return Templates.privacy(about);
    }

    @GET
    @Path("/feedback")
    public TemplateInstance feedback() {
        return Templates.feedback(about);
    }
}
