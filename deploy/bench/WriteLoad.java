import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The write benchmark: each of a fixed number of workers creates a bid and submits it, again and again, for a
 * bounded time (and at most a bounded number of bids), on loopback only. Prints one line:
 * {@code bids=<n> per_second=<x> p50_ms=<x> p99_ms=<x> errors=<n>}, where a latency is one create + submit.
 * Run with the JDK's source launcher: java WriteLoad.java BASE_URL TOKEN ROUND WORKERS SECONDS MAX_BIDS
 * Mid Suffolk is named as a partner, which needs no confirmation of its own: a co-applicant would have to confirm
 * before each submission, a third request by another council's bidder.
 */
public class WriteLoad {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        if (!"127.0.0.1".equals(base.getHost()) && !"localhost".equals(base.getHost())) {
            throw new IllegalArgumentException("loopback only: " + base);
        }
        String token = args[1];
        String round = args[2];
        int workers = Integer.parseInt(args[3]);
        long until = System.nanoTime() + Duration.ofSeconds(Long.parseLong(args[4])).toNanos();
        int maxBids = Integer.parseInt(args[5]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        String body = """
                {"roundId": "%s", "title": "Benchmark bid: shared services for two councils",
                 "awardType": "AUTHORITY_AWARD",
                 "amountSought": {"amount": 250000, "asWritten": "£250,000", "qualifier": "EXACT", "basis": "TOTAL_FOR_PERIOD"},
                 "participants": [{"organisationId": "GB-LAE-BAB", "roles": ["LEAD", "ACCOUNTABLE_BODY"]},
                                  {"organisationId": "GB-LAE-MSU", "roles": ["PARTNER"]}],
                 "narrative": {"full-description": "One integrated workforce with shared systems and one management team."},
                 "costLines": [{"activity": "Shared ICT platform", "period": {"financialYear": "2026/27"},
                                "amount": {"amount": 150000, "asWritten": "£150,000", "qualifier": "EXACT"}, "fundedBy": "AWARD"},
                               {"activity": "Organisational change", "period": {"financialYear": "2027/28"},
                                "amount": {"amount": 100000, "asWritten": "£100,000", "qualifier": "EXACT"}, "fundedBy": "AWARD"}],
                 "benefitLines": [{"description": "Reduced management costs", "type": "CASHABLE_SAVING",
                                   "period": {"financialYear": "2027/28"},
                                   "amount": {"amount": 260000, "asWritten": "£260,000", "qualifier": "EXACT"}}]}
                """.formatted(round);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.atomic.AtomicInteger errors = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger started = new java.util.concurrent.atomic.AtomicInteger();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            done.add(pool.submit(() -> {
                while (System.nanoTime() < until && started.incrementAndGet() <= maxBids) {
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> created = http.send(HttpRequest.newBuilder(base.resolve("/api/bids"))
                                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                                .header("Idempotency-Key", UUID.randomUUID().toString())
                                .timeout(Duration.ofSeconds(30))
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                        Matcher id = ID.matcher(created.body());
                        if (created.statusCode() != 201 || !id.find()) {
                            errors.incrementAndGet();
                            continue;
                        }
                        HttpResponse<String> submitted = http.send(HttpRequest.newBuilder(
                                        base.resolve("/api/bids/" + id.group(1) + "/submission"))
                                .header("Authorization", "Bearer " + token)
                                .header("Idempotency-Key", UUID.randomUUID().toString())
                                .timeout(Duration.ofSeconds(30))
                                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
                        if (submitted.statusCode() != 200) {
                            errors.incrementAndGet();
                            continue;
                        }
                        latencies.add(System.nanoTime() - t0);
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf(java.util.Locale.ROOT, "bids=%d per_second=%.1f p50_ms=%.1f p99_ms=%.1f errors=%d%n",
                sorted.size(), sorted.size() / seconds, percentile(sorted, 0.50), percentile(sorted, 0.99), errors.get());
    }

    private static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1e6;
    }
}
