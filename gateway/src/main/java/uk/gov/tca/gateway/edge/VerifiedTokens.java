package uk.gov.tca.gateway.edge;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import uk.gov.tca.gateway.GatewayConfig;

/**
 * Bearer tokens the gateway has already verified, with the identity they gave, until they expire. A client
 * sends the same access token with every request for its lifetime, and verifying it again each time (parsing,
 * the RSA signature, the claims) was most of the gateway's work per request (deploy/bench step 1). A token is
 * remembered only once Quarkus OIDC accepted it, by the SHA-256 of its text, and never past its {@code exp};
 * every service still verifies it in full.
 */
@ApplicationScoped
public class VerifiedTokens {

    /** Marks an identity served from here, so that it is not remembered again. */
    static final String FROM_CACHE = "uk.gov.tca.gateway.verified-token";

    private record Verified(SecurityIdentity identity, long expiresAtMillis) {
    }

    private final Cache<String, Verified> cache;
    private final Clock clock;

    @Inject
    public VerifiedTokens(GatewayConfig config, MeterRegistry registry) {
        this(config.verifiedTokens().maxSize(), config.verifiedTokens().maxAge(), Clock.systemUTC());
        // cache_gets_total{cache="gateway.verified-tokens",result="hit|miss"}: how often a verification was saved
        CaffeineCacheMetrics.monitor(registry, cache, "gateway.verified-tokens");
    }

    VerifiedTokens(long maxSize, Duration maxAge, Clock clock) {
        this.clock = clock;
        this.cache = Caffeine.newBuilder().maximumSize(maxSize).expireAfter(new Expiry<String, Verified>() {
            @Override
            public long expireAfterCreate(String key, Verified value, long currentTime) {
                long untilExpiry = Math.max(0, value.expiresAtMillis() - clock.millis());
                return Duration.ofMillis(Math.min(untilExpiry, maxAge.toMillis())).toNanos();
            }

            @Override
            public long expireAfterUpdate(String key, Verified value, long currentTime, long currentDuration) {
                return expireAfterCreate(key, value, currentTime);
            }

            @Override
            public long expireAfterRead(String key, Verified value, long currentTime, long currentDuration) {
                return currentDuration;
            }
        }).recordStats().build();
    }

    /** The identity this token gave when it was verified, for this request, while the token is unexpired. */
    Optional<SecurityIdentity> identityFor(String token, RoutingContext request) {
        Verified verified = cache.getIfPresent(key(token));
        // the cache's own expiry is lazy; the token's exp is checked on every use
        if (verified == null || clock.millis() >= verified.expiresAtMillis()) {
            return Optional.empty();
        }
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder(verified.identity())
                .addAttribute(FROM_CACHE, Boolean.TRUE);
        // the identity of the first request carried that request's routing context: give it this one's
        for (Map.Entry<String, Object> attribute : verified.identity().getAttributes().entrySet()) {
            if (attribute.getValue() instanceof RoutingContext) {
                identity.addAttribute(attribute.getKey(), request);
            }
        }
        return Optional.of(identity.build());
    }

    /** Remembers a token Quarkus OIDC has just accepted, until {@code expiresAtSeconds} (its exp claim). */
    void remember(String token, SecurityIdentity identity, long expiresAtSeconds) {
        long expiresAt = expiresAtSeconds * 1000;
        if (expiresAt > clock.millis()) {
            cache.put(key(token), new Verified(identity, expiresAt));
        }
    }

    /** Requests answered from memory so far. */
    long hits() {
        return cache.stats().hitCount();
    }

    long size() {
        cache.cleanUp();
        return cache.estimatedSize();
    }

    private static String key(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
