package uk.gov.tca.e2e.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.gov.tca.e2e.LocalStack;
import uk.gov.tca.e2e.Rounds;

/**
 * Requests that race: two editors holding the same version, retries of one create or submission sent at once
 * under one Idempotency-Key, two programme managers publishing the same decisions. Each race is started from a
 * barrier, so the requests leave together, and repeated; what the databases hold afterwards is counted.
 */
@ExtendWith({LocalStack.class, ReliabilityReport.class})
class ConcurrencyTests {

    private static final int RACES = 10;
    private static final ExecutorService POOL = Executors.newFixedThreadPool(8);

    @AfterAll
    static void stop() {
        POOL.shutdownNow();
    }

    /** The answers of n copies of a request started together. */
    private static List<Http.Answer> race(int n, Callable<Http.Answer> request) throws Exception {
        CyclicBarrier start = new CyclicBarrier(n);
        List<Future<Http.Answer>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            futures.add(POOL.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                return request.call();
            }));
        }
        List<Http.Answer> answers = new ArrayList<>();
        for (Future<Http.Answer> f : futures) {
            answers.add(f.get(60, TimeUnit.SECONDS));
        }
        return answers;
    }

    private static List<Integer> statuses(List<Http.Answer> answers) {
        List<Integer> statuses = new ArrayList<>(answers.stream().map(Http.Answer::status).toList());
        Collections.sort(statuses);
        return statuses;
    }

    @Test
    void twoEditorsWithTheSameVersionOneWinsTheOtherIsToldItIsStale() throws Exception {
        String round = Fixture.world().round;
        String bid = Fixture.bid(round, "raced by two editors", false);
        String organisation = "TEST-RACE-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        Fixture.expect(201, Fixture.as(Caller.MANAGER, "POST", LocalStack.PARTNER + "/organisations")
                .json(Map.of("id", organisation, "legalName", "Race Council", "type", "DISTRICT")).send());
        int bidWins = 0;
        int organisationWins = 0;
        for (int i = 0; i < RACES; i++) {
            String etag = Fixture.as(Caller.BIDDER_OWN, "GET", LocalStack.BID + "/bids/" + bid).send().header("etag");
            int attempt = i;
            List<Http.Answer> bids = race(2, () -> Fixture.as(Caller.BIDDER_OWN, "PUT", LocalStack.BID + "/bids/" + bid)
                    .header("If-Match", etag).json(Rounds.bid(round, "Raced title " + attempt + " by " + Thread.currentThread().getName(),
                            List.of(Map.of("organisationId", "GB-LAE-BAB", "roles", List.of("LEAD", "ACCOUNTABLE_BODY"))))).send());
            assertThat(statuses(bids)).as("two editors of a bid, race %d: %s", i, bids).containsExactly(200, 412);
            bidWins++;
            String orgEtag = Fixture.as(Caller.MANAGER, "GET", LocalStack.PARTNER + "/organisations/" + organisation).send().header("etag");
            List<Http.Answer> orgs = race(2, () -> Fixture.as(Caller.MANAGER, "PUT", LocalStack.PARTNER + "/organisations/" + organisation)
                    .header("If-Match", orgEtag).json(Map.of("id", organisation, "legalName", "Race Council " + attempt
                            + Thread.currentThread().getName(), "type", "DISTRICT")).send());
            assertThat(statuses(orgs)).as("two editors of an organisation, race %d: %s", i, orgs).containsExactly(200, 412);
            organisationWins++;
        }
        // the winner's change is what is stored, and the version moved once per race
        String etag = Fixture.as(Caller.BIDDER_OWN, "GET", LocalStack.BID + "/bids/" + bid).send().header("etag");
        assertThat(etag).isEqualTo("\"" + RACES + "\"");
        assertThat(Databases.count("bid", "SELECT count(*) FROM audit_record WHERE entity_id = ? AND action = 'BID_UPDATED'", bid))
                .isEqualTo(RACES);
        ReliabilityReport.figure("Concurrency", "two editors, one ETag: races (bid and organisation)", 2 * RACES);
        ReliabilityReport.figure("Concurrency", "races with exactly one winner and one 412", bidWins + organisationWins);
    }

    @Test
    void retriesSentTogetherUnderOneIdempotencyKeyMakeOneBidAndOneSubmission() throws Exception {
        String round = Fixture.world().round;
        int created = 0;
        for (int i = 0; i < RACES; i++) {
            String key = "race-" + round + "-" + i;
            String title = "Babergh: sent " + 4 + " times at once (" + key + ")";
            Map<String, Object> body = Rounds.bid(round, title,
                    List.of(Map.of("organisationId", "GB-LAE-BAB", "roles", List.of("LEAD", "ACCOUNTABLE_BODY"))));
            List<Http.Answer> answers = race(4, () -> Fixture.as(Caller.BIDDER_OWN, "POST", LocalStack.BID + "/bids")
                    .header("Idempotency-Key", key).json(body).send());
            assertThat(answers).as("every retry is answered with the first answer: %s", answers)
                    .allSatisfy(a -> assertThat(a.status()).isEqualTo(201));
            assertThat(answers.stream().map(a -> a.json().path("id").asText()).distinct().toList()).hasSize(1);
            assertThat(Databases.count("bid", "SELECT count(*) FROM bid WHERE title = ?", title)).isEqualTo(1);
            created++;

            String id = answers.get(0).json().path("id").asText();
            List<Http.Answer> submissions = race(4, () -> Fixture.as(Caller.BIDDER_OWN, "POST",
                    LocalStack.BID + "/bids/" + id + "/submission").header("Idempotency-Key", "submit-" + key).send());
            assertThat(submissions).as("every retried submission is answered as the first: %s", submissions)
                    .allSatisfy(a -> assertThat(a.status()).isEqualTo(200));
            assertThat(Databases.count("bid", "SELECT count(*) FROM audit_record WHERE entity_id = ? AND action = 'BID_SUBMITTED'", id))
                    .isEqualTo(1);
            assertThat(Databases.count("bid", "SELECT count(*) FROM outbox_event WHERE subject = ?", id)).isEqualTo(1);
        }
        ReliabilityReport.figure("Concurrency", "creates sent 4 at once under one key: races", RACES);
        ReliabilityReport.figure("Concurrency", "races that made exactly one bid and one submission", created);
    }

    @Test
    void twoManagersPublishingTheSameDecisionsMakeOneDecision() throws Exception {
        KeycloakAdmin.ensureUser("manager2.dclg", "programme-manager", "TCA-DCLG");
        String secondManager = uk.gov.tca.e2e.Keycloak.tokenFor("manager2.dclg");
        String round = Rounds.open(Caller.MANAGER.token(), "race-publish", 1);
        List<String> bids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            bids.add(Fixture.bid(round, "published twice at once " + i, true));
        }
        String assessor = uk.gov.tca.e2e.Keycloak.tokenFor("assessor3.dclg");
        for (String bid : bids) {
            Rounds.waitForTheFeed(Caller.MANAGER.token(), bid);
            String assignment = Fixture.expect(201, Fixture.as(Caller.MANAGER, "POST", LocalStack.SCORING + "/assignments")
                    .json(Map.of("bidId", bid, "assessor", "assessor3.dclg")).send()).json().path("id").asText();
            Fixture.expect(200, Http.request("POST", LocalStack.SCORING + "/assignments/" + assignment + "/acceptance").token(assessor).send());
            String assessment = Fixture.expect(201, Http.request("POST", LocalStack.SCORING + "/assessments").token(assessor)
                    .json(Map.of("assignmentId", assignment, "scores", Fixture.scores(4))).send()).json().path("id").asText();
            Fixture.expect(200, Http.request("POST", LocalStack.SCORING + "/assessments/" + assessment + "/submission").token(assessor)
                    .header("Idempotency-Key", "race-" + assessment).send());
        }
        Fixture.expect(200, Fixture.as(Caller.MANAGER, "POST", LocalStack.SCORING + "/decisions/" + round)
                .json(Map.of("mode", "WHOLE_AWARDS_ONLY")).send());

        List<String> tokens = List.of(Caller.MANAGER.token(), secondManager);
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        List<Http.Answer> answers = race(2, () -> Http.request("POST", LocalStack.SCORING + "/decisions/" + round + "/publication")
                .token(tokens.get(next.getAndIncrement() % 2)).send());
        assertThat(answers).as("one publication succeeds; the other succeeds too or is told it raced: %s", answers)
                .anySatisfy(a -> assertThat(a.status()).isEqualTo(200))
                .allSatisfy(a -> assertThat(a.status()).isIn(200, 409, 412));
        JsonNode published = Fixture.as(Caller.MANAGER, "GET", LocalStack.SCORING + "/decisions/" + round).send().json();
        assertThat(published.path("status").asText()).isEqualTo("PUBLISHED");
        int oneDecisionEach = 0;
        for (String bid : bids) {
            assertThat(Databases.count("bid", "SELECT count(*) FROM audit_record WHERE entity_id = ? AND action = 'BID_DECIDED'", bid))
                    .as("decisions recorded for %s", bid).isEqualTo(1);
            assertThat(Databases.count("scoring", "SELECT count(*) FROM audit_record WHERE entity_id = ? AND action = 'DECISION_PUBLISHED'", bid))
                    .as("publications recorded for %s", bid).isEqualTo(1);
            assertThat(Fixture.as(Caller.BIDDER_OWN, "GET", LocalStack.BID + "/bids/" + bid).send().json().path("status").asText())
                    .isEqualTo("DECIDED");
            oneDecisionEach++;
        }
        assertThat(Databases.count("scoring", "SELECT count(*) FROM audit_record WHERE entity_id = ? AND action = 'DECISIONS_PUBLISHED'", round))
                .isEqualTo(1);
        ReliabilityReport.figure("Concurrency", "two managers publishing one round's decisions: bids with exactly one decision",
                oneDecisionEach + " of " + bids.size());
    }
}
