package uk.gov.tca.gateway.web.services.scoring;

import com.fasterxml.jackson.annotation.JsonInclude;
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
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import uk.gov.tca.gateway.web.services.Page;
import uk.gov.tca.gateway.web.services.UserToken;
import uk.gov.tca.gateway.web.services.scoring.Assessment.CriterionScore;

/**
 * The scoring-service as the web client uses it, with the signed-in user's token. Actions whose answer no page
 * reads return nothing: a refusal still arrives, as the exception carrying the service's problem.
 */
@RegisterRestClient(configKey = "scoring")
@RegisterClientHeaders(UserToken.class)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface ScoringApi {

    @GET
    @Path("/assignments")
    Page<Assignment> assignments(@QueryParam("round") String round, @QueryParam("bid") String bid, @QueryParam("size") int size);

    /** How many of a round's assignments are in a status (a page of one: its total is the count). */
    @GET
    @Path("/assignments")
    Page<Assignment> assignmentsInStatus(@QueryParam("round") String round, @QueryParam("status") String status,
            @QueryParam("size") int size);

    /** How many of a round's assessments are in a status (a page of one: its total is the count). */
    @GET
    @Path("/assessments")
    Page<Assessment> assessmentsInStatus(@QueryParam("round") String round, @QueryParam("status") String status,
            @QueryParam("size") int size);

    @GET
    @Path("/assignments/{id}")
    Assignment assignment(@PathParam("id") String id);

    @POST
    @Path("/assignments/{id}/acceptance")
    void accept(@PathParam("id") String id);

    @POST
    @Path("/assignments/{id}/decline")
    void decline(@PathParam("id") String id, Decline decline);

    @POST
    @Path("/assignments")
    void assign(NewAssignment assignment);

    @POST
    @Path("/assessors/{username}/dispensations")
    void grant(@PathParam("username") String username, NewDispensation dispensation);

    @POST
    @Path("/assessors/{username}/dispensations/{id}/revocation")
    void revoke(@PathParam("username") String username, @PathParam("id") String dispensationId, Revocation revocation);

    @POST
    @Path("/assignments/auto")
    AutoAssignment autoAssign(AutoAssign round);

    @GET
    @Path("/assessors")
    Page<Assessor> assessors(@QueryParam("size") int size);

    @GET
    @Path("/assessors/{username}")
    Assessor assessor(@PathParam("username") String username);

    @POST
    @Path("/assessors/me/interests")
    void declare(NewInterest interest);

    @POST
    @Path("/assessors/me/interests/preview")
    DeclarationPreview previewDeclaration(NewInterest interest);

    /** What a declaration would end, before it is made: nothing is declared by asking. */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    record DeclarationPreview(List<Ending> wouldEnd) {

        public DeclarationPreview {
            wouldEnd = wouldEnd == null ? List.of() : wouldEnd;
        }

        @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
        public record Ending(String assignmentId, String bidId, String title, String roundId, String status,
                String conflict) {
        }
    }

    @GET
    @Path("/conflicts")
    List<Conflict> conflictsOnBid(@QueryParam("bid") String bid);

    @GET
    @Path("/schemes")
    List<Scheme> schemes(@QueryParam("round") String round);

    @POST
    @Path("/schemes")
    void createScheme(NewScheme scheme);

    /** A round's scheme as a programme manager sets it up; options left out take the service's usual values. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record NewScheme(String roundId, String name, List<Criterion> criteria, Scale scale, Integer justificationMinLength,
            Boolean confidenceEnabled, Integer assessorsPerBid, Moderation moderation,
            java.math.BigDecimal minimumQualityScore) {

        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Criterion(String code, String name, String description, java.math.BigDecimal weight) {
        }

        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Scale(Integer min, Integer max, java.util.Map<Integer, String> anchors) {
        }

        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Moderation(java.math.BigDecimal criterionSpread, java.math.BigDecimal totalSpread) {
        }
    }

    @GET
    @Path("/assessments")
    Page<Assessment> assessments(@QueryParam("bid") String bid, @QueryParam("size") int size);

    @GET
    @Path("/assessments")
    Page<Assessment> assessmentsOfRound(@QueryParam("round") String round, @QueryParam("size") int size);

    @GET
    @Path("/assessments")
    Page<Assessment> assessmentsBy(@QueryParam("assessor") String assessor, @QueryParam("size") int size);

    @POST
    @Path("/assessments")
    void startAssessment(NewAssessment assessment);

    @PUT
    @Path("/assessments/{id}")
    Assessment saveAssessment(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, Scores scores);

    @POST
    @Path("/assessments/{id}/submission")
    void submitAssessment(@PathParam("id") String id, @HeaderParam("Idempotency-Key") String idempotencyKey);

    @GET
    @Path("/moderations")
    List<BidModeration> moderations(@QueryParam("round") String round, @QueryParam("flagged") Boolean flagged);

    @GET
    @Path("/moderations/{bidId}")
    BidModeration moderation(@PathParam("bidId") String bidId);

    @POST
    @Path("/moderations/{bidId}")
    void moderate(@PathParam("bidId") String bidId, Moderate moderation);

    @GET
    @Path("/rankings/{round}")
    Ranking ranking(@PathParam("round") String round);

    @GET
    @Path("/decisions/{round}")
    Decisions decisions(@PathParam("round") String round);

    @POST
    @Path("/decisions/{round}")
    void decide(@PathParam("round") String round, Allocation allocation);

    @jakarta.ws.rs.DELETE
    @Path("/decisions/{round}")
    void discardDecisions(@PathParam("round") String round, @HeaderParam("If-Match") String ifMatch);

    @POST
    @Path("/decisions/{round}/publication")
    void publish(@PathParam("round") String round);

    @GET
    @Path("/exports/360giving")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    Response threeSixtyGiving(@QueryParam("round") String round, @QueryParam("format") String format);

    /** Why an assessor declines (a code the service knows) and, if it likes, more detail. */
    record Decline(String reason, String note) {
    }

    record Revocation(String reason) {
    }

    record AutoAssign(String roundId) {
    }

    /** A bid offered by hand to the assessor a programme manager chose. */
    record NewAssignment(String bidId, String assessor) {
    }

    /** A dispensation for one bid: it lifts the assessor's conflicts on it until the day it expires. */
    record NewDispensation(String bidId, String reason, java.time.LocalDate expires) {
    }

    /** An interest as declared: only the fields filled in, each trimmed. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record NewInterest(String type, String organisationId, String bidId, String holder, String nature) {
    }

    /** A draft for an accepted assignment, started empty: the service fills in what the appraisal suggests. */
    record NewAssessment(String assignmentId, List<CriterionScore> scores) {
    }

    record Scores(List<CriterionScore> scores) {
    }

    /**
     * How to allocate: the rule, the part-funding share, why to go on while bids are not ready (if they are not), and a
     * note to keep with the decisions.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Allocation(String mode, java.math.BigDecimal minimumShare, String notReadyReason, String note) {
    }

    /** A moderated score for one criterion, with the panel's reason. */
    record Moderate(String criterion, Integer score, String reason) {
    }
}
