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
import uk.gov.tca.bid.content.Maturity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
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
import jakarta.ws.rs.PATCH;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.JsonProcessingException;
import uk.gov.tca.platform.json.MergePatch;

/**
 * The contract of /bids: paths, parameters, what is validated and what each answer means, for integrators reading the
 * OpenAPI. {@link BidResource} implements it and says who may call what; keeping the prose here leaves the resource
 * the few lines that map HTTP to the service.
 */
@Path("/bids")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "bids", description = "Bids to funding rounds: drafted, changed, submitted and withdrawn by the bidders of "
        + "the lead council; confirmed or declined by the organisations named on them; returned by programme managers; "
        + "given to assessors and decided by the scoring-service; read, with their warnings, appraisal and history, by "
        + "whoever may see them. Every amount is in pounds sterling.")
@SecurityRequirement(name = Security.SCHEME)
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such bid, or not one the caller may see",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public interface BidsApi {

    String BID_ID = "The bid's id (bid- and a UUID), as answered when the bid was created.";
    String ID_EXAMPLE = "bid-5b0e3f52-8c1d-4a8e-9f3a-1d2c3b4a5e6f";
    String IF_MATCH = "The ETag of the bid as last read, e.g. \"3\" (with the quotes); W/\"3\" and * are accepted.";
    String IDEMPOTENCY_KEY = "Optional, 1 to 200 characters, chosen by the caller (a UUID). A retry with the same key "
            + "gets the first answer again (marked Idempotent-Replayed: true) and changes nothing; the same key with "
            + "another request is refused (422). Keys are per caller.";
    String ORGANISATION_ID = "The register id of the organisation named on the bid that answers; 404 when the bid does "
            + "not name it.";
    String WHO_READS = "the bidders of the organisations named on it, programme managers and the services' accounts "
            + "always; integrators once it is submitted (never a draft; a bid withdrawn after submission stays readable); "
            + "assessors only while granted it (not a draft or a withdrawn bid)";

    /** A bid received by other means: who sent it, when, and what it says. */
    @Schema(name = "BidImport", description = "A bid the programme received by other means (on paper, before this "
            + "system), to record as submitted.")
    record BidImport(
            @Schema(example = "GB-LAE-CHR", description = "The register id of the organisation that sent the bid: it "
                    + "leads it.") @NotBlank @Size(max = 80) String leadOrganisationId,
            @Schema(example = "2013-07-12T12:00:00Z", description = "When the bid was received (UTC): within the round's "
                    + "window and not in the future.") @NotNull Instant submittedAt,
            @Schema(description = "The bid as it was written; its participants must all be on the register.")
            @NotNull @Valid BidInput bid) {
    }

    /** A funding decision as the scoring-service sends it; when and by whom are the service's to record. */
    @Schema(name = "DecisionInput", description = "A funding decision as the scoring-service sends it; when and by whom "
            + "are recorded by the service.")
    record DecisionInput(
            @Schema(description = "FUNDED, PART_FUNDED, RESERVE or UNFUNDED.") @NotNull Decision.Outcome outcome,
            @Schema(description = "The amount awarded, in pounds sterling whatever its scale: required (a figure) for "
                    + "FUNDED and PART_FUNDED, refused for RESERVE and UNFUNDED.") @Valid Money amountAwarded,
            @Schema(description = "Why, in a sentence.", example = "Ranked within the budget") @Size(max = 2000)
            String reason,
            @Size(max = 60) @Schema(description = "The code of the round's approval route the decision was taken under, "
                    + "checked against the route the amount at stake falls in (400 naming the right one otherwise); may "
                    + "be left out, the route is then the one the amount falls in. Refused in a round without routes.",
                    example = "DELEGATED") String route,
            @Size(max = 300) @Schema(description = "Who took the decision (a committee, an officer); the route's "
                    + "decidedBy when left out.", example = "Director of Resources") String decisionMaker,
            @Schema(description = "The day the decision was taken, ISO 8601.", example = "2015-09-10")
            java.time.LocalDate decidedOn,
            @Size(max = 300) @Schema(description = "Where the decision is minuted or published.",
                    example = "Cabinet 10 September 2015, minute 7") String minuteReference) {
    }

    /** The report of a delegated decision to its committee. */
    @Schema(name = "DecisionReportInput", description = "When and where a delegated decision was reported to its committee.")
    record DecisionReportInput(
            @NotNull @Schema(description = "The day it was reported, ISO 8601; not before the decision was taken.",
                    example = "2015-10-08") java.time.LocalDate reportedOn,
            @Size(max = 300) @Schema(description = "Where the report is (an agenda item, a report's number).",
                    example = "Cabinet 8 October 2015, item 5") String reference) {
    }

    /** Why a bid is withdrawn or returned, or a participant declines. */
    @Schema(name = "Reason", description = "Why: a bid is withdrawn or returned, or an organisation declines its part.")
    record Reason(@NotBlank @Size(max = 2000) @Schema(example = "Partners could not agree the match funding",
            description = "The reason in words, kept in the bid's history.") String reason) {
    }

    /** What an organisation may add when it confirms its part. */
    @Schema(name = "ConsentNote", description = "What an organisation may add when it confirms its part.")
    record ConsentNote(@Size(max = 2000) @Schema(example = "Agreed by Cabinet on 4 July 2013",
            description = "A note kept with the consent; may be left out.") String note) {
    }

    @GET
    @Operation(summary = "Search the bids the caller may see",
            description = "Any signed-in caller, each seeing only what they may: programme managers every bid in their own "
                    + "funder's rounds; bidders the "
                    + "bids their organisation is named in (drafts too); integrators and services submitted, in-assessment "
                    + "and decided bids, and those withdrawn after submission; assessors none here (they read the bids "
                    + "granted to them by id). Filters combine; newest first (by creation), then by id — except with "
                    + "updatedSince, which lists the bids changed at or after that time oldest change first (then by id): "
                    + "a stable order to sync by. To sync, read with updatedSince, then read again with updatedSince set to the last "
                    + "item's updatedAt (page 0 each time; the items of that instant come again, so each is read at least "
                    + "once) rather than asking for the next page: a change made while a sync reads moves its item to the "
                    + "end, and a page number could then skip one. Paged: page counts from 0, size is 1 to 200 (20 when left "
                    + "out); total is the number of bids that match.")
    @APIResponse(responseCode = "200", description = "One page of bids")
    PageResult<BidView> search(
            @Parameter(description = "Only bids in this round (its id).", example = "tca-2013-14")
            @QueryParam("round") String round,
            @Parameter(description = "Only bids in this status.", schema = @Schema(implementation = BidStatus.class))
            @QueryParam("status") String status,
            @Parameter(description = "Only bids that name this organisation (register id): as lead, as a participant, or "
                    + "as the one bid on behalf of.", example = "GB-LAE-MSU") @QueryParam("organisation") String organisation,
            @Parameter(description = "Words in the title: bids whose title contains them, ignoring case (at most 300 "
                    + "characters).", example = "shared services", schema = @Schema(type = SchemaType.STRING,
                    maxLength = 300)) @QueryParam("q") String q,
            @Parameter(description = "Only bids changed at or after this time (ISO 8601, e.g. 2014-07-01T00:00:00Z), "
                    + "listed oldest change first.", schema = @Schema(type = SchemaType.STRING, format = "date-time"))
            @QueryParam("updatedSince") String updatedSince,
            @Parameter(description = "Only bids known by this reference (a business-planning code, the funder's bid "
                    + "number, a report's item): any of a bid's references, ignoring case and surrounding spaces (at most "
                    + "100 characters).", example = "FF-ASC-07", schema = @Schema(type = SchemaType.STRING, maxLength = 100))
            @QueryParam("reference") String reference,
            @Parameter(description = "Only bids owned by the committee or board of this name, ignoring case (at most "
                    + "300 characters).", example = "Future Fit Steering Group",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 300)) @QueryParam("committee") String committee,
            @Parameter(description = "Only bids of this maturity.", schema = @Schema(implementation = Maturity.class))
            @QueryParam("maturity") String maturity,
            @Parameter(description = "true: only bids decided under delegation whose decision is not yet reported to "
                    + "its committee (what a programme manager reports next); false: only those that are not.",
                    schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("awaitingReport") String awaitingReport,
            @Parameter(description = "The page to read, counting from 0; 0 when left out.",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0"), example = "0")
            @QueryParam("page") String page,
            @Parameter(description = "How many bids a page holds, 1 to 200; 20 when left out.",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200"), example = "20")
            @QueryParam("size") String size);

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a bid",
            description = "Anyone who may see the bid: " + WHO_READS + "; anyone else gets 404. Integrators, assessors and "
                    + "services are not shown the contact fields the bid redacted, confidential attachments' labels and "
                    + "references, or confidential resolutions' evidence. The answer carries the bid's warnings. The ETag "
                    + "header is the bid's version: send it as If-Match to change it or to confirm a part in it.")
    @APIResponse(responseCode = "200", description = "The bid; ETag set",
            content = @Content(schema = @Schema(implementation = BidView.class)))
    Response get(@Parameter(description = BID_ID, example = ID_EXAMPLE) @PathParam("id") String id);

    @POST
    @Operation(summary = "Start a bid (bidders); the caller's organisation leads it",
            description = "Bidders only; the token's org claim is the lead (403 without one), which takes part as LEAD "
                    + "whether listed or not. Participants are checked against the partner-service register: one given "
                    + "only by nameAsWritten is resolved to its id, one the register does not know is refused (400); when "
                    + "the register cannot be reached the draft is still saved, with those participants unverified. "
                    + "Figures are taken as written and warned on, never refused for not adding up; a negative, over-precise "
                    + "or placeholder-with-amount figure is 400. The round's own funder named on the bid is 422. Send an "
                    + "Idempotency-Key so a retry creates one bid. Answers 201 with Location and ETag.")
    @RequestBody(description = "The bid as the council writes it.")
    @APIResponse(responseCode = "201", description = "Draft created; Location and ETag set",
            content = @Content(schema = @Schema(implementation = BidView.class)))
    @APIResponse(responseCode = "400", description = "Fields not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a bidder, or the token names no organisation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused for a different request, or the round's "
            + "funder named on the bid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    Response create(@Parameter(description = IDEMPOTENCY_KEY, example = "5f1c7a9e-0b7d-4c1e-9a52-babergh-0001",
                    schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 200))
            @HeaderParam("Idempotency-Key") String idempotencyKey, @Valid @NotNull BidInput body);

    @POST
    @Path("/imports")
    @Operation(summary = "Record a bid received by other means, as submitted (programme managers)",
            description = "Programme managers only. For bids sent on paper or before this system: led by the organisation "
                    + "that sent it, submitted when it was (within the round's window, not in the future). Figures are "
                    + "taken as written and warned on; every participant must be on the register (422 otherwise) and is "
                    + "recorded as confirmed by the manager. The bid goes on the feed as submitted. Send an "
                    + "Idempotency-Key so a rerun records nothing twice.")
    @RequestBody(description = "Who sent the bid, when, and the bid as written.")
    @APIResponse(responseCode = "201", description = "Recorded as submitted",
            content = @Content(schema = @Schema(implementation = BidView.class)))
    @APIResponse(responseCode = "422", description = "A participant is not verified on the register",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "400", description = "Fields not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    Response importSubmitted(@Parameter(description = IDEMPOTENCY_KEY, example = "import-2013-14-cheshire",
                    schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 200))
            @HeaderParam("Idempotency-Key") String idempotencyKey, @Valid @NotNull BidImport body);

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace a draft whole (the lead organisation's bidders); If-Match required",
            description = "A full replacement: what the body leaves out is cleared (a bid sent without costLines has no "
                    + "cost lines after it); to change only some fields, PATCH with a merge patch. "
                    + "Bidders of the lead organisation only (403 for others who may read it). Replaces what the "
                    + "bid says with the body; the round cannot change. If-Match must carry the ETag of the version read "
                    + "(428 without it, 412 when the bid changed since). 409 once the bid is no longer a draft. An "
                    + "organisation named differently than before, or every one when the award type or amount asked for "
                    + "changes, must confirm its part again.")
    @RequestBody(description = "The whole bid as it should now read.")
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
    Response update(@Parameter(description = BID_ID, example = ID_EXAMPLE) @PathParam("id") String id,
            @Parameter(description = IF_MATCH, example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull BidInput body);

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(summary = "Change part of a draft (the lead organisation's bidders); If-Match required",
            description = """
                    A JSON Merge Patch (RFC 7396, `application/merge-patch+json`) of the draft as `PUT` would send it: \
                    the fields sent replace the bid's, an object merges into the one it names (`amountSought`), \
                    `null` removes a field, a list (`costLines`, `participants`) is replaced whole, and what is left \
                    out is kept. The result is checked exactly as a full replacement: the same 400s naming each \
                    field, the same register checks of participants. Send the ETag of the bid as read in If-Match; \
                    a stale one is a 412 and changes nothing.""")
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(implementation = BidInput.class)))
    @APIResponse(responseCode = "200", description = "Changed; the bid as it now stands, with its new ETag",
            content = @Content(schema = @Schema(implementation = BidView.class)))
    @APIResponse(responseCode = "400", description = "The patch is not a JSON object, or the bid it makes is not valid "
            + "(each field named)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The bid is no longer a draft",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match is not the bid's current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    Response patch(@Parameter(description = "The bid's id") @PathParam("id") String id,
            @Parameter(description = "The ETag of the bid as read") @HeaderParam("If-Match") String ifMatch,
            @NotNull JsonNode body) throws JsonProcessingException;

    @POST
    @Path("/{id}/submission")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Submit a draft to its round (the lead organisation's bidders)",
            description = "Bidders of the lead organisation only; no body. Send an Idempotency-Key: a retry gets the first "
                    + "answer. 422 lists everything that stops submission at once: a draft, the round open, every "
                    + "participant verified on the register (asked again first) and every co-applicant, accountable body "
                    + "and grant recipient confirmed, the round's required questions answered, the amount sought stated, "
                    + "an award type the round offers chosen, and — in a round with costBenefitRequired — cost lines and "
                    + "benefit lines. Warnings never stop it. The bid becomes public and goes on the feed.")
    @APIResponse(responseCode = "200", description = "Submitted",
            content = @Content(schema = @Schema(implementation = BidView.class)))
    @APIResponse(responseCode = "422", description = "What stops the bid being submitted",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    Response submit(@Parameter(description = BID_ID, example = ID_EXAMPLE) @PathParam("id") String id,
            @Parameter(description = IDEMPOTENCY_KEY, example = "5f1c7a9e-0b7d-4c1e-9a52-babergh-submit",
                    schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 200))
            @HeaderParam("Idempotency-Key") String idempotencyKey);

    @POST
    @Path("/{id}/withdrawal")
    @Operation(summary = "Withdraw a bid before it is decided (the lead organisation's bidders)",
            description = "Bidders of the lead organisation only, with a reason. A draft, submitted or in-assessment bid "
                    + "can be withdrawn; 409 once it is decided or withdrawn. A public bid's withdrawal goes on the feed.")
    @RequestBody(description = "Why the bid is withdrawn.")
    @APIResponse(responseCode = "200", description = "Withdrawn",
            content = @Content(schema = @Schema(implementation = BidView.class)))
    @APIResponse(responseCode = "400", description = "Fields not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The bid is decided or withdrawn already",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    Response withdraw(@Parameter(description = BID_ID, example = ID_EXAMPLE) @PathParam("id") String id,
            @Valid @NotNull Reason body);

    @POST
    @Path("/{id}/return")
    @Operation(summary = "Return a submitted bid to its council as a draft, saying why (programme managers)",
            description = "Programme managers only, with a reason. Only a SUBMITTED bid (not yet in assessment) can be "
                    + "returned (409 otherwise); it becomes a draft again, its submission time cleared, and the return "
                    + "goes on the feed.")
    @RequestBody(description = "Why the bid is returned.")
    @APIResponse(responseCode = "200", description = "Returned to draft",
            content = @Content(schema = @Schema(implementation = BidView.class)))
    @APIResponse(responseCode = "400", description = "Fields not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The bid is not a submitted bid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    Response returnToDraft(@Parameter(description = BID_ID, example = ID_EXAMPLE) @PathParam("id") String id,
            @Valid @NotNull Reason body);

    @POST
    @Path("/{id}/participants/{organisationId}/confirmation")
    @Operation(summary = "Confirm one's organisation takes part in a bid as it is named (that organisation's bidders)",
            description = "Bidders of that organisation only. Naming an organisation is not its consent: a co-applicant, "
                    + "accountable body or grant recipient confirms before the bid can be submitted; others may, until the "
                    + "bid is decided. If-Match names the version of the bid being agreed to (428 without it, 412 when it "
                    + "has changed since). An answer stands until the organisation is named differently or the bid asks "
                    + "for another award or amount. Idempotent: confirming again changes nothing. The body may be left "
                    + "out.")
    @RequestBody(description = "A note to keep with the consent; optional.")
    @APIResponse(responseCode = "200", description = "Confirmed; the bid with the participant's consent",
            content = @Content(schema = @Schema(implementation = BidView.class)))
    @APIResponse(responseCode = "403", description = "The caller is not a bidder of that organisation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The bid is past the point where this participant answers",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "400", description = "Fields not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    Response confirm(@Parameter(description = BID_ID, example = ID_EXAMPLE) @PathParam("id") String id,
            @Parameter(description = ORGANISATION_ID, example = "GB-LAE-MSU") @PathParam("organisationId")
            String organisationId,
            @Parameter(description = IF_MATCH + " Required unless the organisation has confirmed already.",
                    example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
            @Valid ConsentNote body);

    @POST
    @Path("/{id}/participants/{organisationId}/declination")
    @Operation(summary = "Decline to take part in a bid (that organisation's bidders), saying why",
            description = "Bidders of that organisation only, with a reason. The organisation is taken off the bid and must "
                    + "be named again to take part; the reason is kept in the history, for the bid's organisations and "
                    + "programme managers. The lead cannot decline (409: withdraw instead); a co-applicant, accountable "
                    + "body or grant recipient answers only while the bid is a draft, others until it is decided.")
    @RequestBody(description = "Why the organisation declines.")
    @APIResponse(responseCode = "200", description = "Declined; the bid without the participant",
            content = @Content(schema = @Schema(implementation = BidView.class)))
    @APIResponse(responseCode = "403", description = "The caller is not a bidder of that organisation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The lead, or a bid past the point where this participant answers",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "400", description = "Fields not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    Response decline(@Parameter(description = BID_ID, example = ID_EXAMPLE) @PathParam("id") String id,
            @Parameter(description = ORGANISATION_ID, example = "GB-LAE-MSU") @PathParam("organisationId")
            String organisationId,
            @Valid @NotNull Reason body);

    @POST
    @Path("/{id}/decision")
    @Operation(summary = "Record the funding decision",
            description = "The scoring-service's account, publishing its allocation, in any round; and, in a round with "
                    + "approval routes, the programme managers of the round's funder, recording each decision as it is "
                    + "taken (403 for a manager in a round without routes, whose decisions are the scoring-service's; to "
                    + "a manager of another funder the bid is not there, 404, as for every bid of a round it does not run). A "
                    + "submitted or in-assessment bid is decided once (409 otherwise). FUNDED and PART_FUNDED name the "
                    + "amount awarded; RESERVE and UNFUNDED award nothing (400 otherwise). In a round with routes the "
                    + "decision is taken under the route the amount at stake falls in (the amount awarded; for a bid not "
                    + "funded, what it sought): a route named that is not that one, or an amount no route covers, is a 400 "
                    + "that names the routes. A delegated decision awaits its report (POST /bids/{id}/decision/report). "
                    + "The decision goes on the feed.")
    @RequestBody(description = "The decision.")
    @APIResponse(responseCode = "200", description = "Decided",
            content = @Content(schema = @Schema(implementation = BidView.class)))
    @APIResponse(responseCode = "403", description = "Not the scoring-service, nor a programme manager of the round's "
            + "funder in a round with approval routes",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such bid, or one in a round of another funder",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already decided, withdrawn, or still a draft",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "400", description = "Fields not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    Response decide(@Parameter(description = BID_ID, example = ID_EXAMPLE) @PathParam("id") String id,
            @Valid @NotNull DecisionInput body);

    @POST
    @Path("/{id}/decision/report")
    @Operation(summary = "Record that a delegated decision was reported to its committee",
            description = "The programme managers of the round's funder. A decision taken under a delegated route is "
                    + "reported once to the committee the route names; until then the bid is listed by "
                    + "GET /bids?awaitingReport=true. 409 when the bid is not decided, its decision was not delegated or "
                    + "it was reported already; 400 when reportedOn is before the decision was taken. Kept in the bid's "
                    + "history; not on the feed.")
    @RequestBody(description = "When and where it was reported.")
    @APIResponse(responseCode = "200", description = "Reported",
            content = @Content(schema = @Schema(implementation = BidView.class)))
    @APIResponse(responseCode = "400", description = "Fields not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a programme manager of the round's funder",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such bid, or not one the caller may see",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not decided, not delegated, or reported already",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    Response reportDecision(@Parameter(description = BID_ID, example = ID_EXAMPLE) @PathParam("id") String id,
            @Valid @NotNull DecisionReportInput body);
}
