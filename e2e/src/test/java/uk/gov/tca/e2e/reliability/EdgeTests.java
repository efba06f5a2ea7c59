package uk.gov.tca.e2e.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.gov.tca.e2e.LocalStack;
import uk.gov.tca.e2e.Rounds;

/**
 * The edges of the HTTP surface: operational pages only on the management interface, metrics labelled by route
 * template; paging and numbers that cannot overflow what stores them; bodies that stall answered 408 without
 * holding a connection, so that a hundred of them cannot starve honest callers; and the HTTP layer's own
 * refusals (414, 431, a malformed header, an oversized chunked body) as problem documents like every other error.
 */
@ExtendWith({LocalStack.class, ReliabilityReport.class})
class EdgeTests {

    private static final List<String> PUBLIC = List.of(LocalStack.GATEWAY, LocalStack.PARTNER, LocalStack.BID, LocalStack.SCORING);
    private static final List<String> MANAGEMENT = List.of(LocalStack.GATEWAY_MANAGEMENT, LocalStack.PARTNER_MANAGEMENT,
            LocalStack.BID_MANAGEMENT, LocalStack.SCORING_MANAGEMENT);

    @Test
    void operationalPagesAnswerOnlyOnTheManagementInterfaceAndLabelRoutesByTemplate() throws Exception {
        int exposed = 0;
        for (String base : PUBLIC) {
            for (String page : List.of("/q/metrics", "/q/health", "/q/health/ready", "/q/health/live")) {
                Http.Answer answer = Http.request("GET", base + page).send();
                if (answer.status() < 300) {
                    exposed++;
                }
                assertThat(answer.status()).as("%s%s on the public port: %s", base, page, answer).isEqualTo(404);
            }
        }
        for (String sneaky : List.of("/api/bids/%2e%2e/%2e%2e/q/metrics", "/api/%2e%2e/q/metrics", "/api/bids/..%2F..%2Fq%2Fmetrics")) {
            Http.Answer answer = Fixture.as(Caller.MANAGER, "GET", LocalStack.GATEWAY + sneaky).send();
            if (answer.body().contains("http_server_requests")) {
                exposed++;
            }
            assertThat(answer.body()).as("%s", sneaky).doesNotContain("http_server_requests");
        }
        for (String base : MANAGEMENT) {
            assertThat(Http.request("GET", base + "/q/health/ready").send().status()).as("%s ready", base).isEqualTo(200);
        }
        String bid = Fixture.world().submitted;
        Fixture.expect(200, Fixture.as(Caller.MANAGER, "GET", LocalStack.GATEWAY + "/api/bids/" + bid).send());
        Fixture.expect(200, Fixture.as(Caller.MANAGER, "GET", LocalStack.BID + "/bids/" + bid).send());
        String gatewayMetrics = Http.request("GET", LocalStack.GATEWAY_MANAGEMENT + "/q/metrics").send().body();
        String bidMetrics = Http.request("GET", LocalStack.BID_MANAGEMENT + "/q/metrics").send().body();
        assertThat(gatewayMetrics).contains("uri=\"/api/bids/{id}\"").doesNotContain(bid);
        assertThat(bidMetrics).contains("uri=\"/bids/{id}\"").doesNotContain(bid);
        ReliabilityReport.figure("Edges", "operational pages answered on a public port", exposed);
    }

    @Test
    void pagesBeyondTheRangeOfAnOffsetAndDigitsOutsideAsciiAreRefused() throws Exception {
        int refused = 0;
        List<String> lists = List.of("/bids", "/rounds", "/organisations", "/collaborations", "/assignments", "/assessments",
                "/assessors");
        for (String list : lists) {
            for (String query : List.of("page=107374183&size=200", "page=2147483647", "page=%D9%A1", "size=%D9%A2%D9%A0",
                    "page=%EF%BC%91")) {
                for (String base : List.of(ownerOf(list), LocalStack.GATEWAY + "/api")) {
                    Http.Answer answer = Fixture.as(Caller.MANAGER, "GET", base + list + "?" + query).send();
                    assertThat(answer.status()).as("GET %s%s?%s: %s", base, list, query, answer).isEqualTo(400);
                    assertThat(answer.isProblem()).isTrue();
                    assertThat(answer.body()).containsAnyOf("\"page\"", "\"size\"");
                    refused++;
                }
            }
        }
        Http.Answer feed = Fixture.as(Caller.INTEGRATOR, "GET", LocalStack.BID + "/feed?limit=%D9%A1%D9%A0").send();
        assertThat(feed.status()).as("%s", feed).isEqualTo(400);
        ReliabilityReport.figure("Edges", "paged reads beyond an offset's range or with non-ASCII digits, refused with 400", refused);
    }

