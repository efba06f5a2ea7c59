package uk.gov.tca.scoring.scheme;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.tca.platform.http.ETags;
import uk.gov.tca.platform.idempotency.Idempotency;
import uk.gov.tca.platform.problem.Problem;
import uk.gov.tca.platform.security.Callers;
import uk.gov.tca.platform.security.Roles;
import uk.gov.tca.platform.openapi.Security;

@Consumes(MediaType.APPLICATION_JSON)
@Path("/schemes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "schemes", description = "How a round's bids are scored: criteria, weights, scale, moderation")
@SecurityRequirement(name = Security.SCHEME)
@RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.ASSESSOR})
@APIResponse(responseCode = "401", description = "No valid token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Not a role that may do this",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class SchemeResource {

    private final SchemeService schemes;
    private final Idempotency idempotency;
    private final Callers callers;

    public SchemeResource(SchemeService schemes, Idempotency idempotency, Callers callers) {
        this.schemes = schemes;
        this.idempotency = idempotency;
        this.callers = callers;
    }

    @GET
    @Operation(summary = "Schemes, by round; ?round= for one round's")
    @APIResponse(responseCode = "200", description = "The schemes (one, for a round)",
            content = @Content(schema = @Schema(implementation = SchemeView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "The round named has no scheme",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<SchemeView> list(@QueryParam("round") String round) {
        return (round == null ? schemes.all() : List.of(schemes.forRound(round))).stream().map(SchemeView::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a scheme", description = "The ETag is the version to send in If-Match on update.")
    @APIResponse(responseCode = "200", description = "The scheme",
            content = @Content(schema = @Schema(implementation = SchemeView.class)))
    @APIResponse(responseCode = "404", description = "No such scheme",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") String id) {
        Scheme scheme = schemes.get(id);
        return ETags.ok(SchemeView.of(scheme), scheme.version);
    }

    @POST
    @RolesAllowed(Roles.PROGRAMME_MANAGER)
    @Operation(summary = "Set the scheme of a round (programme managers)",
            description = "Weights in (0, 1] summing to 1; an anchor for every point of the scale. Idempotency-Key "
                    + "makes a retry safe.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = SchemeView.class)))
    @APIResponse(responseCode = "400", description = "The scheme breaks a rule; violations name the fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The round has a scheme already",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@HeaderParam("Idempotency-Key") String key, @Valid @NotNull SchemeInput body) {
        String actor = callers.current().name();
        return idempotency.once(key, actor, body, () -> {
            Scheme scheme = schemes.create(actor, body);
            return idempotency.answer(201, "/schemes/" + scheme.id, ETags.of(scheme.version), SchemeView.of(scheme));
        }).toResponse();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.PROGRAMME_MANAGER)
    @Operation(summary = "Change a scheme before any assessment of its round is submitted (If-Match required)")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(schema = @Schema(implementation = SchemeView.class)))
    @APIResponse(responseCode = "409", description = "Assessments against it are in",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Changed since the version in If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull SchemeInput body) {
        Scheme scheme = schemes.update(callers.current().name(), id, ifMatch, body);
        return ETags.ok(SchemeView.of(scheme), scheme.version);
    }

    @Schema(name = "Scheme")
    public record SchemeView(String id, String roundId, String name, List<Criterion> criteria, ScoreScale scale,
            int justificationMinLength, boolean confidenceEnabled, int assessorsPerBid, ModerationThreshold moderation,
            long version) {

        static SchemeView of(Scheme s) {
            return new SchemeView(s.id, s.roundId, s.name, s.criteria, s.scale, s.justificationMinLength,
                    s.confidenceEnabled, s.assessorsPerBid, s.moderation, s.version);
        }
    }
}
