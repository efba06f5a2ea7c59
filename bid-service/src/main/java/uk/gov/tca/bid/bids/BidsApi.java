package uk.gov.tca.bid.bids;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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
import java.time.Instant;
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
import uk.gov.tca.bid.lifecycle.BidStatus;
import uk.gov.tca.bid.lifecycle.Decision;
import uk.gov.tca.bid.money.Money;
import uk.gov.tca.platform.http.PageResult;
import uk.gov.tca.platform.problem.Problem;
import uk.gov.tca.platform.openapi.Security;

/**
 * The contract of /bids: paths, parameters, what is validated and what each answer means, for integrators reading the
 * OpenAPI. {@link BidResource} implements it and says who may call what; keeping the prose here leaves the resource
 * the few lines that map HTTP to the service.
 */
@Path("/bids")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "bids", description = "Bids: drafted and submitted by councils, read by assessors and other systems")
@SecurityRequirement(name = Security.SCHEME)
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such bid, or not one the caller may see",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public interface BidsApi {

    String BID_EXAMPLE = """
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

    String DECISION_EXAMPLE = """
            {"outcome": "FUNDED", "amountAwarded": {"amount": 166900, "qualifier": "EXACT", "scale": "POUNDS"},
             "reason": "Ranked within the budget"}""";

    /** A bid received by other means: who sent it, when, and what it says. */
    @Schema(name = "BidImport")
    record BidImport(
            @NotBlank @Size(max = 80) @Schema(example = "GB-LAE-CHR") String leadOrganisationId,
            @NotNull @Schema(example = "2013-07-12T12:00:00Z") Instant submittedAt,
            @NotNull @Valid BidInput bid) {
    }

    /** A funding decision as the scoring-service sends it; when and by whom are the service's to record. */
    @Schema(name = "DecisionInput")
    record DecisionInput(@NotNull Decision.Outcome outcome, @Valid Money amountAwarded, @Size(max = 2000) String reason) {
    }

    /** Why a bid is withdrawn or returned, or a participant declines. */
    @Schema(name = "Reason")
    record Reason(@NotBlank @Size(max = 2000) @Schema(example = "Partners could not agree the match funding")
            String reason) {
    }

    /** What an organisation may add when it confirms its part. */
    @Schema(name = "ConsentNote")
    record ConsentNote(@Size(max = 2000) @Schema(example = "Agreed by Cabinet on 4 July 2013") String note) {
    }

    @GET
    @Operation(summary = "Search the bids the caller may see",
            description = "Bidders see their organisation's bids; integrators submitted and decided ones; programme "
                    + "managers all. Newest first.")
    @APIResponse(responseCode = "200", description = "One page of bids")
    PageResult<BidView> search(@Parameter(example = "tca-2013-14") @QueryParam("round") String round,
            @Parameter(schema = @Schema(implementation = BidStatus.class)) @QueryParam("status") String status,
            @Parameter(example = "GB-LAE-BAB") @QueryParam("organisation") String organisation,
            @Parameter(description = "Words in the title (at most 300 characters)") @QueryParam("q") String q,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0"), example = "0")
            @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200"), example = "20")
            @QueryParam("size") String size);

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a bid", description = "The ETag is the version to send in If-Match on update.")
    @APIResponse(responseCode = "200", description = "The bid",
            content = @Content(schema = @Schema(implementation = BidView.class)))
    Response get(@PathParam("id") String id);

    @POST
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
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused for a different request, or the round's "
            + "funder named on the bid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    Response create(@HeaderParam("Idempotency-Key") String idempotencyKey, @Valid @NotNull BidInput body);

    @POST
    @Path("/imports")
    @Operation(summary = "Record a bid received by other means, as submitted (programme managers)",
            description = "For bids sent on paper or before this system: led by the organisation that sent it, "
                    + "submitted when it was (within the round's window). Figures are taken as written and warned on; "
                    + "participants must be on the register. Send an Idempotency-Key so a rerun records nothing twice.")
    @APIResponse(responseCode = "201", description = "Recorded as submitted",
            content = @Content(schema = @Schema(implementation = BidView.class)))
    @APIResponse(responseCode = "422", description = "A participant is not verified on the register",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "400", description = "Fields not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    Response importSubmitted(@HeaderParam("Idempotency-Key") String idempotencyKey, @Valid @NotNull BidImport body);

    @PUT
    @Path("/{id}")
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
    @APIResponse(responseCode = "400", description = "Fields not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull BidInput body);

    @POST
    @Path("/{id}/submission")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Submit a draft to its round (the lead organisation's bidders)",
            description = "Send an Idempotency-Key: a retry gets the first answer. 422 lists everything that stops "
                    + "submission at once: the round open, every participant verified and every one with obligations "
                    + "confirmed, the round's required questions answered, the amount sought stated, an award type the "
                    + "round offers chosen, and — in a round with costBenefitRequired — cost lines and benefit lines.")
    @APIResponse(responseCode = "200", description = "Submitted",
            content = @Content(schema = @Schema(implementation = BidView.class)))
    @APIResponse(responseCode = "422", description = "What stops the bid being submitted",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    Response submit(@PathParam("id") String id, @HeaderParam("Idempotency-Key") String idempotencyKey);

    @POST
    @Path("/{id}/withdrawal")
    @Operation(summary = "Withdraw a bid before it is decided (the lead organisation's bidders)")
    @APIResponse(responseCode = "200", description = "Withdrawn",
            content = @Content(schema = @Schema(implementation = BidView.class)))
    @APIResponse(responseCode = "400", description = "Fields not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    Response withdraw(@PathParam("id") String id, @Valid @NotNull Reason body);

    @POST
    @Path("/{id}/return")
    @Operation(summary = "Return a submitted bid to its council as a draft, saying why (programme managers)")
    @APIResponse(responseCode = "200", description = "Returned to draft",
            content = @Content(schema = @Schema(implementation = BidView.class)))
    @APIResponse(responseCode = "400", description = "Fields not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    Response returnToDraft(@PathParam("id") String id, @Valid @NotNull Reason body);

    @POST
    @Path("/{id}/participants/{organisationId}/confirmation")
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
    @APIResponse(responseCode = "400", description = "Fields not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    Response confirm(@PathParam("id") String id, @PathParam("organisationId") String organisationId,
            @HeaderParam("If-Match") String ifMatch, @Valid ConsentNote body);

    @POST
    @Path("/{id}/participants/{organisationId}/declination")
    @Operation(summary = "Decline to take part in a bid (that organisation's bidders), saying why",
            description = "The organisation is taken off the bid; the reason is kept in its history.")
    @APIResponse(responseCode = "200", description = "Declined; the bid without the participant",
            content = @Content(schema = @Schema(implementation = BidView.class)))
    @APIResponse(responseCode = "403", description = "The caller is not a bidder of that organisation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The lead, or a bid past the point where this participant answers",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "400", description = "Fields not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    Response decline(@PathParam("id") String id, @PathParam("organisationId") String organisationId,
            @Valid @NotNull Reason body);

    @POST
    @Path("/{id}/decision")
    @Operation(summary = "Record the funding decision (the scoring-service's account only)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "funded", value = DECISION_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Decided",
            content = @Content(schema = @Schema(implementation = BidView.class)))
    @APIResponse(responseCode = "409", description = "Already decided, withdrawn, or still a draft",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "400", description = "Fields not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    Response decide(@PathParam("id") String id, @Valid @NotNull DecisionInput body);
}
