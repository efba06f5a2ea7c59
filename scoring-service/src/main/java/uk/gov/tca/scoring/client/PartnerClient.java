package uk.gov.tca.scoring.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The part of the partner-service contract this service uses: an organisation and the ones related to it. */
@Path("/organisations")
@RegisterRestClient(configKey = "partner")
@OidcClientFilter
@Produces(MediaType.APPLICATION_JSON)
public interface PartnerClient {

    @GET
    @Path("/{id}")
    Organisation organisation(@PathParam("id") String id);

    @GET
    @Path("/{id}/related")
    Related related(@PathParam("id") String id);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Organisation(String id, String legalName, String type, List<Identifier> identifiers) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Identifier(String scheme, String value) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Summary(String id, String legalName) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Related(Summary organisation, List<RelatedOrganisation> related) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RelatedOrganisation(Summary organisation, List<Link> links) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Link(String kind, String type, String collaborationName) {
    }
}