    @Test
    void aNumberLargerThanItsColumnIsA400NotA500() throws Exception {
        String round = Fixture.world().decidedRound;
        for (String base : List.of(LocalStack.SCORING, LocalStack.GATEWAY + "/api")) {
            Http.Answer answer = Fixture.as(Caller.MANAGER, "POST", base + "/decisions/" + round)
                    .json(Map.of("mode", "WHOLE_AWARDS_ONLY", "budget", 99999999999999L)).send();
            assertThat(answer.status()).as("%s", answer).isEqualTo(400);
            assertThat(answer.body()).contains("budget");
        }
    }

    @Test
    void aBodyThatStallsIsAnswered408AndAHundredOfThemDoNotStarveHonestCallers() throws Exception {
        String stalling = Caller.BIDDER_OTHER.token();
        // one stalled body at each part, from a caller allowed to send it: 408 problem+json and the connection closed
        for (String base : PUBLIC) {
            boolean bids = base.equals(LocalStack.GATEWAY) || base.equals(LocalStack.BID);
            String path = base.equals(LocalStack.GATEWAY) ? "/api/bids" : base.equals(LocalStack.PARTNER) ? "/organisations"
                    : base.equals(LocalStack.BID) ? "/bids" : "/assignments";
            try (RawHttp raw = RawHttp.open(base)) {
                long t0 = System.nanoTime();
                raw.send(stalledPost(base, path, bids ? stalling : Caller.MANAGER.token()));
                RawHttp.Reply reply = raw.read(20_000);
                double seconds = (System.nanoTime() - t0) / 1e9;
                assertThat(reply.status()).as("a stalled body at %s after %.1f s: %s", base, seconds, reply).isEqualTo(408);
                assertThat(reply.isProblem()).isTrue();
                assertThat(seconds).isLessThan(15);
                assertThat(raw.closedWithin(5_000)).as("the stalled connection is closed").isTrue();
            }
        }

        // a hundred at once at the gateway, while honest callers go on
        List<RawHttp> stalled = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            RawHttp raw = RawHttp.open(LocalStack.GATEWAY);
            raw.send(stalledPost(LocalStack.GATEWAY, "/api/bids", stalling));
            stalled.add(raw);
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<long[]>> honest = new ArrayList<>();
        String round = Fixture.world().round;
        for (int i = 0; i < 40; i++) {
            int n = i;
            honest.add(pool.submit(() -> {
                long t0 = System.nanoTime();
                Http.Answer answer = n % 2 == 0
                        ? Fixture.as(Caller.INTEGRATOR, "GET", LocalStack.GATEWAY + "/api/rounds").send()
                        : Fixture.as(Caller.BIDDER_OWN, "POST", LocalStack.GATEWAY + "/api/bids").json(Rounds.bid(round,
                                "Babergh: honest while others stall " + n, List.of(Map.of("organisationId", "GB-LAE-BAB",
                                        "roles", List.of("LEAD", "ACCOUNTABLE_BODY"))))).send();
                return new long[] {answer.status(), (System.nanoTime() - t0) / 1_000_000};
            }));
        }
        List<Long> millis = new ArrayList<>();
        int honestOk = 0;
        for (Future<long[]> f : honest) {
            long[] r = f.get(60, TimeUnit.SECONDS);
            if (r[0] == 200 || r[0] == 201) {
                honestOk++;
            }
            millis.add(r[1]);
        }
        pool.shutdown();
        int answered408 = 0;
        for (RawHttp raw : stalled) {
            RawHttp.Reply reply = raw.read(20_000);
            if (reply.status() == 408) {
                answered408++;
            }
            raw.close();
        }
        Collections.sort(millis);
        ReliabilityReport.figure("Edges", "stalled bodies held open at the gateway at once", stalled.size());
        ReliabilityReport.figure("Edges", "of them answered 408", answered408);
        ReliabilityReport.figure("Edges", "honest requests meanwhile answered 2xx", honestOk + " of " + honest.size());
        ReliabilityReport.figure("Edges", "honest requests meanwhile: median / slowest ms",
                millis.get(millis.size() / 2) + " / " + millis.get(millis.size() - 1));
        assertThat(honestOk).isEqualTo(honest.size());
        assertThat(millis.get(millis.size() - 1)).as("slowest honest request, ms").isLessThan(10_000);
        assertThat(answered408).isEqualTo(stalled.size());
    }

