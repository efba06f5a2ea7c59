package uk.gov.tca.bid.bids;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import uk.gov.tca.bid.lifecycle.Bid;
import uk.gov.tca.bid.lifecycle.BidStatus;
import uk.gov.tca.bid.lifecycle.Bids;
import uk.gov.tca.platform.http.ETags;
import uk.gov.tca.platform.http.PageResult;
import uk.gov.tca.platform.http.Paging;
import uk.gov.tca.platform.http.QueryParams;
import uk.gov.tca.bid.lifecycle.DecisionTaken;
import uk.gov.tca.bid.content.Maturity;
import uk.gov.tca.platform.idempotency.Idempotency;
import uk.gov.tca.platform.security.Caller;
import uk.gov.tca.platform.security.Callers;
import uk.gov.tca.platform.security.Roles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.JsonProcessingException;
import uk.gov.tca.platform.json.MergePatch;

/** /bids: who may call what, and one service call each; the contract's words are {@link BidsApi}'s. */
@Authenticated
public class BidResource implements BidsApi {

    private final BidService bids;
    private final BidViews views;
    private final Idempotency idempotency;
    private final Callers callers;
    private final MergePatch mergePatch;

    public BidResource(BidService bids, BidViews views, Idempotency idempotency, Callers callers, MergePatch mergePatch) {
        this.bids = bids;
        this.views = views;
        this.idempotency = idempotency;
        this.callers = callers;
        this.mergePatch = mergePatch;
    }

    @Override
    public PageResult<BidView> search(String round, String status, String organisation, String q, String updatedSince,
            String reference, String committee, String maturity, String awaitingReport, String page, String size) {
        Caller caller = callers.current();
        var filter = new Bids.Filter(round, QueryParams.enumParam("status", status, BidStatus.class), organisation, q,
                QueryParams.instant("updatedSince", updatedSince), reference, committee,
                QueryParams.enumParam("maturity", maturity, Maturity.class), QueryParams.bool("awaitingReport", awaitingReport));
        return bids.search(caller, filter, Paging.of(page, size)).map(b -> views.of(b, caller));
    }

    @Override
    public Response get(String id) {
        Bid bid = bids.get(callers.current(), id);
        return ETags.ok(views.of(bid, callers.current()), bid.version);
    }

    @Override
    @RolesAllowed(Roles.BIDDER)
    public Response create(String idempotencyKey, BidInput body) {
        Caller caller = callers.current();
        return idempotency.once(idempotencyKey, caller.name(), body,
                () -> remembered(201, bids.create(caller, body.draft()), caller)).toResponse();
    }

    @Override
    @RolesAllowed(Roles.PROGRAMME_MANAGER)
    public Response importSubmitted(String idempotencyKey, BidImport body) {
        Caller caller = callers.current();
        return idempotency.once(idempotencyKey, caller.name(), body, () -> remembered(201, bids.importSubmitted(caller,
                body.leadOrganisationId().strip(), body.submittedAt(), body.bid().draft()), caller)).toResponse();
    }

    @Override
    @RolesAllowed(Roles.BIDDER)
    public Response update(String id, String ifMatch, BidInput body) {
        return answer(bids.update(callers.current(), id, ifMatch, body.draft()));
    }

    @Override
    @RolesAllowed(Roles.BIDDER)
    public Response patch(String id, String ifMatch, JsonNode body) throws JsonProcessingException {
        Caller caller = callers.current();
        Bid current = bids.get(caller, id);
        // a patch that could make no valid bid is refused as a PUT body would be (400) before its version is looked at
        BidInput patched = mergePatch.apply(BidInput.of(current), body, BidInput.class);
        if (current.isDraft()) {
            // a bid no longer a draft is refused for that (409) by the change, whatever version was read
            ifMatch = ETags.heldTo(ifMatch, current.version);
        }
        return answer(bids.update(caller, id, ifMatch, patched.draft()));
    }

    @Override
    @RolesAllowed(Roles.BIDDER)
    public Response submit(String id, String idempotencyKey) {
        Caller caller = callers.current();
        return idempotency.once(idempotencyKey, caller.name(), Map.of("submit", id),
                () -> remembered(200, bids.submit(caller, id), caller)).toResponse();
    }

    @Override
    @RolesAllowed(Roles.BIDDER)
    public Response withdraw(String id, Reason body) {
        return answer(bids.withdraw(callers.current(), id, body.reason()));
    }

    @Override
    @RolesAllowed(Roles.PROGRAMME_MANAGER)
    public Response returnToDraft(String id, Reason body) {
        return answer(bids.returnToDraft(callers.current(), id, body.reason()));
    }

    @Override
    @RolesAllowed(Roles.BIDDER)
    public Response confirm(String id, String organisationId, String ifMatch, ConsentNote body) {
        return answer(bids.confirm(callers.current(), id, organisationId, ifMatch, body == null ? null : body.note()));
    }

    @Override
    @RolesAllowed(Roles.BIDDER)
    public Response decline(String id, String organisationId, Reason body) {
        return answer(bids.decline(callers.current(), id, organisationId, body.reason().strip()));
    }

    @Override
    @RolesAllowed({Roles.SERVICE, Roles.PROGRAMME_MANAGER})
    public Response decide(String id, DecisionInput body) {
        return answer(bids.decide(callers.current(), id, new DecisionTaken(body.outcome(), body.amountAwarded(),
                body.reason(), body.route(), body.decisionMaker(), body.decidedOn(), body.minuteReference())));
    }

    @Override
    @RolesAllowed(Roles.PROGRAMME_MANAGER)
    public Response reportDecision(String id, DecisionReportInput body) {
        return answer(bids.reportDecision(callers.current(), id, body.reportedOn(),
                body.reference() == null || body.reference().isBlank() ? null : body.reference().strip()));
    }

    /** A bid just changed, as its changer sees it. */
    private Response answer(Bid bid) {
        return ETags.ok(views.changed(bid, callers.current()), bid.version);
    }

    private Idempotency.Answer remembered(int status, Bid bid, Caller caller) {
        return idempotency.answer(status, "/bids/" + bid.id(), ETags.of(bid.version), views.changed(bid, caller));
    }
}
