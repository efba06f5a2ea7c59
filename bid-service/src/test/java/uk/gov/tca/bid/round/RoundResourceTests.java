package uk.gov.tca.bid.round;

import static uk.gov.tca.bid.testing.Actor.babergh;
import static uk.gov.tca.bid.testing.Actor.integrator;
import static uk.gov.tca.bid.testing.Actor.manager;

import uk.gov.tca.bid.testing.Fixtures;
import uk.gov.tca.bid.testing.PartnerStub;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.tca.platform.testing.EmbeddedPostgresResource;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(PartnerStub.class)
class RoundResourceTests {

    private static final Instant OPENS = Instant.parse("2013-06-01T00:00:00Z");
    private static final Instant CLOSES = Instant.parse("2013-07-12T23:59:59Z");

    @Test
    void aManagerOpensARoundWithTheGreenBookRateByDefault() {
        manager().opensRound(Fixtures.round("tca-2013-14-test", OPENS, CLOSES)).statusCode(201)
                .header("Location", "/rounds/tca-2013-14-test").header("ETag", "\"0\"")
                .body("discountRate", equalTo(0.035f), "awardTypes.code", contains("AUTHORITY_AWARD",
                        "MAJOR_MULTI_AUTHORITY_AWARD"), "eligibleYears", contains("2013/14", "2014/15"));
        babergh().readsRound("tca-2013-14-test").statusCode(200)
                .body("name", equalTo("Transformation Challenge Award test round tca-2013-14-test"));
        integrator().readsTheRounds(200).body("items.id", hasItem("tca-2013-14-test"));
    }

    @Test
    void aSecondProgrammeIsJustData() {
        Map<String, Object> round = Fixtures.round("local-fund-2025", Instant.parse("2025-04-01T00:00:00Z"),
                Instant.parse("2025-09-30T00:00:00Z"));
        round.put("programme", "Suffolk Transformation Fund");
        round.put("eligibleYears", List.of("2025/26", "2026/27", "2027/28"));
        round.put("awardTypes", List.of(Map.of("code", "SMALL_GRANT", "name", "Small grant", "cap", 25000)));
        round.put("discountRate", 0.03);
        manager().opensRound(round)
                .statusCode(201).body("discountRate", equalTo(0.03f), "awardTypes[0].cap", equalTo(25000));
    }

    @Test
    void onlyManagersOpenRounds() {
        babergh().opensRound(Fixtures.round("bidder-round", OPENS, CLOSES)).statusCode(403);
        manager().readsRound("bidder-round").statusCode(404);
    }

    @Test
    void aRoundMustCloseAfterItOpensAndNameRealYears() {
        Map<String, Object> round = Fixtures.round("backwards", CLOSES, OPENS);
        round.put("eligibleYears", List.of("2013/14", "2013/15"));
        manager().opensRound(round)
                .statusCode(400).body("violations.field", contains("closesAt", "eligibleYears[1]"),
                        "violations[1].message", containsString("as 2016/17 (also written 2016-17"));
        manager().readsRound("backwards").statusCode(404);
    }

    @Test
    void aRoundsYearsAreReadInEverySpellingAndKeptAsWritten() {
        Map<String, Object> round = Fixtures.round("spelt-years", OPENS, CLOSES);
        round.put("eligibleYears", List.of("FY2016-17", "2017 to 2018", "18/19", "2019/20"));
        manager().opensRound(round).statusCode(201)
                .body("eligibleYears", contains("2016/17", "2017/18", "2018/19", "2019/20"),
                        "eligibleYearsAsWritten", contains("FY2016-17", "2017 to 2018", "18/19", "2019/20"));
        manager().readsRound("spelt-years").statusCode(200).body("eligibleYears[0]", equalTo("2016/17"),
                "eligibleYearsAsWritten[0]", equalTo("FY2016-17"));

        // written the normal way, nothing is kept beside it
        manager().opensRound(Fixtures.round("normal-years", OPENS, CLOSES)).statusCode(201)
                .body("eligibleYears", contains("2013/14", "2014/15"), "$", not(hasKey("eligibleYearsAsWritten")));
    }

    @Test
    void aNegativeBudgetOrAnAbsurdRateIsRefused() {
        Map<String, Object> round = Fixtures.round("negative", OPENS, CLOSES);
        round.put("budget", -1);
        round.put("discountRate", 3.5);
        manager().opensRound(round)
                .statusCode(400).body("violations.field", contains("budget", "discountRate"));
    }

    @Test
    void roundUpdatesNeedTheCurrentETag() {
        manager().opensRound(Fixtures.round("etag-round", OPENS, CLOSES)).statusCode(201);
        Map<String, Object> changed = Fixtures.round("etag-round", OPENS, CLOSES);
        changed.put("budget", 8_000_000);
        manager().changesRound("etag-round", changed).statusCode(428);
        manager().changesRound("etag-round", "\"0\"", changed).statusCode(200).header("ETag", "\"1\"")
                .body("budget", equalTo(8_000_000));
        manager().changesRound("etag-round", "\"0\"", changed).statusCode(412);
    }
}
