package uk.gov.tca.bid.round;

import io.quarkus.security.Authenticated;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.tca.platform.security.Roles;
import uk.gov.tca.platform.http.ETags;
import uk.gov.tca.platform.http.PageResult;
import uk.gov.tca.platform.http.Paging;
import uk.gov.tca.platform.idempotency.Idempotency;
import uk.gov.tca.platform.problem.Problem;
import uk.gov.tca.platform.problem.ProblemException;
import uk.gov.tca.platform.security.Caller;
import uk.gov.tca.platform.security.Callers;
import uk.gov.tca.platform.openapi.Security;

@Path("/rounds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "rounds", description = "Funding rounds: when they take bids, budget, awards and questions")
@SecurityRequirement(name = Security.SCHEME)
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class RoundResource {

    static final BigDecimal GREEN_BOOK_RATE = new BigDecimal("0.035");

    private static final String ROUND_EXAMPLE = """
            {"id": "tca-2013-14", "programme": "Transformation Challenge Award",
             "name": "Transformation Challenge Award 2013/14", "opensAt": "2013-06-01T00:00:00Z",
             "closesAt": "2013-07-12T23:59:59Z", "budget": 7600000,
             "awardTypes": [{"code": "AUTHORITY_AWARD", "name": "Authority Award", "cap": 500000},
                            {"code": "MAJOR_MULTI_AUTHORITY_AWARD", "name": "Major multi-authority award", "cap": 2000000}],
             "eligibleYears": ["2013/14", "2014/15"],
             "prompts": [{"code": "what-will-change", "text": "What will you do differently?", "required": true}],
             "costBenefitRequired": false}""";

    private final RoundService rounds;
    private final Idempotency idempotency;
    private final Callers callers;

    public RoundResource(RoundService rounds, Idempotency idempotency, Callers callers) {
        this.rounds = rounds;
        this.idempotency = idempotency;
        this.callers = callers;
    }

    @GET
    @Operation(summary = "List funding rounds, newest first")
    @APIResponse(responseCode = "200", description = "One page of rounds")
    public PageResult<RoundView> list(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0"), example = "0")
            @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200"), example = "20")
            @QueryParam("size") String size) {
        return rounds.list(Paging.of(page, size)).map(RoundView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read one round")
    @APIResponse(responseCode = "200", description = "The round; ETag set",
            content = @Content(schema = @Schema(implementation = RoundView.class)))
    @APIResponse(responseCode = "404", description = "No such round",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@Parameter(example = "tca-2013-14") @PathParam("id") String id) {
        FundingRound round = rounds.get(id);
        return ETags.ok(RoundView.of(round), round.version);
    }

    @POST
    @RolesAllowed(Roles.PROGRAMME_MANAGER)
    @Operation(summary = "Open a funding round (programme managers)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "TCA 2013/14", value = ROUND_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created; Location and ETag set",
            content = @Content(schema = @Schema(implementation = RoundView.class)))
    @APIResponse(responseCode = "400", description = "Fields not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a programme manager",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@HeaderParam("Idempotency-Key") String idempotencyKey, @Valid @NotNull RoundInput body) {
        if (body.id() == null) {
            throw ProblemException.invalid("id", "is required");
        }
        Caller caller = callers.current();
        String actor = caller.name();
        return idempotency.once(idempotencyKey, actor, body, () -> {
            FundingRound created = rounds.create(draft(body.id(), body, funder(caller)), actor);
            return idempotency.answer(201, "/rounds/" + created.id, ETags.of(created.version), RoundView.of(created));
        }).toResponse();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.PROGRAMME_MANAGER)
    @Operation(summary = "Change a round (programme managers); If-Match required")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "TCA 2013/14", value = ROUND_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Updated; new ETag",
            content = @Content(schema = @Schema(implementation = RoundView.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull RoundInput body) {
        if (body.id() != null && !body.id().equals(id)) {
            throw ProblemException.invalid("id", "must be the id in the path (" + id + ") or left out");
        }
        Caller caller = callers.current();
        FundingRound round = rounds.update(id, ifMatch, draft(id, body, funder(caller)), caller.name());
        return ETags.ok(RoundView.of(round), round.version);
    }

    /** A round is run by the manager's own organisation: a manager's token without one runs none. */
    private static String funder(Caller caller) {
        if (caller.organisation() == null || caller.organisation().isBlank()) {
            throw ProblemException.forbidden("your token names no organisation (claim org), so no round can be run for it");
        }
        return caller.organisation();
    }

    private static RoundService.RoundDraft draft(String id, RoundInput body, String funder) {
        return new RoundService.RoundDraft(id, body.programme().strip(), body.name().strip(), body.opensAt(),
                body.closesAt(), body.budget(),
                body.awardTypes().stream().map(a -> new AwardType(a.code(), a.name(), a.cap())).toList(),
                body.eligibleYears(),
                body.prompts().stream().map(p -> new Prompt(p.code(), p.text(), p.required())).toList(),
                body.costBenefitRequired(),
                body.discountRate() == null ? GREEN_BOOK_RATE : body.discountRate(),
                body.optimismBiasCosts() == null ? BigDecimal.ZERO : body.optimismBiasCosts(),
                body.optimismBiasBenefits() == null ? BigDecimal.ZERO : body.optimismBiasBenefits(), funder);
    }

    /** A round as read. */
    @Schema(name = "Round")
    public record RoundView(String id, String programme, String name,
            @Schema(description = "The organisation that runs the round (the creating manager's); never a participant "
                    + "of a bid in it", example = "TCA-DCLG") String funderOrganisationId,
            Instant opensAt, Instant closesAt,
            BigDecimal budget, List<AwardType> awardTypes, List<String> eligibleYears, List<Prompt> prompts,
            boolean costBenefitRequired, BigDecimal discountRate, BigDecimal optimismBiasCosts,
            BigDecimal optimismBiasBenefits, long version, Instant createdAt, String createdBy, Instant updatedAt,
            String updatedBy) {

        static RoundView of(FundingRound r) {
            return new RoundView(r.id, r.programme, r.name, r.funderOrganisationId, r.opensAt, r.closesAt, r.budget,
                    r.awardTypes, r.eligibleYears, r.prompts, r.costBenefitRequired, r.discountRate, r.optimismBiasCosts,
                    r.optimismBiasBenefits, r.version, r.createdAt, r.createdBy, r.updatedAt, r.updatedBy);
        }
    }
}
