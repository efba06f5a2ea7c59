package uk.gov.tca.e2e.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.gov.tca.e2e.LocalStack;
import uk.gov.tca.e2e.Rounds;

/**
 * The world the authorization matrix and the hostile requests are tried against, made once per run through the
 * public API: a round of Babergh's bids in every state an operation needs (one per operation that changes
 * it), an assignment and an assessment of assessor.dclg, a refused assignment of the conflicted assessor, a
 * second round with a decision, a round with no scheme yet, and an organisation, relation and collaboration.
 */
public final class Fixture {

    public final String round;
    public final String decidedRound;
    public final String roundWithoutScheme;
    public final String submitted;
    public final String draft;
    /** A Babergh draft naming Mid Suffolk as co-applicant, who has not yet answered. */
    public final String withPartner;
    public final String toSubmit;
    public final String toWithdraw;
    public final String toReturn;
    public final String forDecline;
    public final String forAssignment;
    public final String inDecidedRound;
    public final String assignment;
    public final String assignmentToDecline;
    public final String assessment;
    /**
     * A dispensation for assessor.midsuffolk, for the revocation's rule: on the decided round's bid, which is no
     * Babergh bid the conflicted assessor's own profile may not name.
     */
    public final String dispensation;
    public final String organisation;
    public final String relation;
    public final String relationToDelete;
    public final String collaboration;
    public final Map<String, Object> collaborationBody;
    public final Map<String, Object> organisationBody;
    public final String scheme;
    public final String tag;

    private static Fixture world;

    public static synchronized Fixture world() throws Exception {
        if (world == null) {
            world = new Fixture();
        }
        return world;
    }

    public static Http.Call as(Caller caller, String method, String url) {
        return Http.request(method, url).token(caller.token());
    }

