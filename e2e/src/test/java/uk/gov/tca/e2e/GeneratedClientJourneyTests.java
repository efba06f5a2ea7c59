package uk.gov.tca.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.gov.tca.client.ApiClient;
import uk.gov.tca.client.ApiException;
import uk.gov.tca.client.ApiResponse;
import uk.gov.tca.client.api.AssessmentsApi;
import uk.gov.tca.client.model.Assessment;
import uk.gov.tca.client.model.ScorePatch;
import uk.gov.tca.client.model.ScoresPatch;
import uk.gov.tca.client.api.AssignmentsApi;
import uk.gov.tca.client.api.BidsApi;
import uk.gov.tca.client.api.DecisionsApi;
import uk.gov.tca.client.api.ExportsApi;
import uk.gov.tca.client.model.ThreeSixtyGivingGrant;
import uk.gov.tca.client.model.ThreeSixtyGivingPackage;
import uk.gov.tca.client.api.FeedApi;
import uk.gov.tca.client.model.AllocationInput;
import uk.gov.tca.client.model.AllocationMode;
import uk.gov.tca.client.model.Assignment;
import uk.gov.tca.client.model.AutoInput;
import uk.gov.tca.client.model.Bid;
import uk.gov.tca.client.model.BidFeedPage;
import uk.gov.tca.client.model.BidFeedPageAllOfEvents;
import uk.gov.tca.client.model.BenefitLine;
import uk.gov.tca.client.model.BenefitType;
import uk.gov.tca.client.model.BidInput;
import uk.gov.tca.client.model.BidPatch;
import uk.gov.tca.client.model.CostLine;
import uk.gov.tca.client.model.FundedBy;
import uk.gov.tca.client.model.Money;
import uk.gov.tca.client.model.MoneyBasis;
import uk.gov.tca.client.model.MoneyQualifier;
import uk.gov.tca.client.model.Period;
import uk.gov.tca.client.model.BidStatus;
import uk.gov.tca.client.model.BidSubmittedEvent;
import uk.gov.tca.client.model.CriterionScore;
import uk.gov.tca.client.model.DecisionLine;
import uk.gov.tca.client.model.DecisionOutcome;
import uk.gov.tca.client.model.Decisions;
import uk.gov.tca.client.model.NewAssessment;
import uk.gov.tca.client.model.ParticipantInput;
import uk.gov.tca.client.model.ParticipantRole;
import uk.gov.tca.client.model.ScoreConfidence;

/**
 * The journey driven through a Java client generated at build time from the gateway's published contract
 * ({@code gateway/target/openapi/openapi.yaml}, by openapi-generator): what a council's or a department's developer
 * would write. If the contract says other than the API does — a renamed field, a wrong enum, an untyped answer —
 * this does not compile, or the client cannot read the answer.
 */
@ExtendWith(LocalStack.class)
class GeneratedClientJourneyTests {

