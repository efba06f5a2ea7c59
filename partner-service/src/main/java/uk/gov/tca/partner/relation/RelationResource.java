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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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
    @Operation(summary = "Relations recorded on either side of this organisation, past and present",
            description = "Every relation the organisation is the from or the to side of, ended ones too, oldest "
                    + "first; not paged. For who is related today, and through what, read …/related. Any signed-in "
                    + "caller (a bidder's token must name its council).")
    @APIResponse(responseCode = "200", description = "The relations, oldest first",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = RelationView.class)))
    @APIResponse(responseCode = "404", description = "No organisation with this id on the register",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<RelationView> relations(
            @Parameter(description = "The organisation's id", example = "GB-LAE-BAB") @PathParam("id") String id) {
        return relations.of(id).stream().map(RelationView::of).toList();
    }

    @POST
    @RolesAllowed(Roles.PROGRAMME_MANAGER)
    @Operation(summary = "Record a relation from this organisation to another (programme managers)",
            description = "Records that the organisation in the path relates to the one named by toId, read \"from "
                    + "type to\" (GB-LAE-BAB PART_OF GB-LAE-SFK), over the period given. Both must be on the register; "
                    + "each type is recorded once per pair and direction. The relation is audited and put on the feed "
                    + "(relation-recorded), so that conflicts of interest are checked again. Programme managers only.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the relation",
            headers = @Header(name = "Location", description = "The relation's path, "
                    + "/organisations/{id}/relations/{relationId}", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = RelationView.class)))
    @APIResponse(responseCode = "400", description = "Fields not valid, toId not on the register or the organisation "
            + "itself, or until before since (the problem's violations name the field)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a programme manager",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No organisation with this id on the register",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A relation of this type from this organisation to that one is "
            + "already recorded",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response relate(
            @Parameter(description = "The id of the organisation the relation reads from", example = "GB-LAE-BAB")
            @PathParam("id") String id,
            @Valid @NotNull RelationInput body) {
        var relation = relations.relate(id, body.toId(), body.type(), body.since(), body.until(), body.note(), actor());
        return Response.status(201).header("Location", "/organisations/" + id + "/relations/" + relation.id)
                .entity(RelationView.of(relation)).build();
    }

    @DELETE
    // no body on success; a refusal is a problem document, which a client may ask for alone
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Path("/{relationId}")
    @RolesAllowed(Roles.PROGRAMME_MANAGER)
    @Operation(summary = "Remove a relation recorded in error (programme managers)",
            description = "Removes a relation the organisation is either side of. The removal is audited and put on "
                    + "the feed (relation-removed). A relation is not changed in place: to record that one which held "
                    + "has ended, remove it and record it again with its until date. Programme managers only.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", description = "Not a programme manager",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such relation of this organisation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void unrelate(
            @Parameter(description = "The id of an organisation on either side of the relation",
                    example = "GB-LAE-BAB")
            @PathParam("id") String id,
            @Parameter(description = "The relation's id, as its Location and its id give it", example = "221")
            @PathParam("relationId") long relationId) {
        relations.remove(id, relationId, actor());
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }
}
