package uk.gov.tca.e2e.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.gov.tca.e2e.Keycloak;
import uk.gov.tca.e2e.LocalStack;

/**
 * Tokens that must not let anyone in, tried at the gateway and at every service directly (each validates the
 * token itself): unsigned, signed by another key, from another realm, for another audience, expired, roles
 * edited after signing — 401 every time; a bidder whose token names no organisation — 403. Each forgery is
 * made from a token that does get in, tried first, so a refusal is the forgery's doing.
 */
@ExtendWith({LocalStack.class, ReliabilityReport.class})
class TokenTests {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder UNB64 = Base64.getUrlDecoder();

    /** Where each token is tried: per entry, one read programme managers and integrators may both make. */
    private static final Map<String, String> ENTRIES = Map.of(
            "gateway", LocalStack.GATEWAY + "/api/rounds",
            "partner-service", LocalStack.PARTNER + "/organisations/GB-LAE-BAB",
            "bid-service", LocalStack.BID + "/rounds",
            "scoring-service", LocalStack.SCORING + "/exports/360giving?round=tca-2013-14");

    private int tried;
    private final List<String> wrong = new ArrayList<>();

    @Test
    void noForgedStaleOrMisdirectedTokenGetsIn() throws Exception {
        String manager = Keycloak.tokenFor("manager.dclg");
        String integrator = Keycloak.integratorToken();
        expectEverywhere("the manager's own token", manager, 200);
        expectEverywhere("the integrator's own token", integrator, 200);

        expectEverywhere("alg none, no signature", unsigned(manager), 401);
        expectEverywhere("signature changed", flipSignature(manager), 401);
        expectEverywhere("signed by another key with Keycloak's key id", resign(manager, payload(manager)), 401);
        ObjectNode elsewhere = payload(manager);
        elsewhere.put("iss", "https://login.example.invalid/realms/tca");
        expectEverywhere("issuer changed (re-signed by another key)", resign(manager, elsewhere), 401);
        expectEverywhere("Keycloak's own signature, but the master realm",
                KeycloakAdmin.token("master", "admin-cli", "admin", "admin"), 401);

        KeycloakAdmin.ensureIntegratorClient("e2e-other-audience", "e2e-secret", false, null);
        String otherAudience = KeycloakAdmin.clientToken("e2e-other-audience", "e2e-secret");
        assertThat(Keycloak.claims(otherAudience)).doesNotContain("tca-api").contains("integrator");
        expectEverywhere("an integrator's token for another audience", otherAudience, 401);

        KeycloakAdmin.ensureIntegratorClient("e2e-short-lived", "e2e-secret", true, 2);
        String shortLived = KeycloakAdmin.clientToken("e2e-short-lived", "e2e-secret");
        long expires = Http.JSON.readTree(Keycloak.claims(shortLived)).path("exp").asLong();
        Thread.sleep(Math.max(0, expires * 1000 - System.currentTimeMillis()) + 1500);
        expectEverywhere("expired", shortLived, 401);

        ObjectNode promoted = payload(Keycloak.tokenFor("bidder.babergh"));
        ((ArrayNode) promoted.with("realm_access").withArray("roles")).add("programme-manager");
        String tampered = String.join(".", part(manager, 0), B64.encodeToString(Http.JSON.writeValueAsBytes(promoted)),
                part(Keycloak.tokenFor("bidder.babergh"), 2));
        expectEverywhere("a bidder's roles edited to programme manager", tampered, 401);

        // a bidder whose token names no council: refused, not treated as a council of no name
        KeycloakAdmin.ensureUserWithoutOrganisation("e2e.noorg", "bidder");
        String noOrg = Keycloak.tokenFor("e2e.noorg");
        assertThat(Keycloak.claims(noOrg)).doesNotContain("\"org\"");
        for (String url : List.of(LocalStack.BID + "/bids", LocalStack.GATEWAY + "/api/bids", LocalStack.PARTNER + "/organisations",
                LocalStack.SCORING + "/assignments")) {
            expect("a bidder token without org", url, noOrg, 403);
        }
        Http.Answer create = Http.request("POST", LocalStack.BID + "/bids").token(noOrg).json(Map.of("title", "x")).send();
        record(create.status() == 403 && create.isProblem(), "a bidder token without org creating a bid: " + create);

        ReliabilityReport.figure("Tokens", "requests (8 with the genuine tokens the forgeries are made from)", tried);
        ReliabilityReport.figure("Tokens", "forged, expired, misdirected or incomplete tokens let in", wrong.size());
        assertThat(wrong).isEmpty();
    }

    private void expectEverywhere(String what, String token, int status) {
        ENTRIES.forEach((entry, url) -> expect(what + " at " + entry, url, token, status));
    }

    /** 200 means "let in": past the token check, whatever the data then says (a 404 for a round not yet published). */
    private void expect(String what, String url, String token, int status) {
        Http.Answer answer = Http.request("GET", url).token(token).send();
        boolean ok = status == 200 ? answer.status() != 401 && answer.status() != 403 && answer.status() < 500
                : answer.status() == status && answer.isProblem();
        record(ok, what + " (" + url + "): expected " + status + ", got " + answer);
    }

    private void record(boolean ok, String what) {
        tried++;
        if (!ok) {
            wrong.add(what);
        }
    }

    private static String part(String token, int i) {
        return token.split("\\.")[i];
    }

    private static ObjectNode payload(String token) throws Exception {
        return (ObjectNode) Http.JSON.readTree(UNB64.decode(part(token, 1)));
    }

    private static String unsigned(String token) throws Exception {
        String header = B64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        return header + "." + part(token, 1) + ".";
    }

    private static String flipSignature(String token) {
        byte[] signature = UNB64.decode(part(token, 2));
        signature[signature.length / 2] ^= 0x01;
        return part(token, 0) + "." + part(token, 1) + "." + B64.encodeToString(signature);
    }

    /** The payload signed RS256 by a key of our own, under the header (and key id) of the real token. */
    private static String resign(String token, ObjectNode payload) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        String signingInput = part(token, 0) + "." + B64.encodeToString(Http.JSON.writeValueAsBytes(payload));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(pair.getPrivate());
        rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + B64.encodeToString(rsa.sign());
    }
}