    /** The generated client, calling the gateway with a person's or a system's token. */
    private static ApiClient as(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(LocalStack.GATEWAY);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    @Test
    void aBidderDraftsPatchesAndSubmitsAndAnIntegratorReconcilesTheAward() throws Exception {
        String manager = Keycloak.tokenFor("manager.dclg");
        String round = Rounds.open(manager, "e2e-client", 1);

        // the council drafts the least a draft needs: the round, a title and who takes part
        BidsApi bids = new BidsApi(as(Keycloak.tokenFor("bidder.babergh")));
        Bid draft = bids.bidsCreate(new BidInput().roundId(round).title("Babergh and Mid Suffolk: one workforce")
                .participants(List.of(
                        new ParticipantInput().organisationId("GB-LAE-BAB")
                                .roles(Set.of(ParticipantRole.LEAD, ParticipantRole.ACCOUNTABLE_BODY)))),
                "client-draft-" + round);
        assertThat(draft.getStatus()).isEqualTo(BidStatus.DRAFT);
        assertThat(draft.getCostLines()).isNullOrEmpty();

        // then fills it in with merge patches, each with the version it read; what a patch leaves out is kept
        ApiResponse<Bid> read = bids.bidsGetWithHttpInfo(draft.getId(), null);
        Bid patched = bids.bidsPatch(draft.getId(), new BidPatch()
                .awardType("AUTHORITY_AWARD")
                .amountSought(pounds(250000).basis(MoneyBasis.TOTAL_FOR_PERIOD))
                .narrative(Map.of("full-description", "One integrated officer workforce serving both councils, "
                        + "with shared systems and one management team."))
                .costLines(List.of(
                        new CostLine().activity("Shared ICT platform").period(year("2026/27")).amount(pounds(150000))
                                .fundedBy(FundedBy.AWARD),
                        new CostLine().activity("Organisational change and back-fill").period(year("2027/28"))
                                .amount(pounds(100000)).fundedBy(FundedBy.AWARD)))
                .benefitLines(List.of(
                        new BenefitLine().description("Reduced management costs").type(BenefitType.CASHABLE_SAVING)
                                .period(year("2026/27")).amount(pounds(120000)),
                        new BenefitLine().description("Reduced management costs").type(BenefitType.CASHABLE_SAVING)
                                .period(year("2027/28")).amount(pounds(260000)))), etag(read));
        assertThat(patched.getTitle()).isEqualTo("Babergh and Mid Suffolk: one workforce");
        assertThat(patched.getCostLines()).hasSize(2);
        assertThat(patched.getAmountSought().getAmount()).isEqualByComparingTo("250000");
        assertThat(patched.getParticipants()).hasSize(1);

        // a patch against the version before is refused, and changes nothing
        ApiException stale = catchThrowableOfType(ApiException.class,
                () -> bids.bidsPatch(draft.getId(), new BidPatch().title("Overwritten"), etag(read)));
        assertThat(stale.getCode()).isEqualTo(412);
        assertThat(bids.bidsGet(draft.getId(), null).getTitle()).isEqualTo("Babergh and Mid Suffolk: one workforce");

        // submitted once, even when the council's system retries with the same key
        String key = "client-submit-" + draft.getId();
        ApiResponse<Bid> submitted = bids.bidsSubmitWithHttpInfo(draft.getId(), key);
        ApiResponse<Bid> retried = bids.bidsSubmitWithHttpInfo(draft.getId(), key);
        assertThat(submitted.getData().getStatus()).isEqualTo(BidStatus.SUBMITTED);
        assertThat(retried.getData().getVersion()).isEqualTo(submitted.getData().getVersion());
        assertThat(header(retried, "Idempotent-Replayed")).contains("true");

        // the department's system follows the feed until it has heard of the submission
        String integrator = Keycloak.integratorToken();
        FeedApi feed = new FeedApi(as(integrator));
        BidSubmittedEvent heard = null;
        String cursor = null;
        String head = null;
        for (int pages = 0; heard == null && pages < 200; pages++) {
            ApiResponse<BidFeedPage> page = feed.feedWithHttpInfo(cursor, 500);
            head = header(page, "Feed-Head").orElseThrow();
            for (BidFeedPageAllOfEvents event : page.getData().getEvents()) {
                if (event.getActualInstance() instanceof BidSubmittedEvent s && draft.getId().equals(s.getSubject())) {
                    heard = s;
                }
            }
            if (page.getData().getEvents().isEmpty()) {
                Thread.sleep(500);
            }
            cursor = page.getData().getNext();
        }
        assertThat(heard).as("the submission reached the feed").isNotNull();
        assertThat(heard.getData().getBidId()).isEqualTo(draft.getId());
        assertThat(heard.getData().getVersion()).isEqualTo(submitted.getData().getVersion());
        assertThat(heard.getData().getSubmittedAt()).isNotNull();
        assertThat(head).isNotBlank();
        // a cursor this feed never gave out is a 400 naming the head, not an empty page forever
        ApiException beyond = catchThrowableOfType(ApiException.class, () -> feed.feed("999999999999.1", 10));
        assertThat(beyond.getCode()).isEqualTo(400);
        assertThat(beyond.getResponseBody()).contains("beyond the head");

        // assessed, decided and published (by the assessor and the manager, through the same client)
        Rounds.waitForTheFeed(manager, draft.getId());
        List<Assignment> assigned = new AssignmentsApi(as(manager)).assignmentsAuto(new AutoInput().roundId(round))
                .getCreated();
        assertThat(assigned).hasSize(1);
        String assessor = Keycloak.tokenFor(assigned.get(0).getAssessor());
        new AssignmentsApi(as(assessor)).assignmentsAccept(assigned.get(0).getId());
        AssessmentsApi assessments = new AssessmentsApi(as(assessor));
        List<CriterionScore> scores = new ArrayList<>();
        Rounds.CRITERIA.forEach(criterion -> scores.add(new CriterionScore().criterion(criterion).score(4)
                .justification("Scored against the anchors, from the bid's own evidence.")
                .confidence(ScoreConfidence.MEDIUM)
                .overrideReason("The appraisal sees only the bid's own lines, not the wider case it makes")));
        // a draft of the first score, then the others by a merge patch keyed by criterion, with the version read
        Assessment drafted = assessments.assessmentsCreate(new NewAssessment().assignmentId(assigned.get(0).getId())
                .scores(List.of(scores.get(0))));
        Map<String, ScorePatch> others = new java.util.LinkedHashMap<>();
        scores.subList(1, scores.size()).forEach(score -> others.put(score.getCriterion(), new ScorePatch()
                .score(score.getScore()).justification(score.getJustification()).confidence(score.getConfidence())
                .overrideReason(score.getOverrideReason())));
        Assessment whole = assessments.assessmentsPatch(drafted.getId(), new ScoresPatch().scores(others),
                "\"" + drafted.getVersion() + "\"");
        assertThat(whole.getScores()).extracting(CriterionScore::getCriterion).containsExactlyElementsOf(Rounds.CRITERIA);
        assertThat(whole.getVersion()).isEqualTo(drafted.getVersion() + 1);
        String assessment = whole.getId();
        assessments.assessmentsSubmit(assessment, "client-" + assessment);
        DecisionsApi decisions = new DecisionsApi(as(manager));
        decisions.decisionsAllocate(round, new AllocationInput().mode(AllocationMode.WHOLE_AWARDS_ONLY));
        decisions.decisionsPublish(round);

        // the integrator reconciles: the published decisions, and the same award as 360Giving data
        Decisions published = new DecisionsApi(as(integrator)).decisionsGet(round, null);
        DecisionLine line = published.getLines().stream().filter(l -> draft.getId().equals(l.getBidId())).findFirst()
                .orElseThrow();
        assertThat(line.getOutcome()).isEqualTo(DecisionOutcome.FUNDED);
        assertThat(line.getAmountAwarded()).isEqualByComparingTo(new BigDecimal("250000"));
        // read through the generated types: the package, its grant, and its dates as dates
        ThreeSixtyGivingPackage grants = new ExportsApi(as(integrator)).exportsThreeSixtyGiving(round, null);
        assertThat(grants.getGrants()).hasSize(1);
        ThreeSixtyGivingGrant grant = grants.getGrants().get(0);
        assertThat(grant.getId()).isEqualTo("360G-dclg-tca-" + draft.getId());
        assertThat(grant.getAmountAwarded()).isEqualByComparingTo("250000");
        assertThat(grant.getAwardDate()).isNotNull();
        assertThat(grant.getRecipientOrganization()).isNotEmpty();
    }

    private static Money pounds(int amount) {
        return new Money().amount(BigDecimal.valueOf(amount)).asWritten("£" + String.format("%,d", amount))
                .qualifier(MoneyQualifier.EXACT);
    }

    private static Period year(String financialYear) {
        return new Period().financialYear(financialYear);
    }

    private static String etag(ApiResponse<?> answer) {
        return header(answer, "ETag").orElseThrow();
    }

    private static Optional<String> header(ApiResponse<?> answer, String name) {
        return answer.getHeaders().entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name))
                .flatMap(h -> h.getValue().stream()).findFirst();
    }
}
