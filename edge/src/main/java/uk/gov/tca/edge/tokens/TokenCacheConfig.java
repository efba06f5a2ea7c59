package uk.gov.tca.edge.tokens;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Bearer tokens verified once and remembered until they expire (see {@link VerifiedTokens}). */
@ConfigMapping(prefix = "tca.verified-tokens")
public interface TokenCacheConfig {

    /** Off: every request's token is verified in full, as Quarkus OIDC does on its own. */
    @WithDefault("true")
    boolean enabled();

    /** Tokens remembered at most; the least used are forgotten first. */
    @WithDefault("10000")
    long maxSize();

    /** How long a token is remembered at most, however long it lives. */
    @WithDefault("5M")
    Duration maxAge();
}