    private Fixture() throws Exception {
        tag = Long.toString(System.currentTimeMillis(), 36);
        String manager = Caller.MANAGER.token();
        round = Rounds.open(manager, "authz", 2);
        decidedRound = Rounds.open(manager, "authz-decided", 1);
        roundWithoutScheme = "authz-noscheme-" + tag;
        Map<String, Object> roundBody = new HashMap<>(Map.of("id", roundWithoutScheme, "programme", "Transformation Challenge Award",
                "name", "Round without a scheme " + tag, "opensAt", Instant.now().minus(1, ChronoUnit.DAYS).toString(),
                "closesAt", Instant.now().plus(30, ChronoUnit.DAYS).toString(), "budget", 100000,
                "awardTypes", List.of(Map.of("code", "AUTHORITY_AWARD", "name", "Authority Award", "cap", 500000)),
                "eligibleYears", List.of("2026/27", "2027/28"),
                "prompts", List.of(Map.of("code", "full-description", "text", "Full description", "required", true))));
        expect(201, as(Caller.MANAGER, "POST", LocalStack.BID + "/rounds").json(roundBody).send());

        submitted = bid(round, "submitted", true);
        draft = bid(round, "draft", false);
        withPartner = expect(201, as(Caller.BIDDER_OWN, "POST", LocalStack.BID + "/bids").json(Rounds.bid(round,
                "Babergh and Mid Suffolk: awaiting Mid Suffolk (" + round + ")", List.of(
                        Map.of("organisationId", "GB-LAE-BAB", "roles", List.of("LEAD", "ACCOUNTABLE_BODY")),
                        Map.of("organisationId", "GB-LAE-MSU", "roles", List.of("CO_APPLICANT"))))).send())
                .json().path("id").asText();
        toSubmit = bid(round, "to submit", false);
        toWithdraw = bid(round, "to withdraw", true);
        toReturn = bid(round, "to return", true);
        forDecline = bid(round, "assignment to decline", true);
        forAssignment = bid(round, "to assign", true);
        inDecidedRound = bid(decidedRound, "decided", true);
        for (String id : List.of(submitted, forDecline, forAssignment, inDecidedRound)) {
            Rounds.waitForTheFeed(manager, id);
        }

        assignment = assign(submitted, "assessor.dclg");
        expect(200, as(Caller.ASSESSOR_ASSIGNED, "POST", LocalStack.SCORING + "/assignments/" + assignment + "/acceptance").send());
        assignmentToDecline = assign(forDecline, "assessor.dclg");
        Http.Answer refused = as(Caller.MANAGER, "POST", LocalStack.SCORING + "/assignments")
                .json(Map.of("bidId", submitted, "assessor", "assessor.midsuffolk")).send();
        assertThat(refused.status()).as("the conflicted assessor is not assigned: %s", refused).isBetween(400, 499);
        assessment = expect(201, as(Caller.ASSESSOR_ASSIGNED, "POST", LocalStack.SCORING + "/assessments")
                .json(Map.of("assignmentId", assignment, "scores", scores(3))).send()).json().path("id").asText();
        com.fasterxml.jackson.databind.JsonNode dispensations = expect(201, as(Caller.MANAGER, "POST",
                LocalStack.SCORING + "/assessors/assessor.midsuffolk/dispensations").json(Map.of("bidId", inDecidedRound,
                "reason", "Only a remote connection to the council", "expires", java.time.LocalDate.now().plusDays(30)
                        .toString())).send()).json().path("dispensations");
        dispensation = dispensations.get(dispensations.size() - 1).path("id").asText(); // granted last, listed last
        scheme = expect(200, as(Caller.MANAGER, "GET", LocalStack.SCORING + "/schemes?round=" + round).send())
                .json().path(0).path("id").asText();

        // the decided round: its one bid assigned, scored and allocated, so its decision can be read and published
        String decidedAssignment = assign(inDecidedRound, "assessor3.dclg");
        String assessor3 = uk.gov.tca.e2e.Keycloak.tokenFor("assessor3.dclg");
        expect(200, Http.request("POST", LocalStack.SCORING + "/assignments/" + decidedAssignment + "/acceptance").token(assessor3).send());
        String decidedAssessment = expect(201, Http.request("POST", LocalStack.SCORING + "/assessments").token(assessor3)
                .json(Map.of("assignmentId", decidedAssignment, "scores", scores(4))).send()).json().path("id").asText();
        expect(200, Http.request("POST", LocalStack.SCORING + "/assessments/" + decidedAssessment + "/submission").token(assessor3)
                .header("Idempotency-Key", "authz-" + decidedAssessment).send());
        expect(200, as(Caller.MANAGER, "POST", LocalStack.SCORING + "/decisions/" + decidedRound)
                .json(Map.of("mode", "WHOLE_AWARDS_ONLY")).send());

        organisation = "TEST-AUTHZ-" + tag.toUpperCase();
        organisationBody = Map.of("id", organisation, "legalName", "Authorization Test Council " + tag, "type", "DISTRICT");
        expect(201, as(Caller.MANAGER, "POST", LocalStack.PARTNER + "/organisations").json(organisationBody).send());
        relation = expect(201, as(Caller.MANAGER, "POST", LocalStack.PARTNER + "/organisations/" + organisation + "/relations")
                .json(Map.of("toId", "GB-LAE-BAB", "type", "STRATEGIC_ALLIANCE")).send()).json().path("id").asText();
        relationToDelete = expect(201, as(Caller.MANAGER, "POST", LocalStack.PARTNER + "/organisations/" + organisation + "/relations")
                .json(Map.of("toId", "GB-LAE-CHW", "type", "STRATEGIC_ALLIANCE")).send()).json().path("id").asText();
        collaboration = "authz-collaboration-" + tag;
        collaborationBody = Map.of("id", collaboration, "name", "Authorization test partnership " + tag,
                "members", List.of(Map.of("organisationId", organisation), Map.of("organisationId", "GB-LAE-BAB")));
        expect(201, as(Caller.MANAGER, "POST", LocalStack.PARTNER + "/collaborations").json(collaborationBody).send());
    }

    /** A Babergh bid in the round, created by its bidder and submitted when asked. */
    public static String bid(String round, String what, boolean submit) {
        Map<String, Object> body = Rounds.bid(round, "Babergh: " + what + " (" + round + ")", List.of(
                Map.of("organisationId", "GB-LAE-BAB", "roles", List.of("LEAD", "ACCOUNTABLE_BODY"))));
        String id = expect(201, as(Caller.BIDDER_OWN, "POST", LocalStack.BID + "/bids").json(body).send()).json().path("id").asText();
        if (submit) {
            expect(200, as(Caller.BIDDER_OWN, "POST", LocalStack.BID + "/bids/" + id + "/submission").send());
        }
        return id;
    }

    private static String assign(String bid, String assessor) {
        return expect(201, as(Caller.MANAGER, "POST", LocalStack.SCORING + "/assignments")
                .json(Map.of("bidId", bid, "assessor", assessor)).send()).json().path("id").asText();
    }

    public static List<Map<String, Object>> scores(int score) {
        List<Map<String, Object>> scores = new ArrayList<>();
        for (String criterion : Rounds.CRITERIA) {
            Map<String, Object> s = new HashMap<>(Map.of("criterion", criterion, "score", score, "justification",
                    "Scored against the anchor words of the scheme, from the bid's own evidence."));
            s.put("overrideReason", "The appraisal sees only the bid's own lines, not the wider case it makes");
            scores.add(s);
        }
        return scores;
    }

    static Http.Answer expect(int status, Http.Answer answer) {
        assertThat(answer.status()).as("fixture step answered %s", answer).isEqualTo(status);
        return answer;
    }
}
