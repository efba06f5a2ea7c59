package uk.gov.tca.e2e.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.gov.tca.e2e.LocalStack;
import uk.gov.tca.e2e.Rounds;

/**
 * The change feed under concurrent submission: a reader that follows the cursor as fast as it can sees every
 * committed event once, and the scoring-service — which follows the same feed — holds every submitted bid. A
 * consumer that lost bids anyway (here: rows deleted behind its back) heals by reconciling a round with the
 * bid-service, on demand and at start-up.
 */
@ExtendWith({LocalStack.class, ReliabilityReport.class})
class FeedTests {

    private static final int WRITERS = 16;
    private static final int BIDS_EACH = 13;

    /** A reader of the feed from a cursor, keeping every event it was given, in order. */
    private static final class Follower {
        private final String base;
        private final String token;
        private String cursor;
        final List<JsonNode> events = Collections.synchronizedList(new ArrayList<>());
        int reads;

        Follower(String base, String token, String cursor) {
            this.base = base;
            this.token = token;
            this.cursor = cursor;
        }

        /** One page; how many events it held. */
        int readOnce() {
            String url = base + "/feed?limit=500" + (cursor == null ? "" : "&after=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            Http.Answer answer = Http.request("GET", url).token(token).send();
            assertThat(answer.status()).as("feed read %s", answer).isEqualTo(200);
            JsonNode page = answer.json();
            page.path("events").forEach(events::add);
            cursor = page.path("next").asText();
            reads++;
            return page.path("events").size();
        }

        /** Reads until two pages in a row, a second apart, are empty. */
        void drain() throws InterruptedException {
            int empty = 0;
            while (empty < 2) {
                if (readOnce() == 0) {
                    empty++;
                    Thread.sleep(1000);
                } else {
                    empty = 0;
                }
            }
        }
    }

    @Test
    void aReaderFollowingTheCursorDuringConcurrentSubmissionsMissesNothingAndScoringHoldsEveryBid() throws Exception {
        String round = Rounds.open(Caller.MANAGER.token(), "feed-race", 1);
        String integrator = Caller.INTEGRATOR.token();
        // start from the head, as a consumer that has been following all along
        Follower follower = new Follower(LocalStack.BID, integrator, null);
        follower.drain();
        String startedAt = follower.cursor;
        follower.events.clear();

        AtomicBoolean writing = new AtomicBoolean(true);
        Thread reader = new Thread(() -> {
            while (writing.get()) {
                follower.readOnce();
            }
        }, "feed-follower");
        reader.start();

        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        CyclicBarrier start = new CyclicBarrier(WRITERS);
        Set<String> submitted = ConcurrentHashMap.newKeySet();
        List<Future<?>> writers = new ArrayList<>();
        String bidder = Caller.BIDDER_OWN.token();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writers.add(pool.submit(() -> {
                start.await(30, TimeUnit.SECONDS);
                for (int i = 0; i < BIDS_EACH; i++) {
                    Map<String, Object> body = Rounds.bid(round, "Babergh: feed race, writer " + writer + " bid " + i,
                            List.of(Map.of("organisationId", "GB-LAE-BAB", "roles", List.of("LEAD", "ACCOUNTABLE_BODY"))));
                    Http.Answer created = Http.request("POST", LocalStack.BID + "/bids").token(bidder).json(body).send();
                    assertThat(created.status()).as("create %s", created).isEqualTo(201);
                    String id = created.json().path("id").asText();
                    Http.Answer done = Http.request("POST", LocalStack.BID + "/bids/" + id + "/submission").token(bidder).send();
                    assertThat(done.status()).as("submit %s", done).isEqualTo(200);
                    submitted.add(id);
                }
                return null;
            }));
        }
        for (Future<?> f : writers) {
            f.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();
        writing.set(false);
        reader.join(60_000);
        long writesEnded = System.nanoTime();

        // Every write has answered, so every event is committed. A transaction still open elsewhere in the database
        // cluster (the scoring-service applying a page, on this shared local cluster) holds the feed back until it
        // ends: the follower reads on until it has every committed event. Missed means never served, not served late.
        Set<String> committed = eventIdsOf(submitted);
        double lastServed = Waiting.secondsUntil(writesEnded, Duration.ofSeconds(90), () -> {
            follower.readOnce();
            return seenIds(follower).containsAll(committed);
        });
        follower.drain();

        // what the follower saw, against what the database holds for the same bids
        Map<String, Integer> seenTimes = new HashMap<>();
        Set<String> submittedSeen = new HashSet<>();
        for (JsonNode e : follower.events) {
            seenTimes.merge(e.path("id").asText(), 1, Integer::sum);
            if (submitted.contains(e.path("subject").asText()) && e.path("type").asText().endsWith(".submitted")) {
                submittedSeen.add(e.path("subject").asText());
            }
        }
        Set<String> missed = new HashSet<>(committed);
        missed.removeAll(seenTimes.keySet());
        long duplicates = seenTimes.values().stream().filter(n -> n > 1).count();

        // a reader from the same starting cursor after the fact must read the same events in the same order
        Follower late = new Follower(LocalStack.BID, integrator, startedAt);
        late.drain();
        List<String> liveOrder = follower.events.stream().map(e -> e.path("id").asText()).toList();
        List<String> lateOrder = late.events.stream().map(e -> e.path("id").asText()).toList();

        ReliabilityReport.figure("Change feed", "bids submitted at once (" + WRITERS + " writers) while a reader followed the cursor",
                submitted.size());
        ReliabilityReport.figure("Change feed", "feed reads by the follower during the writes", follower.reads);
        ReliabilityReport.figure("Change feed", "events committed for them", committed.size());
        ReliabilityReport.figure("Change feed", "seconds after the last write until the follower had every event", lastServed);
        ReliabilityReport.figure("Change feed", "events missed by the follower (never served within 90 s)", missed.size());
        ReliabilityReport.figure("Change feed", "events seen twice", duplicates);
        assertThat(submitted).hasSize(WRITERS * BIDS_EACH);
        assertThat(missed).as("events committed but never seen by a reader following the cursor").isEmpty();
        assertThat(duplicates).as("events seen more than once").isZero();
        assertThat(submittedSeen).as("every submission was on the feed").isEqualTo(submitted);
        assertThat(lateOrder).as("a later reader from the same cursor reads the same events in the same order")
                .isEqualTo(liveOrder);

        // the scoring-service follows the same feed: every submitted bid reaches it
        double caughtUp = Waiting.secondsUntil(System.nanoTime(), Duration.ofSeconds(90),
                () -> scoringHolds(round) == submitted.size());
        long held = scoringHolds(round);
        ReliabilityReport.figure("Change feed", "submitted bids the scoring-service did not learn of", submitted.size() - held);
        assertThat(held).as("bids of round %s the scoring-service holds (caught up after %.1f s)", round, caughtUp)
                .isEqualTo(submitted.size());
    }

