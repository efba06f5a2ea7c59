package uk.gov.tca.bid.round;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static uk.gov.tca.bid.testing.Actor.babergh;
import static uk.gov.tca.bid.testing.Actor.integrator;
import static uk.gov.tca.bid.testing.Actor.manager;
import static uk.gov.tca.bid.testing.Actor.worcestershireAssessor;
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
import uk.gov.tca.bid.testing.Actor;
import uk.gov.tca.bid.testing.Fixtures;
import uk.gov.tca.bid.testing.PartnerStub;
import uk.gov.tca.bid.testing.Tokens;
import uk.gov.tca.platform.testing.EmbeddedPostgresResource;

/**
 * Two funders on one installation: DCLG runs the Transformation Challenge Award, Worcestershire County Council its
 * own fund. Each funder's programme managers see and run their own rounds and the bids in them; to them another
 * funder's rounds and bids do not exist (404), and no bid can be imported into them. Bidders, assessors and
 * integrators read every round, as a call for bids is public.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(PartnerStub.class)
class FunderIsolationTests {

    private static String worcestershireRound() {
        String id = "futurefit-" + UUID.randomUUID().toString().substring(0, 8);
        Instant now = Instant.now();
        Map<String, Object> round = Fixtures.round(id, now.minus(1, ChronoUnit.DAYS), now.plus(30, ChronoUnit.DAYS));
        round.put("programme", "FutureFit");
        worcestershireManager().opensRound(round).statusCode(201).body("funderOrganisationId", equalTo("GB-LAE-WOR"));
        return id;
    }

    @Test
    void aFundersStaffSeeTheirOwnRoundsAndNotAnothersWhileBiddersAndIntegratorsSeeAll() {
        String dclg = Fixtures.openRound();
        String worcestershire = worcestershireRound();

        worcestershireManager().readsRound(dclg).statusCode(404);
        manager().readsRound(worcestershire).statusCode(404);
        worcestershireManager().readsRound(worcestershire).statusCode(200);
        worcestershireManager().readsTheRounds(200)
                .body("items.id", hasItem(worcestershire), "items.id", not(hasItem(dclg)),
                        "items.funderOrganisationId", org.hamcrest.Matchers.everyItem(equalTo("GB-LAE-WOR")));
        manager().readsTheRounds(200).body("items.id", hasItem(dclg), "items.id", not(hasItem(worcestershire)));
        // a funder may engage assessors from any organisation: they read every round, as bidders and integrators do
        for (Actor everyRound : List.of(babergh(), integrator(), worcestershireAssessor())) {
            everyRound.readsRound(dclg).statusCode(200);
            everyRound.readsRound(worcestershire).statusCode(200);
            everyRound.readsTheRounds(200).body("items.id", hasItem(dclg), "items.id", hasItem(worcestershire));
        }
        // a manager with no organisation in its token runs and sees none
        Actor.withToken(io.quarkus.test.oidc.server.OidcWiremockTestResource.getAccessToken("manager.nowhere",
                java.util.Set.of("programme-manager"))).readsTheRounds(200).body("total", equalTo(0));
    }

    @Test
    void aManagerCannotChangeAnotherFundersRoundAndNothingChanges() {
        String dclg = Fixtures.openRound();
        Map<String, Object> changed = Fixtures.round(dclg, Instant.now().minus(1, ChronoUnit.DAYS),
                Instant.now().plus(30, ChronoUnit.DAYS));
        changed.put("budget", 1);
        worcestershireManager().changesRound(dclg, "\"0\"", changed).statusCode(404);
        worcestershireManager().patchesRound(dclg, "\"0\"", Map.of("budget", 1)).statusCode(404);
        // one who may read it as a bidder, and runs only its own council's fund, is told why not
        Actor officer = Actor.withToken(Tokens.managerAndBidderOf("officer.worcestershire", "GB-LAE-WOR"));
        officer.readsRound(dclg).statusCode(200);
        officer.patchesRound(dclg, "\"0\"", Map.of("budget", 1)).statusCode(403)
                .body("detail", org.hamcrest.Matchers.containsString("run by TCA-DCLG"));
        manager().readsRound(dclg).statusCode(200).header("ETag", "\"0\"").body("budget", equalTo(7_600_000f));
    }

    @Test
    void aFundersManagersSeeTheBidsInItsRoundsAndAnotherFundersNone() {
        String dclg = Fixtures.openRound();
        String worcestershire = worcestershireRound();
        String toDclg = babergh().drafts(Fixtures.baberghBid(dclg));
        String toWorcestershire = babergh().drafts(Fixtures.baberghBid(worcestershire));

        worcestershireManager().reads(toDclg).statusCode(404);
        worcestershireManager().readsTheHistoryOf(toDclg).statusCode(404);
        worcestershireManager().appraises(toDclg).statusCode(404);
        worcestershireManager().reads(toWorcestershire).statusCode(200);
        manager().reads(toWorcestershire).statusCode(404);
        manager().reads(toDclg).statusCode(200);
        worcestershireManager().searches().statusCode(200)
                .body("items.id", hasItem(toWorcestershire), "items.id", not(hasItem(toDclg)));
        manager().searches().statusCode(200).body("items.id", hasItem(toDclg), "items.id", not(hasItem(toWorcestershire)));
        // the council that bids to both sees both of its own
        babergh().searches().statusCode(200).body("items.id", hasItem(toDclg), "items.id", hasItem(toWorcestershire));
    }

    @Test
    void aManagerCannotImportIntoOrReturnABidOfAnotherFundersRound() {
        String dclg = Fixtures.closedRound();
        Map<String, Object> bid = Fixtures.baberghBid(dclg);
        worcestershireManager().records("GB-LAE-BAB", "2013-07-01T12:00:00Z", bid).statusCode(400)
                .body("violations.field", contains("bid.roundId"),
                        "violations[0].message", equalTo("no round " + dclg));
        manager().searches("round", dclg).statusCode(200).body("total", equalTo(0));

        String submitted = manager().records("GB-LAE-BAB", "2013-07-01T12:00:00Z", bid).statusCode(201)
                .extract().path("id");
        worcestershireManager().returns(submitted, "The accountable body's resolution is missing").statusCode(404);
        manager().reads(submitted).statusCode(200).body("status", equalTo("SUBMITTED"));
    }

    @Test
    void aFundersOwnProgrammeTakesProposalsFromItsOwnServicesWhereACompetitionDoesNot() {
        Map<String, Object> proposal = Fixtures.baberghBid(worcestershireRound());
        proposal.put("participants", java.util.List.of(Map.of("organisationId", "GB-LAE-WOR",
                "roles", java.util.List.of("LEAD", "ACCOUNTABLE_BODY"))));
        // in the council's competition its own services take no part
        worcestershireManager().records("GB-LAE-WOR", Instant.now().toString(), proposal).statusCode(422)
                .body("type", org.hamcrest.Matchers.endsWith("funder-takes-part"),
                        "detail", org.hamcrest.Matchers.containsString("FUNDER_TAKES_NO_PART"));

        String own = "futurefit-own-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> round = Fixtures.round(own, Instant.parse("2015-04-01T00:00:00Z"), Instant.now().plus(30, ChronoUnit.DAYS));
        round.put("fundersOwnServices", true);
        worcestershireManager().opensRound(round).statusCode(201).body("fundersOwnServices", equalTo(true));
        proposal.put("roundId", own);
        // before any bid is in, the funder may still say otherwise; the round is back to its own programme after
        worcestershireManager().patchesRound(own, "\"0\"", Map.of("fundersOwnServices", false)).statusCode(200)
                .body("fundersOwnServices", equalTo(false));
        worcestershireManager().patchesRound(own, "\"1\"", Map.of("fundersOwnServices", true)).statusCode(200);
        worcestershireManager().records("GB-LAE-WOR", "2015-09-01T12:00:00Z", proposal).statusCode(201)
                .body("leadOrganisationId", equalTo("GB-LAE-WOR"), "status", equalTo("SUBMITTED"));
        // once a bid is in, assessors are cleared on its word: it stays as it is, and any other change goes through
        worcestershireManager().patchesRound(own, "\"2\"", Map.of("fundersOwnServices", false)).statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("fixed from the first submission"));
        worcestershireManager().readsRound(own).statusCode(200).body("fundersOwnServices", equalTo(true),
                "version", equalTo(2));
        worcestershireManager().patchesRound(own, "\"2\"", Map.of("name", "FutureFit own services")).statusCode(200)
                .body("fundersOwnServices", equalTo(true), "name", equalTo("FutureFit own services"));
    }
}
