package uk.gov.tca.e2e.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.gov.tca.e2e.LocalStack;
import uk.gov.tca.e2e.reliability.ApiOperations.Operation;

/**
 * Hostile requests to every operation of every service, generated from the committed specs: hostile ids in every
 * path, hostile values in every query parameter, and {@link Mutations} of every request body, each sent as a
 * caller the operation allows to the fixture's real targets. Every one must be answered 4xx with a problem
 * document, never 5xx, and the three databases must be as they were when it is over.
 */
@ExtendWith({LocalStack.class, ReliabilityReport.class})
class HostileInputTests {

    /** Path ids: traversal (raw and encoded), injection, markup, the over-long and the non-printing. */
    private static final List<String> HOSTILE_IDS = List.of("..%2F..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
            "%252e%252e%252f", "%27%20OR%20%271%27%3D%271", "1%3BDROP%20TABLE%20bid", "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            "a".repeat(1000), "%00", "%C0%AE%C0%AE", "%FF%FE", "%E2%80%AE", "-1", "99999999999999999999999");

    /** The exceptions to "a client never sets this": ids a manager chooses, and when a paper bid arrived. */
    private static final Map<String, Set<String>> SETTABLE_BY_DESIGN = Map.ofEntries(
            Map.entry("POST /rounds", Set.of("id")),
            Map.entry("POST /collaborations", Set.of("id")), Map.entry("POST /bids/imports", Set.of("submittedAt")),
            // an update may repeat the id of what it updates; one that names another is refused
            Map.entry("PUT /rounds/{id}", Set.of("id")), Map.entry("PUT /collaborations/{id}", Set.of("id")),
            // an organisation's status is register data (active, abolished, merged) the register's keeper records
            Map.entry("PUT /organisations/{id}", Set.of("id", "status")), Map.entry("POST /organisations", Set.of("id", "status")),
            Map.entry("POST /bids/{id}/decision", Set.of("outcome")),
            Map.entry("PUT /decisions/{roundId}/lines/{bidId}", Set.of("outcome")),
            Map.entry("POST /moderations/{bidId}", Set.of("score")), Map.entry("POST /assignments", Set.of("assessor")),
            Map.entry("PUT /assessments/{id}", Set.of("scores")), Map.entry("POST /assessments", Set.of("scores")),
            // a merge patch is the full replacement's fields, each optional: what PUT may set, PATCH may
            Map.entry("PATCH /rounds/{id}", Set.of("id")), Map.entry("PATCH /collaborations/{id}", Set.of("id")),
            Map.entry("PATCH /organisations/{id}", Set.of("id", "status")),
            Map.entry("PATCH /assessments/{id}", Set.of("scores")));

    private int tried;
    private final List<String> wrong = new ArrayList<>();
    private int serverErrors;
    private int notProblems;
    private int harmlessReads;

    @Test
    void hostileRequestsToEveryOperationAreRefusedAndChangeNothing() throws Exception {
        Fixture f = Fixture.world();
        Map<String, String> before = Databases.settledFingerprint();
        List<String> holes = new ArrayList<>();
        for (Operation op : ApiOperations.all()) {
            AccessRule rule = AccessRules.all().stream().filter(r -> r.service == op.service() && r.key.equals(op.key()))
                    .findFirst().orElseThrow();
            Caller caller = allowed(rule);
            String target = rule.path(f);
            String path = target.contains("?") ? target.substring(0, target.indexOf('?')) : target;
            String query = target.contains("?") ? target.substring(target.indexOf('?') + 1) : "";

            // hostile ids, one path parameter at a time
            String[] template = op.path().split("/");
            String[] concrete = path.split("/");
            for (int i = 0; i < template.length; i++) {
                if (template[i].startsWith("{")) {
                    for (String id : HOSTILE_IDS) {
                        String[] segments = concrete.clone();
                        segments[i] = id;
                        send(op, caller, rule, String.join("/", segments) + (query.isEmpty() ? "" : "?" + query),
                                rule.body(f) == null ? null : Http.JSON.valueToTree(rule.body(f)), "path id " + id, 0);
                    }
                }
            }
            // hostile query values, one parameter at a time (reads only: a write's query is its target)
            for (JsonNode parameter : op.parameters()) {
                if (!parameter.path("in").asText().equals("query")) {
                    continue;
                }
                String name = parameter.path("name").asText();
                String type = Schemas.type(parameter.path("schema"));
                for (String value : List.of("' OR '1'='1", "<script>alert(1)</script>", "x".repeat(3000), "\u0000", "-1",
                        "99999999999999999999", "1.5", "twelve", "%FF", "..%2F..%2Fetc", "\u0661\u0662", "\uff11", "107374183")) {
                    String encoded = value.startsWith("%") || value.contains("%2F") ? value : URLEncoder.encode(value, StandardCharsets.UTF_8);
                    String q = (query.isEmpty() ? "" : query.replaceAll("(^|&)" + name + "=[^&]*", "") + "&") + name + "=" + encoded;
                    // digits outside ASCII are not numbers here; a page whose offset overflows is out of range
                    boolean mustRefuse = type.equals("integer") && (!value.matches("\\d{1,9}")
                            || name.equals("page") && value.equals("107374183"));
                    send(op, caller, rule, path + "?" + q.replaceFirst("^&", ""), null, "query " + name + "=" + value,
                            mustRefuse ? 400 : -1);
                }
            }
            // hostile bodies
            if (op.hasBody()) {
                Set<String> byDesign = SETTABLE_BY_DESIGN.getOrDefault(op.key(), Set.of());
                for (String field : Mutations.acceptedServiceFields(op.requestSchema(), byDesign)) {
                    holes.add(op + " accepts the service-set field " + field);
                }
                JsonNode baseline = rule.body(f) == null ? Schemas.example(op.requestSchema()) : Http.JSON.valueToTree(rule.body(f));
                boolean refusedAnyway = rule.expected(caller) == 403;
                for (Mutations.Mutation m : Mutations.of(op.requestSchema(), baseline)) {
                    sendBody(op, caller, rule, target, refusedAnyway ? new Mutations.Mutation(m.name(), m.body(), m.contentType(), 0) : m);
                }
            }
        }
        Map<String, String> after = Databases.fingerprint();
        List<String> changed = Databases.changed(before, after);

        ReliabilityReport.figure("Hostile input", "requests tried (every operation of the three specs)", tried);
        ReliabilityReport.figure("Hostile input", "answered 4xx with a problem document", tried - serverErrors - notProblems - harmlessReads);
        ReliabilityReport.figure("Hostile input", "reads answered 2xx: odd but harmless query text (say ' OR '1'='1) searched for as text",
                harmlessReads);
        ReliabilityReport.figure("Hostile input", "answered 5xx", serverErrors);
        ReliabilityReport.figure("Hostile input", "refusals without a problem document", notProblems);
        ReliabilityReport.figure("Hostile input", "answers other than required", wrong.size());
        ReliabilityReport.figure("Hostile input", "request bodies that may set a service-set field", holes.size());
        ReliabilityReport.figure("Hostile input", "tables changed by refused requests", changed.size());
        java.nio.file.Path findings = java.nio.file.Path.of("target", "reliability", "hostile-input.txt");
        java.nio.file.Files.createDirectories(findings.getParent());
        List<String> all = new ArrayList<>(wrong);
        all.addAll(holes);
        all.addAll(changed);
        java.nio.file.Files.write(findings, all, StandardCharsets.UTF_8);
        assertThat(wrong).as("hostile requests answered otherwise than required (all in %s)", findings).isEmpty();
        assertThat(holes).as("mass assignment: request schemas with fields only a service may set").isEmpty();
        assertThat(changed).as("tables changed by hostile requests").isEmpty();
        assertThat(tried).isGreaterThanOrEqualTo(2000);
    }

    /**
     * The caller the rule lets furthest in: a 2xx, else a 409/412 after validation, else anyone signed in (for the
     * operations only the services' own accounts may call, which refuse everyone here before reading the body).
     */
    private static Caller allowed(AccessRule rule) {
        return java.util.Arrays.stream(Caller.values()).filter(c -> c != Caller.NONE && rule.expected(c) >= 0)
                .min(Comparator.comparingInt(c -> {
                    int s = rule.expected(c);
                    return s < 300 ? 0 : s == 409 || s == 412 ? 1 : s == 400 ? 2 : 3;
                })).orElseThrow();
    }

    private void send(Operation op, Caller caller, AccessRule rule, String path, JsonNode body, String what, int status) {
        Http.Call call = Http.request(op.method(), op.service().url + path).token(caller.token());
        if (body != null) {
            call.json(body);
        }
        rule.headers.forEach(call::header);
        check(op, caller, what, call, status);
    }

    private void sendBody(Operation op, Caller caller, AccessRule rule, String target, Mutations.Mutation m) {
        Http.Call call = Http.request(op.method(), op.service().url + target).token(caller.token());
        // a JSON mutation goes in the operation's own JSON media type (a merge patch for PATCH)
        call.bytes(m.body(), m.contentType().equals("application/json") ? op.bodyMediaType() : m.contentType());
        rule.headers.entrySet().stream().filter(h -> !h.getKey().equalsIgnoreCase("Content-Type"))
                .forEach(h -> call.header(h.getKey(), h.getValue()));
        check(op, caller, m.name(), call, m.status());
    }

    /** status: exact answer required; 0: any 4xx; -1: anything but 5xx (a read with an odd but harmless query). */
    private void check(Operation op, Caller caller, String what, Http.Call call, int status) {
        Http.Answer answer;
        try {
            answer = call.sendOrThrow();
        } catch (java.io.IOException e) {
            tried++;
            wrong.add(op + " " + what + " as " + caller + ": no answer (" + e + ")");
            return;
        }
        tried++;
        String where = op + " " + what + " as " + caller + ": ";
        if (answer.status() >= 500) {
            serverErrors++;
            wrong.add(where + "5xx " + answer);
            return;
        }
        if (answer.status() >= 400 && !answer.isProblem()) {
            notProblems++;
            wrong.add(where + "not problem+json " + answer);
            return;
        }
        if (answer.status() >= 400 && answer.body().matches("(?s).*(\\tat [a-z]+\\.|Exception:|org\\.hibernate|io\\.vertx).*")) {
            wrong.add(where + "a stack trace or internals in the problem " + answer);
            return;
        }
        if (status == -1 && answer.status() < 300) {
            harmlessReads++;
        }
        boolean ok = switch (status) {
            case -1 -> true;
            case 0 -> answer.status() >= 400 && answer.status() < 500;
            default -> answer.status() == status;
        };
        if (!ok) {
            wrong.add(where + "expected " + (status == 0 ? "4xx" : status) + ", got " + answer);
        }
    }
}
