package uk.gov.tca.bid.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.Map;
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
import uk.gov.tca.bid.domain.Appraisal;
import uk.gov.tca.bid.domain.Bid;
import uk.gov.tca.bid.domain.BidStatus;
import uk.gov.tca.bid.domain.Decision;
import uk.gov.tca.bid.domain.FundingRound;
import uk.gov.tca.bid.domain.Money;
import uk.gov.tca.bid.domain.Participant;
import uk.gov.tca.bid.service.BidDraft;
import uk.gov.tca.bid.service.BidHistory;
import uk.gov.tca.bid.service.BidService;
import uk.gov.tca.bid.service.StoredBidWarnings;
import uk.gov.tca.bid.service.Roles;
import uk.gov.tca.platform.audit.AuditEntryView;
import uk.gov.tca.platform.http.ETags;
import uk.gov.tca.platform.http.PageResult;
import uk.gov.tca.platform.http.Paging;
import uk.gov.tca.platform.http.QueryParams;
import uk.gov.tca.platform.idempotency.Idempotency;
import uk.gov.tca.platform.problem.Problem;
import uk.gov.tca.platform.problem.ProblemException;
import uk.gov.tca.platform.security.Caller;
import uk.gov.tca.platform.security.Callers;

@Path("/bids")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "bids", description = "Bids: drafted and submitted by councils, read by assessors and other systems")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such bid, or not one the caller may see",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class BidResource {

    private static final String BID_EXAMPLE = """
            {"roundId": "tca-2013-14",
             "title": "A transformational approach to sharing local authority services between Babergh and Mid Suffolk",
             "amountSought": {"amount": 166900, "asWritten": "Total Award sought £166,900", "scale": "POUNDS",
                              "qualifier": "EXACT", "basis": "TOTAL_FOR_PERIOD"},
             "participants": [
               {"organisationId": "GB-LAE-BAB", "nameAsWritten": "Babergh District Council",
                "roles": ["LEAD", "ACCOUNTABLE_BODY"], "jointAndSeveral": true},
               {"organisationId": "GB-LAE-MSU", "nameAsWritten": "Mid Suffolk District Council",
                "roles": ["CO_APPLICANT", "ACCOUNTABLE_BODY"], "jointAndSeveral": true}],
             "narrative": {"what-will-change": "One integrated workforce across both councils"},
             "costLines": [{"activity": "Transformational enquiries", "period": {"financialYear": "2013/14"},
                            "amount": {"amount": 81900, "scale": "POUNDS", "qualifier": "EXACT"},
                            "nature": "REVENUE", "fundedBy": "AWARD"}],
             "benefitLines": []}""";

    private static final String DECISION_EXAMPLE = """
            {"outcome": "FUNDED", "amountAwarded": {"amount": 166900, "qualifier": "EXACT", "scale": "POUNDS"},
             "reason": "Ranked within the budget"}""";

    private final BidService bids;
    private final BidHistory history;
    private final Idempotency idempotency;
    private final Callers callers;
    private final StoredBidWarnings storedWarnings;

    public BidResource(BidService bids, BidHistory history, Idempotency idempotency, Callers callers,
            StoredBidWarnings storedWarnings) {
        this.bids = bids;
        this.history = history;
        this.idempotency = idempotency;
        this.callers = callers;
        this.storedWarnings = storedWarnings;
    }

    @GET
    @Operation(summary = "Search the bids the caller may see",
            description = "Bidders see their organisation's bids; integrators submitted and decided ones; programme "
                    + "managers all. Newest first.")
    @APIResponse(responseCode = "200", description = "One page of bids")
    public PageResult<BidView> search(@Parameter(example = "tca-2013-14") @QueryParam("round") String round,
            @Parameter(schema = @Schema(implementation = BidStatus.class)) @QueryParam("status") String status,
            @Parameter(example = "GB-LAE-BAB") @QueryParam("organisation") String organisation,
            @Parameter(description = "Words in the title") @QueryParam("q") String q,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0"), example = "0")
            @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200"), example = "20")
            @QueryParam("size") String size) {
        if (q != null && q.length() > 300) {
            throw ProblemException.invalid("q", "must be at most 300 characters");
        }
        Caller caller = callers.current();
        return bids.search(caller, round, QueryParams.enumParam("status", status, BidStatus.class), organisation, q, Paging.of(page, size))
                .map(b -> BidView.stored(b, caller, storedWarnings));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a bid", description = "The ETag is the version to send in If-Match on update.")
    @APIResponse(responseCode = "200", description = "The bid",
            content = @Content(schema = @Schema(implementation = BidView.class)))
    public Response get(@PathParam("id") String id) {
        Caller caller = callers.current();
        Bid bid = bids.get(caller, id);
        return ETags.ok(BidView.stored(bid, caller, storedWarnings), bid.version);
    }

    @POST
    @RolesAllowed(Roles.BIDDER)
    @Operation(summary = "Start a bid (bidders); the caller's organisation leads it",
            description = "Participants are checked against the partner-service register; when it cannot be reached "
                    + "the draft is still saved, with those participants unverified.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "Babergh and Mid Suffolk", value = BID_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Draft created; Location and ETag set",
            content = @Content(schema = @Schema(implementation = BidView.class)))
    @APIResponse(responseCode = "400", description = "Fields not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a bidder, or the token names no organisation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused for a different request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@HeaderParam("Idempotency-Key") String idempotencyKey, @Valid @NotNull BidInput body) {
        Caller caller = callers.current();
        return idempotency.once(idempotencyKey, caller.name(), body, () -> {
            Bid created = bids.create(caller, draft(body));
            return answer(201, created, caller);
        }).toResponse();
    }

    @POST
    @Path("/imports")
    @RolesAllowed(Roles.PROGRAMME_MANAGER)
    @Operation(summary = "Record a bid received by other means, as submitted (programme managers)",
            description = "For bids sent on paper or before this system: led by the organisation that sent it, "
                    + "submitted when it was (within the round's window). Figures are taken as written and warned on; "
                    + "participants must be on the register. Send an Idempotency-Key so a rerun records nothing twice.")
    @APIResponse(responseCode = "201", description = "Recorded as submitted",
            content = @Content(schema = @Schema(implementation = BidView.class)))
    @APIResponse(responseCode = "422", description = "A participant is not verified on the register",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response importSubmitted(@HeaderParam("Idempotency-Key") String idempotencyKey,
            @Valid @NotNull BidImport body) {
        Caller caller = callers.current();
        return idempotency.once(idempotencyKey, caller.name(), body, () -> {
            Bid bid = bids.importSubmitted(caller, body.leadOrganisationId().strip(), body.submittedAt(), draft(body.bid()));
            return answer(201, bid, caller);
        }).toResponse();
    }

    /** A bid received by other means: who sent it, when, and what it says. */
    @Schema(name = "BidImport")
    public record BidImport(
            @NotBlank @Size(max = 80) @Schema(example = "GB-LAE-CHR") String leadOrganisationId,
            @NotNull @Schema(example = "2013-07-12T12:00:00Z") java.time.Instant submittedAt,
            @NotNull @Valid BidInput bid) {
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.BIDDER)
    @Operation(summary = "Change a draft (the lead organisation's bidders); If-Match required")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "Babergh and Mid Suffolk", value = BID_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Updated; new ETag",
            content = @Content(schema = @Schema(implementation = BidView.class)))
    @APIResponse(responseCode = "409", description = "The bid is no longer a draft",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull BidInput body) {
        Caller caller = callers.current();
        Bid bid = bids.update(caller, id, ifMatch, draft(body));
        return ETags.ok(BidView.of(bid, caller), bid.version);
    }

    @POST
    @Path("/{id}/submission")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.BIDDER)
    @Operation(summary = "Submit a draft to its round (the lead organisation's bidders)",
            description = "Send an Idempotency-Key: a retry gets the first answer. 422 lists what stops submission.")
    @APIResponse(responseCode = "200", description = "Submitted",
            content = @Content(schema = @Schema(implementation = BidView.class)))
    @APIResponse(responseCode = "422", description = "What stops the bid being submitted",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submit(@PathParam("id") String id, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        Caller caller = callers.current();
        return idempotency.once(idempotencyKey, caller.name(), Map.of("submit", id), () -> {
            Bid bid = bids.submit(caller, id);
            return answer(200, bid, caller);
        }).toResponse();
    }

    @POST
    @Path("/{id}/withdrawal")
    @RolesAllowed(Roles.BIDDER)
    @Operation(summary = "Withdraw a bid before it is decided (the lead organisation's bidders)")
    @APIResponse(responseCode = "200", description = "Withdrawn",
            content = @Content(schema = @Schema(implementation = BidView.class)))
    public Response withdraw(@PathParam("id") String id, @Valid @NotNull Reason body) {
        Caller caller = callers.current();
        Bid bid = bids.withdraw(caller, id, body.reason());
        return ETags.ok(BidView.of(bid, caller), bid.version);
    }

    @POST
    @Path("/{id}/return")
    @RolesAllowed(Roles.PROGRAMME_MANAGER)
    @Operation(summary = "Return a submitted bid to its council as a draft, saying why (programme managers)")
    @APIResponse(responseCode = "200", description = "Returned to draft",
            content = @Content(schema = @Schema(implementation = BidView.class)))
    public Response returnToDraft(@PathParam("id") String id, @Valid @NotNull Reason body) {
        Caller caller = callers.current();
        Bid bid = bids.returnToDraft(caller, id, body.reason());
        return ETags.ok(BidView.of(bid, caller), bid.version);
    }

    @GET
    @Path("/{id}/appraisal")
    @Operation(summary = "The appraisal of a bid from its own cost and benefit lines",
            description = "By year: costs, benefits, net, cumulative net; payback (from Year 0); ROI (ΣB−ΣC)/ΣC; return "
                    + "multiple; NPV and benefit-cost ratio at the round's discount rate (Year 0 undiscounted); the same "
                    + "after optimism bias; sensitivity scenarios. Figures that are not numbers are left out and listed.")
    @APIResponse(responseCode = "200", description = "The appraisal",
            content = @Content(schema = @Schema(implementation = Appraisal.class)))
    public Appraisal appraisal(@PathParam("id") String id) {
        Bid bid = bids.get(callers.current(), id);
        return Appraisal.of(bid, FundingRound.findById(bid.roundId));
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "The bid's audit trail: every change, who, when, before and after",
            description = "Each snapshot as the bid's view would show that state to the caller: redacted contact fields, "
                    + "confidential attachments' labels and confidential resolutions' evidence are withheld from all but "
                    + "the bid's organisations and programme managers, and for them the trail starts at submission (no "
                    + "drafts). Programme managers also see assessors' access to the bid granted and revoked.")
    @APIResponse(responseCode = "200", description = "Changes, oldest first")
    public PageResult<AuditEntryView> history(@PathParam("id") String id,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0"), example = "0")
            @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200"), example = "20")
            @QueryParam("size") String size) {
        return history.of(callers.current(), id, Paging.of(page, size));
    }

    @POST
    @Path("/{id}/participants/{organisationId}/confirmation")
    @RolesAllowed(Roles.BIDDER)
    @Operation(summary = "Confirm one's organisation takes part in a bid as it is named (that organisation's bidders)",
            description = "Naming an organisation is not its consent: a co-applicant, accountable body or grant recipient "
                    + "confirms before the bid can be submitted; others may. If-Match names the version of the bid being "
                    + "agreed to (412 when it has changed since). An answer stands until the organisation is named "
                    + "differently or the bid asks for another award or amount. Idempotent.")
    @APIResponse(responseCode = "200", description = "Confirmed; the bid with the participant's consent",
            content = @Content(schema = @Schema(implementation = BidView.class)))
    @APIResponse(responseCode = "403", description = "The caller is not a bidder of that organisation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The bid is past the point where this participant answers",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response confirm(@PathParam("id") String id, @PathParam("organisationId") String organisationId,
            @HeaderParam("If-Match") String ifMatch, @Valid ConsentNote body) {
        Caller caller = callers.current();
        Bid bid = bids.confirm(caller, id, organisationId, ifMatch, body == null ? null : body.note());
        return ETags.ok(BidView.of(bid, caller), bid.version);
    }

    @POST
    @Path("/{id}/participants/{organisationId}/declination")
    @RolesAllowed(Roles.BIDDER)
    @Operation(summary = "Decline to take part in a bid (that organisation's bidders), saying why",
            description = "The organisation is taken off the bid; the reason is kept in its history.")
    @APIResponse(responseCode = "200", description = "Declined; the bid without the participant",
            content = @Content(schema = @Schema(implementation = BidView.class)))
    @APIResponse(responseCode = "403", description = "The caller is not a bidder of that organisation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The lead, or a bid past the point where this participant answers",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response decline(@PathParam("id") String id, @PathParam("organisationId") String organisationId,
            @Valid @NotNull Reason body) {
        Caller caller = callers.current();
        Bid bid = bids.decline(caller, id, organisationId, body.reason().strip());
        return ETags.ok(BidView.of(bid, caller), bid.version);
    }

    /** What an organisation may add when it confirms its part. */
    @Schema(name = "ConsentNote")
    public record ConsentNote(@Size(max = 2000) @Schema(example = "Agreed by Cabinet on 4 July 2013") String note) {
    }

    @GET
    @Path("/{id}/access-grants")
    @RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.SERVICE})
    @Operation(summary = "Assessors who may read this bid (programme managers, the scoring-service)")
    @APIResponse(responseCode = "200", description = "The grants")
    public List<GrantView> grants(@PathParam("id") String id) {
        return bids.grants(callers.current(), id).stream()
                .map(g -> new GrantView(g.assessor, g.grantedAt, g.grantedBy)).toList();
    }

    @PUT
    @Path("/{id}/access-grants/{assessor}")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.SERVICE)
    @Operation(summary = "Let an assessor read this bid (the scoring-service's account, on assignment)",
            description = "Idempotent. The first grant puts a submitted bid into assessment.")
    @APIResponse(responseCode = "204", description = "Granted")
    @APIResponse(responseCode = "409", description = "The bid is not open to assessment",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void grant(@PathParam("id") String id, @PathParam("assessor") String assessor) {
        if (assessor.length() > 120) {
            throw ProblemException.invalid("assessor", "must be at most 120 characters");
        }
        bids.grant(callers.current(), id, assessor);
    }

    @DELETE
    @Path("/{id}/access-grants/{assessor}")
    @RolesAllowed(Roles.SERVICE)
    @Operation(summary = "Take an assessor's access away (declined, conflicted, or decided)")
    @APIResponse(responseCode = "204", description = "Revoked")
    public void revoke(@PathParam("id") String id, @PathParam("assessor") String assessor) {
        bids.revoke(callers.current(), id, assessor);
    }

    @POST
    @Path("/{id}/decision")
    @RolesAllowed(Roles.SERVICE)
    @Operation(summary = "Record the funding decision (the scoring-service's account only)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "funded", value = DECISION_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Decided",
            content = @Content(schema = @Schema(implementation = BidView.class)))
    @APIResponse(responseCode = "409", description = "Already decided, withdrawn, or still a draft",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response decide(@PathParam("id") String id, @Valid @NotNull DecisionInput body) {
        Caller caller = callers.current();
        Bid bid = bids.decide(caller, id, new Decision(body.outcome(), body.amountAwarded(), body.reason(), null, null));
        return ETags.ok(BidView.of(bid, caller), bid.version);
    }

    /** A funding decision as the scoring-service sends it; when and by whom are the service's to record. */
    @Schema(name = "DecisionInput")
    public record DecisionInput(@NotNull Decision.Outcome outcome, @Valid Money amountAwarded,
            @Size(max = 2000) String reason) {
    }

    /** An assessor's access to the bid. */
    @Schema(name = "AccessGrant")
    public record GrantView(String assessor, java.time.Instant grantedAt, String grantedBy) {
    }

    /** Why a bid is withdrawn or returned. */
    @Schema(name = "Reason")
    public record Reason(@NotBlank @Size(max = 2000) @Schema(example = "Partners could not agree the match funding")
            String reason) {
    }

    private Idempotency.Answer answer(int status, Bid bid, Caller caller) {
        return idempotency.answer(status, "/bids/" + bid.id, ETags.of(bid.version), BidView.of(bid, caller));
    }

    private static BidDraft draft(BidInput body) {
        List<Participant> participants = body.participants() == null ? List.of() : body.participants().stream()
                .map(p -> new Participant(p.organisationId() == null ? null : p.organisationId().strip(), p.nameAsWritten(),
                        p.roles(), p.share(), p.onBehalfOf(), p.jointAndSeveral(), false))
                .toList();
        return new BidDraft(body.roundId(), body.title(), body.awardType(), body.fallbackAwardType(),
                body.amountSought(), body.fallbackAmount(), participants,
                body.narrative() == null ? Map.of() : body.narrative(),
                body.costLines() == null ? List.of() : body.costLines(),
                body.benefitLines() == null ? List.of() : body.benefitLines(),
                orEmpty(body.resolutions()), orEmpty(body.contacts()), orEmpty(body.attachments()),
                orEmpty(body.declaredMetrics()), orEmpty(body.declaredScenarios()), orEmpty(body.declaredTotals()),
                body.dated());
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
