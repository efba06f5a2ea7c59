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
    void aBudgetAndACapKeepTheWordsTheyWereWrittenIn() {
        String id = "as-written-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        Instant now = Instant.now();
        Map<String, Object> round = Fixtures.round(id, now.minusSeconds(3600), now.plusSeconds(86400));
        round.put("budget", 20_000_000);
        round.put("budgetAsWritten", "nearly £20m");
        round.put("budgetQualifier", "APPROX");
        round.put("awardTypes", List.of(
                Map.of("code", "AUTHORITY_AWARD", "name", "Authority Award", "cap", 500_000,
                        "capAsWritten", "about £500k", "capQualifier", "APPROX"),
                Map.of("code", "SMALL", "name", "Small award", "cap", 50_000, "capAsWritten", "up to £50,000",
                        "capQualifier", "UP_TO")));
        manager().opensRound(round).statusCode(201)
                .body("budget", equalTo(20000000), "budgetAsWritten", equalTo("nearly £20m"),
                        "budgetQualifier", equalTo("APPROX"),
                        "awardTypes.capAsWritten", contains("about £500k", "up to £50,000"),
                        "awardTypes.capQualifier", contains("APPROX", "UP_TO"));
        // a round written as its figure says EXACT and keeps no words
        manager().opensRound(Fixtures.round(id + "-x", OPENS, CLOSES)).statusCode(201)
                .body("budgetQualifier", equalTo("EXACT"), "$", not(hasKey("budgetAsWritten")),
                        "awardTypes[0].capQualifier", equalTo("EXACT"));

        // "about £500k" is to the thousand: £500,400 is within it, £501,000 is over it, and the warning quotes it
        Map<String, Object> bid = Fixtures.baberghBid(id);
        bid.put("amountSought", Fixtures.money(500_400, "£500,400"));
        babergh().tryToDraft(bid).statusCode(201).body("warnings.code", not(hasItem("AWARD_OVER_CAP")));
        bid.put("amountSought", Fixtures.money(501_000, "£501,000"));
        babergh().tryToDraft(bid).statusCode(201).body("warnings.find { it.code == 'AWARD_OVER_CAP' }.message",
                equalTo("The bid seeks £501,000, over the Authority Award cap of about £500,000 (written \"about £500k\")"));
    }

    @Test
    void aBudgetIsAFigureToWorkToNotARangeOrWords() {
        Map<String, Object> round = Fixtures.round("budget-words", OPENS, CLOSES);
        round.put("budgetQualifier", "RANGE");
        round.put("awardTypes", List.of(Map.of("code", "GRANT", "name", "Grant", "capAsWritten", "generous"),
                Map.of("code", "OTHER", "name", "Other", "cap", 10, "capQualifier", "PLACEHOLDER")));
        manager().opensRound(round).statusCode(400)
                .body("violations.field", contains("budgetQualifier", "awardTypes[0].cap", "awardTypes[1].capQualifier"),
                        "violations[0].message", containsString("must be EXACT, APPROX, UP_TO or OVER"),
                        "violations[1].message", containsString("is required with capAsWritten"));
        manager().readsRound("budget-words").statusCode(404);
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

    @Test
    void aPatchChangesWhatItSendsKeepsTheRestAndIsHeldToThePutRules() {
        Map<String, Object> opened = Fixtures.round("patch-round", OPENS, CLOSES);
        opened.put("eligibleYears", List.of("2013-14", "FY14/15"));
        manager().opensRound(opened).statusCode(201);

        manager().patchesRound("patch-round", "\"0\"", Map.of("budget", 9_000_000, "costBenefitRequired", true))
                .statusCode(200).header("ETag", "\"1\"")
                .body("budget", equalTo(9_000_000), "costBenefitRequired", equalTo(true),
                        // what the patch left out is as it was, spellings of the years included
                        "name", equalTo(opened.get("name")), "awardTypes.code", contains("AUTHORITY_AWARD",
                                "MAJOR_MULTI_AUTHORITY_AWARD"),
                        "eligibleYears", contains("2013/14", "2014/15"),
                        "eligibleYearsAsWritten", contains("2013-14", "FY14/15"));

        // null sets an option back to its default; a list is replaced whole
        manager().patchesRound("patch-round", "\"1\"", Map.of("prompts", List.of(), "awardTypes",
                        List.of(Map.of("code", "SMALL_GRANT", "name", "Small grant"))))
                .statusCode(200).body("prompts", org.hamcrest.Matchers.empty(), "awardTypes.code", contains("SMALL_GRANT"));
        manager().patchesRound("patch-round", "\"2\"", java.util.Collections.singletonMap("discountRate", null))
                .statusCode(200).body("discountRate", equalTo(0.035f));
    }

    @Test
    void aPatchThatMakesABadRoundOrComesStaleOrFromABidderChangesNothing() {
        manager().opensRound(Fixtures.round("patch-refused", OPENS, CLOSES)).statusCode(201);

        manager().patchesRound("patch-refused", "\"0\"", Map.of("closesAt", "2013-01-01T00:00:00Z", "budget", -5))
                .statusCode(400).body("violations.field", hasItem("budget"));
        manager().patchesRound("patch-refused", "\"0\"", java.util.Collections.singletonMap("name", null))
                .statusCode(400).body("violations.field", hasItem("name"));
        manager().patchesRound("patch-refused", "\"0\"", Map.of("id", "another-round")).statusCode(400)
                .body("violations.field", hasItem("id"));
        manager().patchesRound("patch-refused", "\"0\"", List.of("budget")).statusCode(400)
                .body("violations.field", hasItem("body"));
        manager().patchesRound("patch-refused", "\"0\"", Map.of("funder", "TCA-OTHER")).statusCode(400);
        manager().patchesRound("patch-refused", null, Map.of("budget", 1)).statusCode(428);
        manager().patchesRound("patch-refused", "\"7\"", Map.of("budget", 1)).statusCode(412);
        babergh().patchesRound("patch-refused", "\"0\"", Map.of("budget", 1)).statusCode(403);
        manager().patchesRound("no-such-round", "\"0\"", Map.of("budget", 1)).statusCode(404);

        manager().readsRound("patch-refused").statusCode(200).header("ETag", "\"0\"")
                .body("budget", equalTo(7_600_000f),
                        "name", equalTo(Fixtures.round("patch-refused", OPENS, CLOSES).get("name")));
    }

    @Test
    void aRoundSaysWhetherItTakesBidsNow() {
        Instant now = Instant.now();
        manager().opensRound(Fixtures.round("open-now", now.minusSeconds(3600), now.plusSeconds(86_400)))
                .statusCode(201).body("open", equalTo(true));
        manager().opensRound(Fixtures.round("closed-2013", OPENS, CLOSES)).statusCode(201).body("open", equalTo(false));
        manager().opensRound(Fixtures.round("opens-later", now.plusSeconds(86_400), now.plusSeconds(2 * 86_400)))
                .statusCode(201);
        integrator().readsTheRounds(200).body("items.find { it.id == 'open-now' }.open", equalTo(true),
                "items.find { it.id == 'closed-2013' }.open", equalTo(false),
                "items.find { it.id == 'opens-later' }.open", equalTo(false));
    }

    @Test
    void roundsChangedSinceAListOldestChangeFirst() throws InterruptedException {
        Instant before = Instant.now();
        manager().opensRound(Fixtures.round("sync-first", OPENS, CLOSES)).statusCode(201);
        manager().opensRound(Fixtures.round("sync-second", OPENS, CLOSES)).statusCode(201);
        Thread.sleep(5); // the database keeps microseconds: a change after this instant is after it
        Instant between = Instant.now();
        manager().patchesRound("sync-first", "\"0\"", Map.of("budget", 1_000_000)).statusCode(200);

        List<String> since = integrator().request().queryParam("updatedSince", before.toString())
                .queryParam("size", 200).get("/rounds").then().statusCode(200).extract().path("items.id");
        org.assertj.core.api.Assertions.assertThat(since).containsSubsequence("sync-second", "sync-first");
        integrator().request().queryParam("updatedSince", between.toString()).get("/rounds").then().statusCode(200)
                .body("items.id", hasItem("sync-first"), "items.id", not(hasItem("sync-second")));
        integrator().request().queryParam("updatedSince", "last tuesday").get("/rounds").then().statusCode(400)
                .body("violations.field", contains("updatedSince"));
    }
}
