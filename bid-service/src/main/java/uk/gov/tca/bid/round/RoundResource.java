package uk.gov.tca.bid.round;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.tca.bid.money.FinancialYearText;
import uk.gov.tca.bid.money.MoneyQualifier;
import uk.gov.tca.platform.http.ETags;
import uk.gov.tca.platform.http.PageResult;
import uk.gov.tca.platform.http.Paging;
import uk.gov.tca.platform.http.QueryParams;
import uk.gov.tca.platform.idempotency.Idempotency;
import uk.gov.tca.platform.json.MergePatch;
import uk.gov.tca.platform.openapi.Security;
import uk.gov.tca.platform.problem.Problem;
import uk.gov.tca.platform.problem.ProblemException;
import uk.gov.tca.platform.security.Caller;
import uk.gov.tca.platform.security.Callers;
import uk.gov.tca.platform.security.Roles;

@Path("/rounds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "rounds", description = "Funding rounds: when they take bids, their budget, the awards they offer with their "
        + "caps, the financial years they fund and the questions every bid answers. Everyone signed in reads them; "
        + "programme managers open and change them.")
@SecurityRequirement(name = Security.SCHEME)
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class RoundResource {

    static final BigDecimal GREEN_BOOK_RATE = new BigDecimal("0.035");

    static final String IDEMPOTENCY_KEY = "Optional, 1 to 200 characters, chosen by the caller (a UUID). A retry with the "
            + "same key and the same body gets the first answer again (marked Idempotent-Replayed: true) and creates "
            + "nothing; the same key with another body is refused (422). Keys are per caller.";

    private final RoundService rounds;
    private final Idempotency idempotency;
    private final Callers callers;
    private final MergePatch mergePatch;
    private final Clock clock;

    public RoundResource(RoundService rounds, Idempotency idempotency, Callers callers, MergePatch mergePatch,
            Clock clock) {
        this.clock = clock;
        this.rounds = rounds;
        this.mergePatch = mergePatch;
        this.idempotency = idempotency;
        this.callers = callers;
    }

    @GET
    @Operation(summary = "List funding rounds, newest first",
            description = "Any signed-in caller (bidder, assessor, integrator, programme manager, service). Rounds in the "
                    + "order they open, the latest first. Paged: page counts from 0, size is 1 to 200 (20 when left "
                    + "out); total is the number of rounds. With updatedSince, only the rounds changed at or after it, "
                    + "oldest change first, then by id: to sync, ask again from the last one's updatedAt (page 0 each "
                    + "time, each read at least once) rather than for the next page number.")
    @APIResponse(responseCode = "200", description = "One page of rounds")
    @APIResponse(responseCode = "400", description = "A paging parameter or updatedSince is not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageResult<RoundView> list(
            @Parameter(description = "Only rounds changed at or after this time (ISO 8601, e.g. "
                    + "2014-07-01T00:00:00Z), listed oldest change first, then by id.",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time"), example = "2014-07-01T00:00:00Z")
            @QueryParam("updatedSince") String updatedSince,
            @Parameter(description = "The page to read, counting from 0; 0 when left out.",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0"), example = "0")
            @QueryParam("page") String page,
            @Parameter(description = "How many rounds a page holds, 1 to 200; 20 when left out.",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200"), example = "20")
            @QueryParam("size") String size) {
        Instant now = clock.instant();
        return rounds.list(callers.current(), QueryParams.instant("updatedSince", updatedSince), Paging.of(page, size))
                .map(r -> RoundView.of(r, now));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read one round",
            description = "Any signed-in caller. The ETag header is the round's version: send it as If-Match to change "
                    + "the round.")
    @APIResponse(responseCode = "200", description = "The round; ETag set",
            content = @Content(schema = @Schema(implementation = RoundView.class)))
    @APIResponse(responseCode = "404", description = "No such round",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@Parameter(description = "The round's id.", example = "tca-2013-14") @PathParam("id") String id) {
        FundingRound round = rounds.get(callers.current(), id);
        return ETags.ok(RoundView.of(round, clock.instant()), round.version);
    }

    @POST
    @RolesAllowed(Roles.PROGRAMME_MANAGER)
    @Operation(summary = "Open a funding round (programme managers)",
            description = "Programme managers only. The round is run by the manager's own organisation (the token's org "
                    + "claim, 403 without one), which can then never take part in a bid to it. id is required here. "
                    + "400 names every field not valid (closesAt not after opensAt, a repeated award or prompt code, an "
                    + "eligible year not written 2013/14); 409 when a round with that id exists. Send an "
                    + "Idempotency-Key so a retry gets the first answer instead of a 409.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag set",
            content = @Content(schema = @Schema(implementation = RoundView.class)))
    @APIResponse(responseCode = "400", description = "Fields not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a programme manager, or the token names no organisation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A round with this id exists already",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused for a different request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Parameter(description = IDEMPOTENCY_KEY, schema = @Schema(type = SchemaType.STRING,
                    minLength = 1, maxLength = 200), example = "7b0e5d2c-round-tca-2013-14")
            @HeaderParam("Idempotency-Key") String idempotencyKey, @Valid @NotNull RoundInput body) {
        if (body.id() == null) {
            throw ProblemException.invalid("id", "is required");
        }
        Caller caller = callers.current();
        String actor = caller.name();
        return idempotency.once(idempotencyKey, actor, body, () -> {
            FundingRound created = rounds.create(draft(body.id(), body, funder(caller)), actor);
            return idempotency.answer(201, "/rounds/" + created.id, ETags.of(created.version), RoundView.of(created, clock.instant()));
        }).toResponse();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.PROGRAMME_MANAGER)
    @Operation(summary = "Change a round (programme managers); If-Match required",
            description = "Programme managers only, with a token that names their organisation (403 otherwise). "
                    + "Replaces the round's terms with the body, checked as on opening; the funder stays the organisation "
                    + "that opened it. If-Match must carry the ETag of the version read (428 without it, 412 when the "
                    + "round changed since). A changed round changes the warnings of its bids, never refuses them; whether "
                    + "it is the funder's own programme (fundersOwnServices) is fixed once a bid is submitted (409).")
    @APIResponse(responseCode = "200", description = "Updated; new ETag",
            content = @Content(schema = @Schema(implementation = RoundView.class)))
    @APIResponse(responseCode = "409", description = "fundersOwnServices changed once bids have been submitted to the round",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@Parameter(description = "The round's id.", example = "tca-2013-14") @PathParam("id") String id,
            @Parameter(description = "The ETag of the round as last read, e.g. \"3\" (with the quotes); W/\"3\" and * "
                    + "are accepted.",
                    example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull RoundInput body) {
        if (body.id() != null && !body.id().equals(id)) {
            throw ProblemException.invalid("id", "must be the id in the path (" + id + ") or left out");
        }
        Caller caller = callers.current();
        FundingRound round = rounds.update(caller, id, ifMatch, draft(id, body, funder(caller)));
        return ETags.ok(RoundView.of(round, clock.instant()), round.version);
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed(Roles.PROGRAMME_MANAGER)
    @Operation(summary = "Change part of a round (programme managers); If-Match required",
            description = """
                    A JSON Merge Patch (RFC 7396, `application/merge-patch+json`) of the round as `PUT` would send it: \
                    the fields sent replace the round's, `null` sets a field back to its default, a list \
                    (`awardTypes`, `eligibleYears`, `prompts`) is replaced whole, and what is left out is kept. The \
                    result is checked exactly as a full replacement (400 naming each field). Send the ETag of the \
                    round as read in If-Match: 428 without it, 412 when the round changed since, and nothing changes.""")
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(implementation = RoundInput.class)))
    @APIResponse(responseCode = "200", description = "Changed; the round as it now stands, with its new ETag",
            content = @Content(schema = @Schema(implementation = RoundView.class)))
    @APIResponse(responseCode = "400", description = "The patch is not a JSON object, or the round it makes is not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a programme manager, or the token names no organisation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such round",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "fundersOwnServices changed once bids have been submitted to the round",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match is not the round's current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response patch(@Parameter(description = "The round's id.", example = "tca-2013-14") @PathParam("id") String id,
            @Parameter(description = "The ETag of the round as last read.", example = "\"0\"")
            @HeaderParam("If-Match") String ifMatch,
            @NotNull JsonNode body) throws JsonProcessingException {
        Caller caller = callers.current();
        String funder = funder(caller);
        FundingRound current = rounds.get(caller, id);
        RoundService.requireRuns(caller, current);
        RoundInput patched = mergePatch.apply(RoundInput.of(current), body, RoundInput.class);
        if (patched.id() != null && !id.equals(patched.id())) {
            throw ProblemException.invalid("id", "must be the id in the path (" + id + ") or left out");
        }
        FundingRound round = rounds.update(caller, id, ETags.heldTo(ifMatch, current.version),
                draft(id, patched, funder));
        return ETags.ok(RoundView.of(round, clock.instant()), round.version);
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
                body.closesAt(), new RoundBudget(body.budget(), body.budgetAsWritten(), body.budgetQualifier()),
                body.awardTypes().stream().map(a -> new AwardType(a.code(), a.name(), a.cap(),
                        a.capAsWritten() == null || a.capAsWritten().isBlank() ? null : a.capAsWritten().strip(),
                        a.capQualifier())).toList(),
                body.eligibleYears(),
                body.prompts().stream().map(p -> new Prompt(p.code(), p.text(), p.required())).toList(),
                body.costBenefitRequired(),
                body.discountRate() == null ? GREEN_BOOK_RATE : body.discountRate(),
                body.optimismBiasCosts() == null ? BigDecimal.ZERO : body.optimismBiasCosts(),
                body.optimismBiasBenefits() == null ? BigDecimal.ZERO : body.optimismBiasBenefits(), funder,
                body.awardsOptional(), body.approvalRoutes() == null ? List.of()
                        : body.approvalRoutes().stream().map(RoundInput.ApprovalRouteInput::route).toList(),
                body.fundersOwnServices());
    }

    /** A round as read. */
    @Schema(name = "Round", description = "A funding round as read: when it takes bids, its budget, awards, years and "
            + "questions, and the terms the appraisal uses.")
    public record RoundView(
            @Schema(description = "The round's id.", example = "tca-2013-14") String id,
            @Schema(description = "The programme the round belongs to.", example = "Transformation Challenge Award")
            String programme,
            @Schema(description = "The round's name.", example = "Transformation Challenge Award 2013/14") String name,
            @Schema(description = "The organisation that runs the round (the creating manager's); never a participant "
                    + "of a bid in it", example = "TCA-DCLG") String funderOrganisationId,
            @Schema(description = "When the round starts taking bids (UTC); absent: from the start.",
                    example = "2013-03-27T00:00:00Z")
            Instant opensAt,
            @Schema(description = "When the round stops taking bids (UTC): a bid is submitted only before it. Absent "
                    + "for a rolling fund, with no closing date.", example = "2013-07-13T00:00:00Z") Instant closesAt,
            @Schema(description = "Whether the round takes bids now, as the service's clock reads when answering: at "
                    + "or after opensAt and before closesAt. Derived, never set; a submission checks it again.")
            boolean open,
            @Schema(description = "The round's budget in pounds sterling: the figure the allocation works to.",
                    example = "7600000") BigDecimal budget,
            @Schema(description = "The budget as the programme wrote it (\"nearly £20m\"); absent when written as the "
                    + "figure.", example = "nearly £20m") String budgetAsWritten,
            @Schema(description = "How sure the budget is: EXACT, APPROX, UP_TO or OVER.") MoneyQualifier budgetQualifier,
            @Schema(description = "The kinds of award the round offers, with their caps.") List<AwardType> awardTypes,
            @Schema(type = SchemaType.ARRAY, implementation = FinancialYearText.class,
                    example = "[\"2013/14\", \"2014/15\"]", description = "The financial years the round funds, each "
                    + "in one form, 2013/14, whatever spelling it was given in.") List<String> eligibleYears,
            @Schema(description = "The years as the programme manager spelt them (\"FY16-17\", \"2017 to 2018\"), in "
                    + "the order of eligibleYears; left out when every one was already written 2016/17.",
                    example = "[\"2013-14\", \"FY14/15\"]") List<String> eligibleYearsAsWritten,
            @Schema(description = "The questions every bid answers in its narrative, under each prompt's code.")
            List<Prompt> prompts,
            @Schema(description = "Whether bids must give cost and benefit lines before they can be submitted.")
            boolean costBenefitRequired,
            @Schema(description = "Whether a bid may seek no award (a savings proposal, a cost-neutral case), naming "
                    + "neither an amount sought nor an award type.")
            boolean awardsOptional,
            @Schema(description = "The real discount rate of the appraisal, as a fraction (0.035 is 3.5%).",
                    example = "0.035") BigDecimal discountRate,
            @Schema(description = "Optimism bias added to costs in the appraisal, as a fraction.", example = "0")
            BigDecimal optimismBiasCosts,
            @Schema(description = "Optimism bias taken off benefits in the appraisal, as a fraction.", example = "0")
            BigDecimal optimismBiasBenefits,
            @Schema(description = "Who decides the round's bids, by the amount at stake; empty when its decisions are "
                    + "the scoring-service's publication.") List<ApprovalRoute> approvalRoutes,
            @Schema(description = "Whether the round is the funder's own programme, whose proposals its own services "
                    + "write: the funder leads and takes part in its bids.") boolean fundersOwnServices,
            @Schema(description = "The round's version, which its ETag carries; it goes up by one with every change.",
                    example = "0") long version,
            @Schema(description = "When the round was opened in the system (UTC).", example = "2014-01-06T09:00:00Z")
            Instant createdAt,
            @Schema(description = "Who opened it: the programme manager's user name.", example = "manager.dclg")
            String createdBy,
            @Schema(description = "When the round was last changed (UTC).", example = "2014-01-06T09:00:00Z")
            Instant updatedAt,
            @Schema(description = "Who last changed it.", example = "manager.dclg") String updatedBy) {

        static RoundView of(FundingRound r, Instant now) {
            return new RoundView(r.id, r.programme, r.name, r.funderOrganisationId, r.opensAt, r.closesAt,
                    r.isOpenAt(now), r.budget, r.budgetAsWritten, r.budgetQualifier, r.awardTypes, r.eligibleYears, r.eligibleYearsAsWritten, r.prompts,
                    r.costBenefitRequired, r.awardsOptional, r.discountRate, r.optimismBiasCosts,
                    r.optimismBiasBenefits, r.approvalRoutes, r.fundersOwnServices, r.version, r.createdAt, r.createdBy, r.updatedAt, r.updatedBy);
        }
    }
}
