package uk.gov.tca.bid.round;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static uk.gov.tca.bid.testing.Actor.babergh;
import static uk.gov.tca.bid.testing.Actor.manager;
import static uk.gov.tca.bid.testing.Actor.scoringService;
import static uk.gov.tca.bid.testing.Actor.worcestershireManager;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.tca.bid.testing.Fixtures;
import uk.gov.tca.bid.testing.PartnerStub;
import uk.gov.tca.platform.testing.EmbeddedPostgresResource;

/**
 * A programme decided by its committees: above £500,000 Cabinet decides, up to it the Director of Resources under
 * delegation, reporting to Cabinet afterwards; the programme manager records each decision under its route, and lists
 * the delegated decisions still to report.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(PartnerStub.class)
class ApprovalRoutesTests {

    private static final List<Map<String, Object>> ROUTES = List.of(
            Map.of("code", "CABINET", "name", "Decided by Cabinet", "decidedBy", "Cabinet", "above", 500_000),
            Map.of("code", "DELEGATED", "name", "Delegated to the Director of Resources",
                    "decidedBy", "Director of Resources", "upTo", 500_000, "delegated", true, "reportTo", "Cabinet"));

    private static String routedRound() {
        String id = "routed-" + UUID.randomUUID().toString().substring(0, 8);
        Instant now = Instant.now();
        Map<String, Object> round = Fixtures.round(id, now.minus(1, ChronoUnit.DAYS), now.plus(30, ChronoUnit.DAYS));
        round.put("approvalRoutes", ROUTES);
        manager().opensRound(round).statusCode(201)
                .body("approvalRoutes.code", contains("CABINET", "DELEGATED"), "approvalRoutes[1].reportTo", equalTo("Cabinet"));
        return id;
    }

    private static String submittedBid(String round) {
        String bid = babergh().drafts(Fixtures.baberghBid(round));
        Fixtures.partnersConfirm(bid);
        babergh().submits(bid).statusCode(200);
        return bid;
    }

    @Test
    void routesThatOverlapOrReportNowhereAreRefused() {
        Map<String, Object> round = Fixtures.round("routes-bad", Instant.parse("2013-06-01T00:00:00Z"),
                Instant.parse("2013-07-12T00:00:00Z"));
        round.put("approvalRoutes", List.of(
                Map.of("code", "CABINET", "name", "Cabinet", "decidedBy", "Cabinet", "above", 400_000),
                Map.of("code", "OFFICER", "name", "Officer", "decidedBy", "Director", "upTo", 500_000, "delegated", true),
                Map.of("code", "ODD", "name", "Odd", "decidedBy", "Board", "above", 900_000, "upTo", 800_000)));
        manager().opensRound(round).statusCode(400)
                .body("violations.field", contains("approvalRoutes[1].reportTo", "approvalRoutes[2].upTo",
                        "approvalRoutes[0]", "approvalRoutes[2]"),
                        "violations[2].message", equalTo("covers amounts route OFFICER covers (up to £500,000): each "
                                + "amount has one route"));
        manager().readsRound("routes-bad").statusCode(404);
    }

    @Test
    void aDelegatedDecisionIsRecordedUnderItsRouteAndListedUntilReported() {
        String round = routedRound();
        String bid = submittedBid(round);
        // naming the committee for an amount the officer decides is refused, saying which route it is; nothing changes
        manager().recordsDecision(bid, Map.of("outcome", "FUNDED", "amountAwarded", Fixtures.money(166_900, "£166,900"),
                "route", "CABINET")).statusCode(400)
                .body("violations[0].field", equalTo("route"), "violations[0].message", equalTo("a decision on £166,900 "
                        + "is taken under DELEGATED (Delegated to the Director of Resources: up to £500,000), not CABINET"));
        manager().reads(bid).statusCode(200).body("status", equalTo("SUBMITTED"), "$", not(hasKey("decision")));

        manager().recordsDecision(bid, Map.of("outcome", "FUNDED", "amountAwarded", Fixtures.money(166_900, "£166,900"),
                "reason", "Meets the programme's aims", "decidedOn", "2015-09-10", "minuteReference", "ODR 2015/31"))
                .statusCode(200)
                .body("status", equalTo("DECIDED"), "decision.route", equalTo("DELEGATED"),
                        "decision.decisionMaker", equalTo("Director of Resources"), "decision.delegated", equalTo(true),
                        "decision.reportTo", equalTo("Cabinet"), "decision.decidedBy", equalTo("manager.dclg"),
                        "decision.minuteReference", equalTo("ODR 2015/31"), "decision", not(hasKey("report")));
        manager().searchesRound(round, "awaitingReport", true).statusCode(200).body("items.id", contains(bid));

        manager().reportsDecision(bid, Map.of("reportedOn", "2015-09-01")).statusCode(400)
                .body("violations[0].field", equalTo("reportedOn"));
        manager().reportsDecision(bid, Map.of("reportedOn", "2015-10-08", "reference", "Cabinet 8 October 2015, item 5"))
                .statusCode(200).body("decision.report.reportedOn", equalTo("2015-10-08"),
                        "decision.report.reference", equalTo("Cabinet 8 October 2015, item 5"),
                        "decision.report.recordedBy", equalTo("manager.dclg"));
        manager().searchesRound(round, "awaitingReport", true).statusCode(200).body("items", empty());
        manager().searchesRound(round, "awaitingReport", false).statusCode(200).body("items.id", contains(bid));
        manager().reportsDecision(bid, Map.of("reportedOn", "2015-10-09")).statusCode(409)
                .body("detail", containsString("already"));
    }

    @Test
    void aDecisionWithoutADateWasTakenTheDayItWasRecordedAndIsNotReportedBeforeIt() {
        String bid = submittedBid(routedRound());
        manager().recordsDecision(bid, Map.of("outcome", "FUNDED", "amountAwarded", Fixtures.money(166_900, "£166,900")))
                .statusCode(200).body("decision.delegated", equalTo(true));
        String yesterday = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).minusDays(1).toString();
        manager().reportsDecision(bid, Map.of("reportedOn", yesterday)).statusCode(400)
                .body("violations[0].field", equalTo("reportedOn"),
                        "violations[0].message", containsString("is before the decision was taken"));
        manager().reads(bid).statusCode(200).body("decision.delegated", equalTo(true), "decision", not(hasKey("report")));
    }

    @Test
    void aCommitteeDecisionHasNothingToReport() {
        String round = routedRound();
        String bid = submittedBid(round);
        manager().recordsDecision(bid, Map.of("outcome", "FUNDED", "amountAwarded", Fixtures.money(750_000, "£750k"),
                "decisionMaker", "Cabinet, 10 September 2015")).statusCode(200)
                .body("decision.route", equalTo("CABINET"), "decision.delegated", equalTo(false),
                        "decision.decisionMaker", equalTo("Cabinet, 10 September 2015"));
        manager().searchesRound(round, "awaitingReport", true).statusCode(200).body("items", empty());
        manager().reportsDecision(bid, Map.of("reportedOn", "2015-10-08")).statusCode(409)
                .body("detail", containsString("not taken under delegation"));
    }

    @Test
    void onlyTheFundersManagersRecordDecisionsAndOnlyInARoutedRound() {
        String routed = routedRound();
        String bid = submittedBid(routed);
        Map<String, Object> unfunded = Map.of("outcome", "UNFUNDED", "reason", "not a priority");
        babergh().recordsDecision(bid, unfunded).statusCode(403);
        worcestershireManager().recordsDecision(bid, unfunded).statusCode(404);
        worcestershireManager().reportsDecision(bid, Map.of("reportedOn", "2015-10-08")).statusCode(404);
        babergh().reportsDecision(bid, Map.of("reportedOn", "2015-10-08")).statusCode(403);
        manager().reads(bid).statusCode(200).body("status", equalTo("SUBMITTED"));

        // a competition without routes is decided by the scoring-service's publication, not by hand
        String competition = submittedBid(Fixtures.openRound());
        manager().recordsDecision(competition, unfunded).statusCode(403)
                .body("detail", containsString("sets no approval routes"));
        scoringService().recordsDecision(competition, unfunded).statusCode(200).body("decision", not(hasKey("route")));
        // and the scoring-service's publication in a routed round is recorded under its route too
        scoringService().recordsDecision(bid, unfunded).statusCode(200).body("decision.route", equalTo("DELEGATED"));
    }

    @Test
    void aFilterThatIsNotTrueOrFalseIsRefused() {
        manager().searches("awaitingReport", "soon").statusCode(400)
                .body("violations[0].field", equalTo("awaitingReport"), "violations[0].message", equalTo("must be true or false"));
    }
}
