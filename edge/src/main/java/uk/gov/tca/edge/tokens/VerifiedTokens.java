package uk.gov.tca.edge.tokens;

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

/**
 * Bearer tokens already verified, with the identity they gave, until they expire. A client sends the same
 * access token with every request for its lifetime, and verifying it again each time (parsing, the RSA
 * signature, the claims, the roles) was the largest part of the CPU a simple read cost, at the gateway and at
 * each service alike (deploy/bench step 1). A token is remembered only once Quarkus OIDC has accepted it, by
 * the SHA-256 of its text (a token altered anywhere is verified afresh), and is never answered from memory at
 * or after its {@code exp}.
 */
@ApplicationScoped
public class VerifiedTokens {

    /** Marks an identity answered from memory, so that it is not remembered again. */
    static final String FROM_MEMORY = "uk.gov.tca.edge.tokens.remembered";

    private record Verified(SecurityIdentity identity, long expiresAtMillis) {
    }

    private final Cache<String, Verified> cache;
    private final Clock clock;
    private final boolean enabled;

    @Inject
    public VerifiedTokens(TokenCacheConfig config, MeterRegistry registry) {
        this(config.enabled(), config.maxSize(), config.maxAge(), Clock.systemUTC());
        // cache_gets_total{cache="verified-tokens",result="hit|miss"}: how many verifications were saved
        CaffeineCacheMetrics.monitor(registry, cache, "verified-tokens");
    }

    VerifiedTokens(boolean enabled, long maxSize, Duration maxAge, Clock clock) {
        this.enabled = enabled;
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
        if (!enabled) {
            return Optional.empty();
        }
        Verified verified = cache.getIfPresent(key(token));
        // the cache forgets lazily; the token's exp is checked on every use
        if (verified == null || clock.millis() >= verified.expiresAtMillis()) {
            return Optional.empty();
        }
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder(verified.identity())
                .addAttribute(FROM_MEMORY, Boolean.TRUE);
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
        if (enabled && expiresAt > clock.millis()) {
            cache.put(key(token), new Verified(identity, expiresAt));
        }
    }

    /** Requests answered from memory so far. */
    public long hits() {
        return cache.stats().hitCount();
    }

    /** Tokens remembered now. */
    public long size() {
        cache.cleanUp();
        return cache.estimatedSize();
    }

    /** A digest per thread: looking one up by name on every request cost as much as the hashing. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    });

    private static String key(String token) {
        // digest() resets the digest for the next use
        return HexFormat.of().formatHex(SHA_256.get().digest(token.getBytes(StandardCharsets.US_ASCII)));
    }
}
