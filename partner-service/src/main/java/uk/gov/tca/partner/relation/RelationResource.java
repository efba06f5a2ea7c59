package uk.gov.tca.partner.relation;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.tca.platform.problem.Problem;
import uk.gov.tca.platform.security.Roles;
import uk.gov.tca.platform.openapi.Security;

/** The relations recorded between an organisation and others, past and present. */
@Path("/organisations/{id}/relations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "organisations")
@SecurityRequirement(name = Security.SCHEME)
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class RelationResource {

    private final RelationService relations;
    private final SecurityIdentity identity;

    public RelationResource(RelationService relations, SecurityIdentity identity) {
        this.relations = relations;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "Relations recorded on either side of this organisation, past and present")
    @APIResponse(responseCode = "200", description = "The relations",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = RelationView.class)))
    public List<RelationView> relations(@PathParam("id") String id) {
        return relations.of(id).stream().map(RelationView::of).toList();
    }

    @POST
    @RolesAllowed(Roles.PROGRAMME_MANAGER)
    @Operation(summary = "Record a relation from this organisation to another (programme managers)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "shared workforce", value = """
            {"toId": "GB-LAE-MSU", "type": "SHARED_WORKFORCE", "since": "2011-06-01",
             "note": "One officer workforce serving both councils"}""")))
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = RelationView.class)))
    @APIResponse(responseCode = "409", description = "Already recorded",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response relate(@PathParam("id") String id, @Valid @NotNull RelationInput body) {
        var relation = relations.relate(id, body.toId(), body.type(), body.since(), body.until(), body.note(), actor());
        return Response.status(201).header("Location", "/organisations/" + id + "/relations/" + relation.id)
                .entity(RelationView.of(relation)).build();
    }

    @DELETE
    @Path("/{relationId}")
    @RolesAllowed(Roles.PROGRAMME_MANAGER)
    @Operation(summary = "Remove a relation recorded in error (programme managers)",
            description = "To end a relation that held, update it with an until date instead; removal is audited.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such relation of this organisation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void unrelate(@PathParam("id") String id, @PathParam("relationId") long relationId) {
        relations.remove(id, relationId, actor());
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }
}
