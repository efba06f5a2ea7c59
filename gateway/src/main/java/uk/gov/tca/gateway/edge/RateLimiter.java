package uk.gov.tca.gateway.edge;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import uk.gov.tca.gateway.GatewayConfig;

/**
 * A token bucket per caller: {@code perSecond} requests on average, {@code burst} at once. Buckets of callers
 * gone quiet are dropped, so the memory held is bounded by the number of recent callers, not of all callers ever.
 * What a caller has left is told in every answer, as the IETF draft "RateLimit header fields for HTTP"
 * (draft-ietf-httpapi-ratelimit-headers) writes it: the policy is the bucket's size as the quota and the time an
 * empty bucket takes to fill as the window.
 */
@ApplicationScoped
public class RateLimiter {

    /** The name of the one policy, as the header fields give it. */
    public static final String POLICY = "default";

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterAccess(Duration.ofMinutes(10))
            .build();
    private final GatewayConfig.RateLimit limit;

    /**
     * What a caller's bucket held after a request: the requests it may still make at once, the whole seconds until
     * the bucket is full again, and — when this request was refused — the whole seconds until one more is let in.
     */
    public record Budget(long quota, long remaining, long resetSeconds, long retryAfterSeconds) {

        public boolean refused() {
            return retryAfterSeconds > 0;
        }
    }

    public RateLimiter(GatewayConfig config) {
        this.limit = config.rateLimit();
    }

    /** Takes one request from the caller's bucket; the budget says whether it was let in and what is left. */
    public Budget acquire(String caller) {
        ConsumptionProbe probe = buckets.get(caller, key -> newBucket()).tryConsumeAndReturnRemaining(1);
        long reset = seconds(probe.getNanosToWaitForReset());
        if (probe.isConsumed()) {
            return new Budget(limit.burst(), probe.getRemainingTokens(), reset, 0);
        }
        return new Budget(limit.burst(), 0, reset, Math.max(1, seconds(probe.getNanosToWaitForRefill())));
    }

    /** The caller's budget without taking anything from it: for an answer given before the rate limit applies. */
    public Budget peek(String caller) {
        Bucket bucket = buckets.getIfPresent(caller);
        long available = bucket == null ? limit.burst() : Math.max(0, bucket.getAvailableTokens());
        long missing = limit.burst() - available;
        return new Budget(limit.burst(), available, (missing + limit.perSecond() - 1) / limit.perSecond(), 0);
    }

    /** {@code "default";q=100;w=2}: the RateLimit-Policy field. */
    public String policy() {
        return "\"" + POLICY + "\";q=" + limit.burst() + ";w=" + window();
    }

    /** The whole seconds an empty bucket takes to fill. */
    public long window() {
        return Math.max(1, (limit.burst() + limit.perSecond() - 1) / limit.perSecond());
    }

    /** {@code "default";r=57;t=1}: the RateLimit field for a budget. */
    public static String field(Budget budget) {
        return "\"" + POLICY + "\";r=" + budget.remaining() + ";t=" + budget.resetSeconds();
    }

    private static long seconds(long nanos) {
        return Math.max(0, (nanos + 999_999_999L) / 1_000_000_000L);
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(limit.burst())
                        .refillGreedy(limit.perSecond(), Duration.ofSeconds(1))
                        .build())
                .build();
    }
}
