package uk.gov.tca.e2e.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.gov.tca.e2e.LocalStack;
import uk.gov.tca.e2e.Rounds;

/**
 * Faults while bids are written: a bounded load on loopback keeps a ledger of every write acknowledged with a 2xx,
 * a part of the stack is stopped, killed or restarted under it, and afterwards every acknowledged write must be
 * in the database, complete, and seen by those who follow the feed. The stack is whole again at the end of each,
 * and each writes under keys of its own, so they run in any order.
 */
@ExtendWith({LocalStack.class, ReliabilityReport.class})
class FaultsUnderLoadTests {

    private static final String PART = "Faults under load";

    private static void stack(String... args) throws Exception {
        LocalStack.Result result = LocalStack.tca(args);
        assertThat(result.exitCode()).as("./tca %s: %s", String.join(" ", args), result.output()).isZero();
    }

    /** A create of a Babergh draft, under its own Idempotency-Key, with the key in its title. */
    private static Load.Write create(String round, String key) {
        Map<String, Object> body = Rounds.bid(round, "Fault test " + key, List.of(
                Map.of("organisationId", "GB-LAE-BAB", "roles", List.of("LEAD", "ACCOUNTABLE_BODY")),
                Map.of("organisationId", "GB-LAE-MSU", "roles", List.of("PARTNER"))));
        return new Load.Write(key, () -> Http.request("POST", LocalStack.BID + "/bids").token(Caller.BIDDER_OWN.token())
                .header("Idempotency-Key", key).json(body));
    }

