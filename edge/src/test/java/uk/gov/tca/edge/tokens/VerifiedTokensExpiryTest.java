package uk.gov.tca.edge.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** When a remembered token stops being answered from memory: at its exp, whatever the cache's own bounds. */
class VerifiedTokensExpiryTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-30T12:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final QuarkusSecurityIdentity identity = QuarkusSecurityIdentity.builder()
            .setPrincipal((Principal) () -> "council.user").addRole("bidder").build();

    @Test
    void aTokenIsAnsweredUntilItsExpiryAndNotAfter() {
        VerifiedTokens tokens = new VerifiedTokens(true, 100, Duration.ofMinutes(5), clock);
        long exp = now.get().plusSeconds(60).getEpochSecond();
        tokens.remember("header.payload.signature", identity, exp);

        now.set(now.get().plusSeconds(59));
        assertThat(tokens.identityFor("header.payload.signature", null)).hasValueSatisfying(found -> {
            assertThat(found.getPrincipal().getName()).isEqualTo("council.user");
            assertThat(found.getRoles()).containsExactly("bidder");
        });
        assertThat(tokens.identityFor("header.payload.signaturE", null)).isEmpty();

        now.set(now.get().plusSeconds(1));
        assertThat(tokens.identityFor("header.payload.signature", null)).as("at exp").isEmpty();
    }

    @Test
    void aTokenAlreadyExpiredIsNotRemembered() {
        VerifiedTokens tokens = new VerifiedTokens(true, 100, Duration.ofMinutes(5), clock);
        tokens.remember("old", identity, now.get().getEpochSecond());
        assertThat(tokens.identityFor("old", null)).isEmpty();
        assertThat(tokens.size()).isZero();
    }

    /** A stand-in request: only its identity matters here. */
    private static RoutingContext request() {
        return (RoutingContext) java.lang.reflect.Proxy.newProxyInstance(RoutingContext.class.getClassLoader(),
                new Class<?>[] {RoutingContext.class}, (proxy, method, args) -> method.getName().equals("hashCode")
                        ? System.identityHashCode(proxy) : method.getName().equals("equals") ? proxy == args[0] : null);
    }

    @Test
    void theRoutingContextOfTheFirstRequestIsNotLentToTheNext() {
        RoutingContext first = request();
        RoutingContext second = request();
        VerifiedTokens tokens = new VerifiedTokens(true, 100, Duration.ofMinutes(5), clock);
        tokens.remember("t", QuarkusSecurityIdentity.builder(identity).addAttribute("quarkus.http.routing.context", first)
                .build(), now.get().plusSeconds(60).getEpochSecond());
        assertThat(tokens.identityFor("t", second)).hasValueSatisfying(found ->
                assertThat((Object) found.getAttribute("quarkus.http.routing.context")).isSameAs(second));
    }
}
