package uk.gov.tca.bid.round;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static uk.gov.tca.bid.testing.Actor.babergh;
import static uk.gov.tca.bid.testing.Actor.manager;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.tca.bid.testing.Fixtures;
import uk.gov.tca.bid.testing.PartnerStub;
import uk.gov.tca.platform.testing.EmbeddedPostgresResource;

/**
 * Programmes that are not competitions: a rolling fund with no closing date, a fund open from before it was
 * recorded, and a programme of savings proposals where a bid may seek no award at all.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(PartnerStub.class)
class ProgrammeShapesTests {

    private static final Instant LONG_AGO = Instant.parse("2015-04-01T00:00:00Z");

    private static String id(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aRollingFundHasNoClosingDateAndTakesBidsLongAfterItOpened() {
        String rolling = id("rolling");
        Map<String, Object> round = Fixtures.round(rolling, LONG_AGO, LONG_AGO);
        round.remove("closesAt");
        manager().opensRound(round).statusCode(201)
                .body("open", equalTo(true), "opensAt", equalTo("2015-04-01T00:00:00Z"), "$", not(hasKey("closesAt")));

        String bid = babergh().drafts(Fixtures.baberghBid(rolling));
        Fixtures.partnersConfirm(bid);
        babergh().submits(bid).statusCode(200).body("status", equalTo("SUBMITTED"));
        // and a programme manager records one received years ago, as the window it had then allows
        manager().records("GB-LAE-BAB", "2016-01-04T09:00:00Z", Fixtures.baberghBid(rolling)).statusCode(201);
        manager().records("GB-LAE-BAB", "2014-01-04T09:00:00Z", Fixtures.baberghBid(rolling)).statusCode(400)
                .body("violations[0].field", equalTo("submittedAt"), "violations[0].message",
                        equalTo("is outside the round's window (from 2015-04-01T00:00:00Z, with no closing date)"));
    }

    @Test
    void aFundMayHaveNoOpeningDateOrNeitherDate() {
        String always = id("always");
        Map<String, Object> round = Fixtures.round(always, LONG_AGO, LONG_AGO);
        round.remove("opensAt");
        round.remove("closesAt");
        manager().opensRound(round).statusCode(201).body("open", equalTo(true), "$", not(hasKey("opensAt")));

        String closed = id("closed");
        Map<String, Object> ended = Fixtures.round(closed, LONG_AGO, LONG_AGO.plus(30, ChronoUnit.DAYS));
        ended.remove("opensAt");
        manager().opensRound(ended).statusCode(201).body("open", equalTo(false));
        String bid = babergh().drafts(Fixtures.baberghBid(closed));
        Fixtures.partnersConfirm(bid);
        babergh().submits(bid).statusCode(422).body("violations.field", hasItem("roundId"),
                "violations.message", hasItem("the round closed at 2015-05-01T00:00:00Z"));

        // with both dates, the close must still come after the opening
        Map<String, Object> backwards = Fixtures.round(id("backwards"), LONG_AGO, LONG_AGO.minus(1, ChronoUnit.DAYS));
        manager().opensRound(backwards).statusCode(400).body("violations.field", hasItem("closesAt"));
    }

    @Test
    void aSavingsProposalSeeksNoAwardWhereTheRoundSaysAwardsAreOptional() {
        String savings = id("savings");
        Map<String, Object> round = Fixtures.round(savings, LONG_AGO, LONG_AGO);
        round.remove("closesAt");
        round.put("awardsOptional", true);
        manager().opensRound(round).statusCode(201).body("awardsOptional", equalTo(true));
        Map<String, Object> proposal = Fixtures.baberghBid(savings);
        proposal.remove("amountSought");
        proposal.remove("awardType");

        String bid = babergh().drafts(proposal);
        babergh().reads(bid).statusCode(200).body("warnings.code", not(hasItem("NO_AMOUNT_SOUGHT")));
        Fixtures.partnersConfirm(bid);
        babergh().submits(bid).statusCode(200).body("status", equalTo("SUBMITTED"));

        // naming an award type and no amount is not seeking no award: it must say how much
        Map<String, Object> half = Fixtures.baberghBid(savings);
        half.remove("amountSought");
        String halfBid = babergh().drafts(half);
        Fixtures.partnersConfirm(halfBid);
        babergh().submits(halfBid).statusCode(422).body("violations.field", hasItem("amountSought"));

        // where awards are not optional, the same proposal is told what it lacks
        String competition = id("competition");
        Map<String, Object> strict = Fixtures.round(competition, LONG_AGO, LONG_AGO);
        strict.remove("closesAt");
        manager().opensRound(strict).statusCode(201).body("awardsOptional", equalTo(false));
        proposal.put("roundId", competition);
        String refused = babergh().drafts(proposal);
        babergh().reads(refused).statusCode(200).body("warnings.code", hasItem("NO_AMOUNT_SOUGHT"));
        Fixtures.partnersConfirm(refused);
        babergh().submits(refused).statusCode(422).body("violations.field", hasItems("amountSought", "awardType"));
    }
}