    @Test
    void theHttpLayersOwnRefusalsAreProblemDocuments() throws Exception {
        int problems = 0;
        int tried = 0;
        int bare = 0;
        for (String base : PUBLIC) {
            String host = "Host: " + base.substring("http://".length()) + "\r\n";
            Map<String, String> requests = Map.of(
                    "414 URI too long", "GET /bids?q=" + "x".repeat(20_000) + " HTTP/1.1\r\n" + host + "\r\n",
                    "431 header too large", "GET /rounds HTTP/1.1\r\n" + host + "X-Padding: " + "y".repeat(20_000) + "\r\n\r\n");
            for (Map.Entry<String, String> r : requests.entrySet()) {
                try (RawHttp raw = RawHttp.open(base)) {
                    RawHttp.Reply reply = raw.send(r.getValue()).read(10_000);
                    tried++;
                    int expected = Integer.parseInt(r.getKey().substring(0, 3));
                    assertThat(reply.status()).as("%s at %s: %s", r.getKey(), base, reply).isEqualTo(expected);
                    assertThat(reply.isProblem()).as("%s at %s: %s", r.getKey(), base, reply).isTrue();
                    assertThat(reply.body()).contains("\"status\":" + expected);
                    problems++;
                }
            }
            // a header line the HTTP codec cannot parse never reaches the router: Vert.x refuses it itself, with no
            // body, and Quarkus 3.30 gives no hook for that answer (quarkusio/quarkus#55082). It is refused and the
            // connection closed: nothing of it reaches a service.
            try (RawHttp raw = RawHttp.open(base)) {
                RawHttp.Reply reply = raw.send("GET /rounds HTTP/1.1\r\n" + host + "This line has no colon\r\n\r\n").read(10_000);
                assertThat(reply.status()).as("a malformed header line at %s: %s", base, reply).isEqualTo(400);
                assertThat(raw.closedWithin(5_000)).isTrue();
                if (!reply.isProblem()) {
                    bare++;
                }
            }
        }
        // a chunked body past a service's limit: the service stops reading and says why
        for (String base : List.of(LocalStack.BID, LocalStack.PARTNER, LocalStack.SCORING, LocalStack.GATEWAY)) {
            String path = base.equals(LocalStack.GATEWAY) ? "/api/bids" : base.equals(LocalStack.BID) ? "/bids"
                    : base.equals(LocalStack.PARTNER) ? "/organisations" : "/assignments";
            try (RawHttp raw = RawHttp.open(base)) {
                String caller = path.endsWith("/bids") ? Caller.BIDDER_OWN.token() : Caller.MANAGER.token();
                raw.send("POST " + path + " HTTP/1.1\r\nHost: " + base.substring(7) + "\r\nAuthorization: Bearer "
                        + caller + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
                byte[] chunk = ("100000\r\n" + "z".repeat(0x100000) + "\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                try {
                    for (int i = 0; i < 3; i++) {
                        raw.send(chunk);
                    }
                    raw.send("0\r\n\r\n");
                } catch (java.io.IOException closedOnUs) {
                    // the server may close as soon as it has answered
                }
                RawHttp.Reply reply = raw.read(15_000);
                tried++;
                assertThat(reply.status()).as("an oversized chunked body at %s: %s", base, reply).isEqualTo(413);
                assertThat(reply.isProblem()).as("%s", reply).isTrue();
                problems++;
            }
        }
        ReliabilityReport.figure("Edges", "HTTP-layer refusals (414, 431, oversized chunked body) tried", tried);
        ReliabilityReport.figure("Edges", "of them problem documents", problems);
        ReliabilityReport.figure("Edges", "malformed header lines refused by Vert.x's codec without a body (no hook in Quarkus 3.30)",
                bare + " of " + PUBLIC.size());
    }

    private static String stalledPost(String base, String path, String token) {
        return "POST " + path + " HTTP/1.1\r\nHost: " + base.substring("http://".length()) + "\r\nAuthorization: Bearer " + token
                + "\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"title\":";
    }

    private static String ownerOf(String list) {
        return switch (list) {
            case "/bids", "/rounds" -> LocalStack.BID;
            case "/organisations", "/collaborations" -> LocalStack.PARTNER;
            default -> LocalStack.SCORING;
        };
    }
}