    @Test
    void aConsumerThatLostBidsHealsByReconcilingTheRoundOnDemandAndAtStartUp() throws Exception {
        String round = Rounds.open(Caller.MANAGER.token(), "feed-heal", 1);
        List<String> bids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            bids.add(Fixture.bid(round, "reconciled " + i, true));
        }
        String manager = Caller.MANAGER.token();
        assertThat(Waiting.secondsUntil(System.nanoTime(), Duration.ofSeconds(60), () -> scoringHolds(round) == 5)).isPositive();

        // two bids lost behind the scoring-service's back, as a feed that skipped them once did
        forget(bids.subList(0, 2));
        Http.Answer report = Http.request("POST", LocalStack.GATEWAY + "/api/reconciliations").token(manager)
                .json(Map.of("roundId", round)).send();
        assertThat(report.status()).as("reconciliation through the gateway: %s", report).isEqualTo(200);
        JsonNode r = report.json();
        assertThat(r.path("roundId").asText()).isEqualTo(round);
        assertThat(r.path("bidService").path("count").asInt()).isEqualTo(5);
        assertThat(r.path("scoringBefore").path("count").asInt()).isEqualTo(3);
        List<String> takenIn = new ArrayList<>();
        r.path("takenIn").forEach(id -> takenIn.add(id.asText()));
        assertThat(takenIn).containsExactlyInAnyOrderElementsOf(bids.subList(0, 2));
        assertThat(r.path("scoringAfter").path("count").asInt()).isEqualTo(5);
        assertThat(scoringHolds(round)).isEqualTo(5);
        // the bids taken in are as the bid-service has them: assignable
        Http.Answer assigned = Http.request("POST", LocalStack.SCORING + "/assignments").token(manager)
                .json(Map.of("bidId", bids.get(0), "assessor", "assessor3.dclg")).send();
        assertThat(assigned.status()).as("assigning a bid taken in by reconciliation: %s", assigned).isEqualTo(201);

        // a second reconciliation finds nothing to do
        JsonNode again = Http.request("POST", LocalStack.SCORING + "/reconciliations").token(manager)
                .json(Map.of("roundId", round)).send().json();
        assertThat(again.path("takenIn").size()).isZero();

        // at start-up the scoring-service reconciles every round by itself
        forget(bids.subList(2, 4));
        LocalStack.Result restarted = LocalStack.tca("restart", "scoring-service");
        assertThat(restarted.exitCode()).as(restarted.output()).isZero();
        double healed = Waiting.secondsUntil(System.nanoTime(), Duration.ofSeconds(90), () -> scoringHolds(round) == 5);
        ReliabilityReport.figure("Change feed", "seconds after a restart until lost bids were taken back in", healed);
        assertThat(healed).as("lost bids taken back in after a restart").isPositive();
    }

    private static void forget(List<String> bids) throws Exception {
        try (Connection c = Databases.connect("scoring");
                PreparedStatement ps = c.prepareStatement("DELETE FROM bid_in_round WHERE bid_id = ?")) {
            for (String bid : bids) {
                ps.setString(1, bid);
                assertThat(ps.executeUpdate()).isEqualTo(1);
            }
        }
    }

    private static long scoringHolds(String round) throws Exception {
        return Databases.count("scoring", "SELECT count(*) FROM bid_in_round WHERE round_id = ?", round);
    }

    private static Set<String> seenIds(Follower follower) {
        synchronized (follower.events) {
            Set<String> ids = new HashSet<>();
            follower.events.forEach(e -> ids.add(e.path("id").asText()));
            return ids;
        }
    }

    private static Set<String> eventIdsOf(Set<String> bids) throws Exception {
        Set<String> ids = new HashSet<>();
        try (Connection c = Databases.connect("bid");
                PreparedStatement ps = c.prepareStatement("SELECT event_id::text FROM outbox_event WHERE subject = ANY (?)")) {
            ps.setArray(1, c.createArrayOf("varchar", bids.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }
}
