package uk.gov.tca.e2e.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.gov.tca.e2e.LocalStack;

/**
 * The authorization matrix: every operation of every service's spec, tried by every kind of caller, directly on
 * the service (each validates the token itself) and through the gateway, against the expected answer of
 * {@link AccessRules}. Beyond the status: a refusal is a problem document, an allowed answer to a caller from
 * another council or an assessor not on the bid names none of the fixture's bids, an integrator's names no
 * draft, and nothing a bidder reads carries a score or an assessor.
 */
@ExtendWith({LocalStack.class, ReliabilityReport.class})
class AuthorizationMatrixTests {

    @Test
    void everyOperationOfEveryServiceHasARule() {
        Set<String> ruled = AccessRules.all().stream().map(r -> r.service + " " + r.key).collect(Collectors.toCollection(TreeSet::new));
        Set<String> specified = ApiOperations.all().stream().map(o -> o.service() + " " + o.key())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(specified).as("the specs were read").hasSizeGreaterThan(60);
        Set<String> withoutRule = new TreeSet<>(specified);
        withoutRule.removeAll(ruled);
        Set<String> withoutOperation = new TreeSet<>(ruled);
        withoutOperation.removeAll(specified);
        assertThat(withoutRule).as("operations in the specs without an access rule").isEmpty();
        assertThat(withoutOperation).as("rules for operations no spec has").isEmpty();
    }

    @Test
    void everyCallerGetsWhatTheSecurityModelSays() throws Exception {
        Fixture f = Fixture.world();
        List<String> wrong = new ArrayList<>();
        int requests = 0;
        int leaks = 0;
        int changes = 0;
        int audited = 0;
        for (AccessRule rule : AccessRules.all()) {
            // refusals first: a refused request must leave the target as it is for the caller who may change it
            List<Caller> callers = Arrays.stream(Caller.values())
                    .sorted(Comparator.comparing(c -> rule.expected(c) < 300)).toList();
            for (Caller caller : callers) {
                int expected = rule.expected(caller);
                if (expected < 0) {
                    continue;
                }
                boolean viaGatewayToo = !rule.changesState() || expected >= 300;
                for (String base : viaGatewayToo ? List.of(rule.service.url, LocalStack.GATEWAY + "/api") : List.of(rule.service.url)) {
                    Http.Call call = Http.request(rule.method, base + rule.path(f)).token(caller.token());
                    Object body = rule.body(f);
                    if (body != null) {
                        call.json(body);
                    }
                    // after the body, so a rule's own Content-Type (a merge patch) is the one sent
                    rule.headers.forEach(call::header);
                    String database = rule.service.database;
                    long lastAudit = Databases.count(database, "SELECT coalesce(max(id), 0) FROM audit_record");
                    Http.Answer answer = call.send();
                    requests++;
                    if (rule.changesState()) {
                        long recorded = Databases.count(database, "SELECT count(*) FROM audit_record WHERE id > ? AND actor = ?",
                                lastAudit, caller.username == null ? "" : caller.username);
                        if (rule.changed(answer)) {
                            changes++;
                            if (recorded == 0) {
                                wrong.add(rule.service + " " + rule.key + " as " + caller + ": a change without its audit record");
                            } else {
                                audited++;
                            }
                        } else if (answer.status() >= 300 && recorded > 0) {
                            wrong.add(rule.service + " " + rule.key + " as " + caller + ": refused, yet audited as a change");
                        }
                    }
                    String where = rule.service + " " + rule.key + " as " + caller + (base.startsWith(LocalStack.GATEWAY) ? " via gateway" : "")
                            + " (" + rule.path(f) + ")";
                    if (answer.status() != expected) {
                        wrong.add(where + ": expected " + expected + ", got " + answer);
                        if (answer.status() < 300 && expected >= 400) {
                            leaks++;
                        }
                        continue;
                    }
                    if (expected >= 400 && !answer.isProblem()) {
                        wrong.add(where + ": refusal is not problem+json: " + answer);
                    }
                    if (expected < 300) {
                        String leak = leakIn(rule, caller, answer, f);
                        if (leak != null) {
                            leaks++;
                            wrong.add(where + ": " + leak);
                        }
                    }
                }
            }
        }
        ReliabilityReport.figure("Authorization matrix", "requests (operations × callers, direct and through the gateway)", requests);
        ReliabilityReport.figure("Authorization matrix", "answers other than the rule's", wrong.size());
        ReliabilityReport.figure("Authorization matrix", "leaks (another's data, a score to a bidder, a draft to an integrator)", leaks);
        ReliabilityReport.figure("Audit", "state changes made by the authorization matrix / with their audit record (who, what, when)",
                changes + " / " + audited);
        assertThat(wrong).as("answers that break the security model").isEmpty();
        assertThat(requests).isGreaterThan(900);
    }

    /** What an allowed answer must not contain for this caller, or null. */
    private static String leakIn(AccessRule rule, Caller caller, Http.Answer answer, Fixture f) {
        List<String> babergh = List.of(f.submitted, f.draft, f.toSubmit, f.toWithdraw, f.toReturn, f.forDecline, f.forAssignment);
        if (!rule.mentionsTheBid && (caller == Caller.BIDDER_OTHER || caller == Caller.ASSESSOR_UNASSIGNED
                || caller == Caller.ASSESSOR_CONFLICTED)) {
            for (String id : babergh) {
                if (answer.body().contains(id)) {
                    return "names Babergh's bid " + id;
                }
            }
        }
        // another funder's manager reads lists (bids, assignments, assessments, schemes): none of them names a bid
        // of DCLG's round, and what is public (the feed, the 360Giving export) names no draft
        if (caller == Caller.FUNDER_OTHER && !rule.mentionsTheBid) {
            for (String id : babergh) {
                if (answer.body().contains(id)) {
                    return "names Babergh's bid " + id + " to another funder";
                }
            }
        }
        if (caller == Caller.INTEGRATOR || caller == Caller.FUNDER_OTHER) {
            for (String id : List.of(f.draft)) {
                if (answer.body().contains(id)) {
                    return "names the draft " + id;
                }
            }
        }
        if ((caller == Caller.BIDDER_OWN || caller == Caller.BIDDER_OTHER) && rule.service != ApiOperations.Service.PARTNER
                && answer.body().startsWith("{")) {
            String field = fieldNamed(answer.json(), "score", "assessor", "moderat");
            if (field != null) {
                return "shows a bidder the field " + field;
            }
        }
        return null;
    }

    private static String fieldNamed(JsonNode node, String... fragments) {
        if (node.isObject()) {
            for (var it = node.fields(); it.hasNext();) {
                var e = it.next();
                String name = e.getKey().toLowerCase(java.util.Locale.ROOT);
                for (String fragment : fragments) {
                    if (name.contains(fragment)) {
                        return e.getKey();
                    }
                }
                String inner = fieldNamed(e.getValue(), fragments);
                if (inner != null) {
                    return e.getKey() + "." + inner;
                }
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                String inner = fieldNamed(item, fragments);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }
}
