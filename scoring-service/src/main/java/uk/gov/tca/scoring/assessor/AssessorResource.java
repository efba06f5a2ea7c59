package uk.gov.tca.scoring.assessor;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.tca.platform.http.ETags;
import uk.gov.tca.platform.http.PageResult;
import uk.gov.tca.platform.http.Paging;
import uk.gov.tca.platform.security.Callers;
import uk.gov.tca.platform.security.Roles;
import uk.gov.tca.platform.openapi.Security;

/** Assessor profiles, declared interests and dispensations; the rules are {@link AssessorService}'s. */
@Consumes(MediaType.APPLICATION_JSON)
@Path("/assessors")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "assessors", description = "Assessor profiles, declared interests and dispensations")
@SecurityRequirement(name = Security.SCHEME)
@RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.ASSESSOR})
public class AssessorResource {

    private final AssessorService assessors;
    private final Callers callers;

    public AssessorResource(AssessorService assessors, Callers callers) {
        this.assessors = assessors;
        this.callers = callers;
    }

    @Schema(name = "Assessor")
    public record AssessorView(String username, String displayName,
            @Schema(description = "The organisation the assessor's token names: never edited") String employerOrganisationId,
            List<Interest> interests, List<Dispensation> dispensations,
            @Schema(description = "Recorded by programme managers; each conflicts the assessor while it lasts")
            List<Secondment> secondments, boolean active, long version) {

        static AssessorView of(Assessor a) {
            return new AssessorView(a.username, a.displayName, a.employerOrganisationId, a.interests, a.dispensations,
                    a.secondments, a.active, a.version);
        }
    }

    /** What an assessor may change of its profile; its employer is its token's organisation, not a field. */
    @Schema(name = "AssessorInput")
    public record ProfileInput(@Size(max = 200) String displayName, Boolean active) {
    }

    @GET
    @RolesAllowed(Roles.PROGRAMME_MANAGER)
    @Operation(summary = "All assessor profiles (programme managers)")
    public PageResult<AssessorView> list(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0"), example = "0")
            @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200"), example = "20")
            @QueryParam("size") String size) {
        return assessors.all(Paging.of(page, size)).map(AssessorView::of);
    }

    @GET
    @Path("/{username}")
    @Operation(summary = "An assessor's profile: its own, or any for a programme manager; 'me' for the caller's")
    public Response get(@PathParam("username") String username) {
        Assessor a = assessors.get(callers.current(), username);
        return ETags.ok(AssessorView.of(a), a.version);
    }

    @PUT
    @Path("/me")
    @RolesAllowed(Roles.ASSESSOR)
    @Operation(summary = "Create or change one's own profile",
            description = "Creating needs no If-Match; changing an existing profile does. The employer is the organisation "
                    + "the caller's token names (a body naming one is refused); interests are declared apart.")
    @APIResponse(responseCode = "200", description = "The profile, changed",
            content = @Content(schema = @Schema(implementation = AssessorView.class)))
    @APIResponse(responseCode = "201", description = "The profile, created: the caller is now an assessor",
            content = @Content(schema = @Schema(implementation = AssessorView.class)))
    public Response putMine(@HeaderParam("If-Match") String ifMatch, @Valid @NotNull ProfileInput body) {
        AssessorService.Saved saved = assessors.save(callers.current(), ifMatch,
                new AssessorService.Profile(body.displayName(), body.active()));
        Assessor a = saved.assessor();
        return saved.created()
                ? Response.status(201).entity(AssessorView.of(a)).header("ETag", ETags.of(a.version))
                        .location(URI.create("/assessors/" + a.username)).build()
                : ETags.ok(AssessorView.of(a), a.version);
    }

    @POST
    @Path("/me/interests")
    @RolesAllowed(Roles.ASSESSOR)
    @Operation(summary = "Declare an interest",
            description = "Existence and nature: the nature must say what the interest is. Kept as declared. Any bid "
                    + "the assessor holds that the interest conflicts is taken away at once.")
    @APIResponse(responseCode = "201", description = "Declared: the profile with the interest",
            content = @Content(schema = @Schema(implementation = AssessorView.class)))
    public Response declare(@Valid @NotNull NewInterest body) {
        return Response.status(201).entity(AssessorView.of(assessors.declare(callers.current(), body))).build();
    }

    @POST
    @Path("/{username}/secondments")
    @RolesAllowed(Roles.PROGRAMME_MANAGER)
    @Operation(summary = "Record a secondment (programme managers): another employer for a while, with the reason",
            description = "The assessor's own employer (its token's organisation) stays; the secondment conflicts it as "
                    + "an employer would while it lasts, and the assignments it conflicts end at once. Kept, never removed.")
    @APIResponse(responseCode = "201", description = "Recorded: the profile with the secondment",
            content = @Content(schema = @Schema(implementation = AssessorView.class)))
    public Response second(@PathParam("username") String username, @Valid @NotNull NewSecondment body) {
        return Response.status(201).entity(AssessorView.of(assessors.second(callers.current(), username, body))).build();
    }

    @POST
    @Path("/{username}/dispensations")
    @RolesAllowed(Roles.PROGRAMME_MANAGER)
    @Operation(summary = "Grant a dispensation (programme managers): for an organisation or a bid, with reason and expiry")
    @APIResponse(responseCode = "201", description = "Granted: the profile with the dispensation",
            content = @Content(schema = @Schema(implementation = AssessorView.class)))
    public Response dispense(@PathParam("username") String username, @Valid @NotNull NewDispensation body) {
        return Response.status(201).entity(AssessorView.of(assessors.dispense(callers.current(), username, body))).build();
    }
}
