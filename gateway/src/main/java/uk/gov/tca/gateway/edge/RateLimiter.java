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
 */
@ApplicationScoped
public class RateLimiter {

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterAccess(Duration.ofMinutes(10))
            .build();
    private final GatewayConfig.RateLimit limit;

    public RateLimiter(GatewayConfig config) {
        this.limit = config.rateLimit();
    }

    /** Takes one request from the caller's bucket: empty means go on, a value is the seconds to wait. */
    public java.util.OptionalLong tryAcquire(String caller) {
        ConsumptionProbe probe = buckets.get(caller, key -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return java.util.OptionalLong.empty();
        }
        long nanos = probe.getNanosToWaitForRefill();
        return java.util.OptionalLong.of(Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L));
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