    /** Of these keys' bids, those the database does not hold. */
    private static List<String> missing(List<String> keys) throws Exception {
        List<String> missing = new ArrayList<>();
        try (Connection c = Databases.connect("bid");
                PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM bid WHERE title = ?")) {
            for (String key : keys) {
                ps.setString(1, "Fault test " + key);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) != 1) {
                        missing.add(key + " (" + rs.getLong(1) + " found)");
                    }
                }
            }
        }
        return missing;
    }

    private static void report(String scenario, Load load, List<String> missing) {
        ReliabilityReport.figure(PART, scenario + ": requests sent", load.sent());
        ReliabilityReport.figure(PART, scenario + ": acknowledged (2xx) / found in the database",
                load.acknowledged() + " / " + (load.acknowledged() - missing.size()));
        ReliabilityReport.figure(PART, scenario + ": answers by status, unreachable", load.statuses + ", " + load.unreachable());
        ReliabilityReport.figure(PART, scenario + ": longest time without an acknowledged write (s)",
                String.format("%.1f", load.longestGapSeconds()));
    }

    @Test
    void partnerServiceStoppedWhileBidsAreWritten() throws Exception {
        String round = Fixture.world().round;
        String run = Long.toString(System.currentTimeMillis(), 36);
        Load load = new Load(3, 600, Duration.ofSeconds(60), n -> create(round, "partner-down-" + run + "-" + n));
        Load.sleep(2000);
        stack("stop", "partner-service");
        int before = load.acknowledged();
        Load.sleep(4000);
        int duringOutage = load.acknowledged() - before;
        stack("start", "partner-service");
        Load.sleep(1000);
        load.close();

        List<String> missing = missing(load.keys());
        report("partner-service stopped", load, missing);
        ReliabilityReport.figure(PART, "partner-service stopped: drafts saved while it was away", duringOutage);
        assertThat(duringOutage).as("drafts are still saved while the partner-service is away").isPositive();
        assertThat(load.serverErrors()).as("5xx answers while the partner-service was away").isZero();
        assertThat(missing).as("acknowledged drafts missing from the database").isEmpty();

        // the participants saved unverified are verified once the register is back
        String pending = "SELECT count(*) FROM bid WHERE title LIKE ? AND participants @> CAST('[{\"verified\": false}]' AS jsonb)";
        String ofThisRun = "Fault test partner-down-" + run + "-%";
        double verified = Waiting.secondsUntil(System.nanoTime(), Duration.ofSeconds(60),
                () -> Databases.count("bid", pending, ofThisRun) == 0);
        ReliabilityReport.figure(PART, "partner-service stopped: seconds until every saved participant was verified",
                String.format("%.1f", verified));
        assertThat(Databases.count("bid", pending, ofThisRun))
                .as("bids still waiting for verification a minute after the partner-service returned").isZero();
    }

    @Test
    void scoringServiceStoppedWhileBidsAreSubmitted() throws Exception {
        String manager = Caller.MANAGER.token();
        String round = Rounds.open(manager, "fault-scoring", 1);
        List<String> drafts = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            drafts.add(Fixture.bid(round, "submitted while scoring is away " + i, false));
        }
        Load load = new Load(3, drafts.size(), Duration.ofSeconds(60), n -> new Load.Write(drafts.get(n),
                () -> Http.request("POST", LocalStack.BID + "/bids/" + drafts.get(n) + "/submission").token(Caller.BIDDER_OWN.token())
                        .header("Idempotency-Key", "fault-submit-" + drafts.get(n))));
        Load.sleep(300);
        stack("stop", "scoring-service");
        Load.sleep(2000);
        load.awaitEnd();
        List<String> submitted = load.keys();
        stack("start", "scoring-service");

        double catchUp = Waiting.secondsUntil(System.nanoTime(), Duration.ofSeconds(60), () -> Databases.count("scoring",
                "SELECT count(*) FROM bid_in_round WHERE round_id = ?", round) >= submitted.size());
        List<String> missed = new ArrayList<>();
        for (String id : submitted) {
            if (Databases.count("scoring", "SELECT count(*) FROM bid_in_round WHERE bid_id = ?", id) != 1) {
                missed.add(id);
            }
        }
        ReliabilityReport.figure(PART, "scoring-service stopped: bids submitted / seen by it after its restart",
                submitted.size() + " / " + (submitted.size() - missed.size()));
        ReliabilityReport.figure(PART, "scoring-service stopped: seconds from its restart until it had caught up",
                String.format("%.1f", catchUp));
        assertThat(submitted).as("submissions acknowledged").hasSize(drafts.size());
        assertThat(missed).as("submitted bids the scoring-service never heard of").isEmpty();
    }

    @Test
    void postgresKilledTakesItsServerDownAndStartsAgain() throws Exception {
        // SIGKILL of the process ./tca started: PostgreSQL's own server, which pg_ctl detached from it, goes down too,
        // as in a crash, rather than holding the port so that no start after it can bind
        stack("kill", "postgres");
        assertThat(Waiting.secondsUntil(System.nanoTime(), Duration.ofSeconds(10), () -> !LocalStack.listening(LocalStack.POSTGRES_PORT)))
                .as("seconds until nothing listens on PostgreSQL's port (-1: still listening after 10)").isNotNegative();
        stack("start", "postgres");
        long up = System.nanoTime();
        for (String service : List.of(LocalStack.PARTNER, LocalStack.BID, LocalStack.SCORING)) {
            assertThat(secondsUntilReady(service, up)).as(service + " ready again (-1: not in 30 s)").isNotNegative();
        }
        Http.Answer read = Http.request("GET", LocalStack.BID + "/bids/" + Fixture.world().submitted)
                .token(Caller.BIDDER_OWN.token()).send();
        assertThat(read.status()).as(read.body()).isEqualTo(200);
    }

    @Test
    void postgresRestartedUnderLoad() throws Exception {
        String round = Fixture.world().round;
        String run = Long.toString(System.currentTimeMillis(), 36);
        Load load = new Load(3, 2000, Duration.ofSeconds(90), n -> create(round, "postgres-restart-" + run + "-" + n));
        Load.sleep(2000);
        stack("stop", "postgres");
        Load.sleep(2000);
        stack("start", "postgres");
        long up = System.nanoTime();
        double recovered = load.secondsUntilAWriteSucceedsAfter(up, Duration.ofSeconds(30));
        Map<String, Double> ready = new java.util.TreeMap<>();
        for (Map.Entry<String, String> service : Map.of("partner-service", LocalStack.PARTNER, "bid-service", LocalStack.BID,
                "scoring-service", LocalStack.SCORING).entrySet()) {
            ready.put(service.getKey(), secondsUntilReady(service.getValue(), up));
        }
        Load.sleep(2000);
        load.close();

        List<String> missing = missing(load.keys());
        report("PostgreSQL restarted", load, missing);
        ReliabilityReport.figure(PART, "PostgreSQL restarted: seconds from its being ready again to the next acknowledged write",
                String.format("%.2f", recovered));
        StringBuilder readiness = new StringBuilder();
        ready.forEach((service, seconds) -> readiness.append(readiness.isEmpty() ? "" : ", ")
                .append(service).append(' ').append(String.format("%.2f", seconds)));
        ReliabilityReport.figure(PART, "PostgreSQL restarted: seconds until each service was ready again (no restart of its own)",
                readiness);
        assertThat(recovered).as("seconds until writes succeed again").isBetween(0.0, 10.0);
        assertThat(ready.values()).as("seconds until every service is ready again").allSatisfy(s -> assertThat(s).isBetween(0.0, 10.0));
        assertThat(load.statuses.keySet()).as("refused while the database was away: 503 with Retry-After, never 500; "
                + "first 5xx answers: " + load.firstServerError).doesNotContain(500);
        assertThat(missing).as("acknowledged writes missing after the restart").isEmpty();
    }

    @Test
    void aServiceKilledMidRequestLeavesNoHalfWrittenBid() throws Exception {
        String round = Fixture.world().round;
        String run = Long.toString(System.currentTimeMillis(), 36);
        Load load = new Load(4, 2000, Duration.ofSeconds(60), n -> create(round, "sigkill-" + run + "-" + n));
        Load.sleep(2500);
        stack("kill", "bid-service");
        long killed = System.nanoTime();
        Load.sleep(500);
        stack("start", "bid-service");
        double back = (System.nanoTime() - killed) / 1e9;
        Load.sleep(1500);
        load.close();

        // every bid of the run is whole: its participants indexed, its lines kept, its creation audited
        long whole = Databases.count("bid", "SELECT count(*) FROM bid b WHERE b.title LIKE ? "
                + "AND jsonb_array_length(b.participants) = 2 AND jsonb_array_length(b.cost_lines) = 2 "
                + "AND jsonb_array_length(b.benefit_lines) = 2 "
                + "AND (SELECT count(*) FROM bid_organisation o WHERE o.bid_id = b.id) = 2 "
                + "AND EXISTS (SELECT 1 FROM audit_record a WHERE a.entity_id = b.id AND a.action = 'BID_CREATED')",
                "Fault test sigkill-" + run + "-%");
        long stored = Databases.count("bid", "SELECT count(*) FROM bid WHERE title LIKE ?", "Fault test sigkill-" + run + "-%");
        List<String> missing = missing(load.keys());
        report("bid-service killed (SIGKILL)", load, missing);
        ReliabilityReport.figure(PART, "bid-service killed: bids stored / whole", stored + " / " + whole);
        ReliabilityReport.figure(PART, "bid-service killed: seconds from SIGKILL to serving again", String.format("%.1f", back));
        assertThat(whole).as("half-written bids").isEqualTo(stored);
        assertThat(missing).as("acknowledged bids missing after the kill").isEmpty();

        // a client retrying what was never acknowledged, under the same key, gets one bid per key
        List<String> all = new ArrayList<>();
        for (int n = 0; n < load.sent(); n++) {
            all.add("sigkill-" + run + "-" + n);
        }
        List<String> unacknowledged = new ArrayList<>(all);
        unacknowledged.removeAll(load.keys());
        for (String key : unacknowledged) {
            Http.Answer retry = create(round, key).call().send();
            assertThat(retry.status()).as("retry of %s: %s", key, retry).isEqualTo(201);
        }
        ReliabilityReport.figure(PART, "bid-service killed: unacknowledged writes retried under their key", unacknowledged.size());
        assertThat(missing(all)).as("keys with no bid or more than one after the retries").isEmpty();
    }

    private static double secondsUntilReady(String service, long since) throws Exception {
        return Waiting.secondsUntil(since, Duration.ofSeconds(30), () -> {
            try {
                return Http.request("GET", LocalStack.management(service) + "/q/health/ready").timeout(Duration.ofSeconds(2))
                        .sendOrThrow().status() == 200;
            } catch (java.io.IOException e) {
                return false; // not yet
            }
        });
    }
}
