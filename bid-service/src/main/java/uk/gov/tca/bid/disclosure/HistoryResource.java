package uk.gov.tca.bid.disclosure;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.tca.platform.audit.AuditEntryView;
import uk.gov.tca.platform.http.PageResult;
import uk.gov.tca.platform.http.Paging;
import uk.gov.tca.platform.problem.Problem;
import uk.gov.tca.platform.security.Callers;
import uk.gov.tca.platform.openapi.Security;

/** A bid's history, as {@link BidHistory} says its reader may see it. */
@Path("/bids/{id}/history")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "bids")
@SecurityRequirement(name = Security.SCHEME)
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class HistoryResource {

    private final BidHistory history;
    private final Callers callers;

    public HistoryResource(BidHistory history, Callers callers) {
        this.history = history;
        this.callers = callers;
    }

    @GET
    @Operation(summary = "The bid's audit trail: every change, who, when, before and after",
            description = "Anyone who may read the bid. Oldest first, paged: page counts from 0, size is 1 to 200 (20 "
                    + "when left out). Each snapshot as the bid's view would show that state to the caller: redacted "
                    + "contact fields, confidential attachments' labels and confidential resolutions' evidence are "
                    + "withheld from all but the bid's organisations and programme managers, and for those others the "
                    + "trail starts at submission (no drafts). Programme managers also see assessors' access to the bid "
                    + "granted and revoked. Actions: BID_CREATED, BID_UPDATED, BID_SUBMITTED, BID_IMPORTED, "
                    + "BID_PARTICIPANT_CONFIRMED, BID_PARTICIPANT_DECLINED, PARTICIPANTS_VERIFIED, BID_IN_ASSESSMENT, "
                    + "BID_WITHDRAWN, BID_RETURNED, BID_DECIDED, ACCESS_GRANTED, ACCESS_REVOKED.")
    @APIResponse(responseCode = "200", description = "Changes, oldest first")
    @APIResponse(responseCode = "404", description = "No such bid, or not one the caller may see",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageResult<AuditEntryView> history(@Parameter(description = "The bid's id.",
                    example = "bid-5b0e3f52-8c1d-4a8e-9f3a-1d2c3b4a5e6f") @PathParam("id") String id,
            @Parameter(description = "The page to read, counting from 0; 0 when left out.",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0"), example = "0")
            @QueryParam("page") String page,
            @Parameter(description = "How many entries a page holds, 1 to 200; 20 when left out.",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200"), example = "20")
            @QueryParam("size") String size) {
        return history.of(callers.current(), id, Paging.of(page, size));
    }
}
