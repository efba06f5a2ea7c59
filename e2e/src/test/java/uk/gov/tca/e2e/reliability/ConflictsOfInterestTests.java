package uk.gov.tca.e2e.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.gov.tca.e2e.Keycloak;
import uk.gov.tca.e2e.LocalStack;
import uk.gov.tca.e2e.Rounds;

/**
 * Conflicts of interest cannot be bypassed: the employer is the token's organisation, never a field an assessor
 * edits; every change that can create a conflict (a secondment, an interest, a relation in the register) ends the
 * live assignments it touches; a submitted assessment later found conflicted stops counting; and a bidder cannot
 * put the round's own funder on its bid (which would choose its assessors).
 */
@ExtendWith({LocalStack.class, ReliabilityReport.class})
class ConflictsOfInterestTests {

    private static int bypassed;
    /** The assessors these tests registered: retired afterwards, so that no later test's automatic assignment picks them. */
    private static final java.util.List<String> REGISTERED = new java.util.ArrayList<>();

    @Test
    void anAssessorCannotChangeTheEmployerItsTokenNames() throws Exception {
        String conflicted = Caller.ASSESSOR_CONFLICTED.token();
        for (String base : List.of(LocalStack.SCORING, LocalStack.GATEWAY + "/api")) {
            Http.Answer mine = Http.request("GET", base + "/assessors/me").token(conflicted).send();
            assertThat(mine.status()).as("own profile %s", mine).isEqualTo(200);
            Http.Answer changed = Http.request("PUT", base + "/assessors/me").token(conflicted)
                    .header("If-Match", mine.header("etag"))
                    .json(Map.of("displayName", "Assessor seconded from Mid Suffolk", "employerOrganisationId", "TCA-DCLG")).send();
            if (changed.status() < 300) {
                bypassed++;
            }
            assertThat(changed.status()).as("an assessor naming its own employer through %s: %s", base, changed).isEqualTo(400);
            assertThat(changed.isProblem()).isTrue();
            assertThat(changed.body()).contains("employerOrganisationId");
            JsonNode after = Http.request("GET", base + "/assessors/me").token(conflicted).send().json();
            assertThat(after.path("employerOrganisationId").asText()).isEqualTo("GB-LAE-MSU");
        }
        // and so the Mid Suffolk assessor is never given a bid Mid Suffolk shares a workforce with
        String round = Fixture.world().round;
        String bid = Fixture.bid(round, "not for Mid Suffolk's assessor", true);
        Rounds.waitForTheFeed(Caller.MANAGER.token(), bid);
        Http.Answer refused = Fixture.as(Caller.MANAGER, "POST", LocalStack.SCORING + "/assignments")
                .json(Map.of("bidId", bid, "assessor", "assessor.midsuffolk")).send();
        assertThat(refused.status()).as("%s", refused).isEqualTo(409);
    }

    @Test
    void aSecondmentRecordedByAManagerEndsTheAssignmentsItConflicts() throws Exception {
        String assessor = freshAssessor("seconded");
        String token = Keycloak.tokenFor(assessor);
        String bid = acceptedAssignmentOnNewBid(assessor, token, "secondment", List.of()).bid;
        String assignment = assignmentOf(bid, assessor);

        // an assessor cannot record its own secondment, nor a manager remove the token's employer
        Http.Answer self = Http.request("POST", LocalStack.SCORING + "/assessors/" + assessor + "/secondments").token(token)
                .json(secondment("GB-LAE-BAB")).send();
        assertThat(self.status()).as("%s", self).isEqualTo(403);
        Http.Answer recorded = Fixture.as(Caller.MANAGER, "POST", LocalStack.GATEWAY + "/api/assessors/" + assessor + "/secondments")
                .json(secondment("GB-LAE-BAB")).send();
        assertThat(recorded.status()).as("%s", recorded).isEqualTo(201);
        assertThat(recorded.json().path("employerOrganisationId").asText()).isEqualTo("TCA-DCLG");
        assertThat(recorded.json().path("secondments").path(0).path("organisationId").asText()).isEqualTo("GB-LAE-BAB");

        JsonNode ended = Fixture.as(Caller.MANAGER, "GET", LocalStack.SCORING + "/assignments/" + assignment).send().json();
        assertThat(ended.path("status").asText()).isEqualTo("REVOKED");
        assertThat(ended.path("reason").asText()).containsIgnoringCase("second");
        assertThat(Http.request("GET", LocalStack.BID + "/bids/" + bid).token(token).send().status())
                .as("the revoked assessor reads the bid no more").isEqualTo(404);
        Http.Answer again = Fixture.as(Caller.MANAGER, "POST", LocalStack.SCORING + "/assignments")
                .json(Map.of("bidId", bid, "assessor", assessor)).send();
        assertThat(again.status()).as("%s", again).isEqualTo(409);
    }

    @Test
    void aRelationAddedToTheRegisterEndsTheAssignmentsItConflicts() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36).toUpperCase();
        String partner = "TEST-COI-" + tag;
        Fixture.expect(201, Fixture.as(Caller.MANAGER, "POST", LocalStack.PARTNER + "/organisations")
                .json(Map.of("id", partner, "legalName", "Conflict Test Trust " + tag, "type", "VOLUNTARY_COMMUNITY")).send());
        String employer = "TEST-EMPLOYER-" + tag;
        Fixture.expect(201, Fixture.as(Caller.MANAGER, "POST", LocalStack.PARTNER + "/organisations")
                .json(Map.of("id", employer, "legalName", "Assessing Agency " + tag, "type", "CENTRAL_GOVERNMENT")).send());
        String assessor = freshAssessor("related", employer);
        String token = Keycloak.tokenFor(assessor);
        Assigned assigned = acceptedAssignmentOnNewBid(assessor, token, "relation",
                List.of(Map.of("organisationId", partner, "roles", List.of("SUPPORTER"))));
        String assignment = assignmentOf(assigned.bid, assessor);

        Fixture.expect(201, Fixture.as(Caller.MANAGER, "POST", LocalStack.GATEWAY + "/api/organisations/" + employer + "/relations")
                .json(Map.of("toId", partner, "type", "HOSTED_BY")).send());
        double ended = Waiting.secondsUntil(System.nanoTime(), Duration.ofSeconds(60), () -> "REVOKED".equals(
                Fixture.as(Caller.MANAGER, "GET", LocalStack.SCORING + "/assignments/" + assignment).send().json().path("status").asText()));
        if (ended < 0) {
            bypassed++;
        }
        ReliabilityReport.figure("Conflicts of interest", "seconds from a relation recorded to the assignment it conflicts ending", ended);
        assertThat(ended).as("the assignment ended after the relation was recorded").isPositive();
        JsonNode revoked = Fixture.as(Caller.MANAGER, "GET", LocalStack.SCORING + "/assignments/" + assignment).send().json();
        assertThat(revoked.path("reason").asText()).contains(partner);
        Http.Answer draft = Http.request("PUT", LocalStack.SCORING + "/assessments/" + assigned.assessment).token(token)
                .header("If-Match", "\"0\"").json(Map.of("scores", Fixture.scores(5))).send();
        assertThat(draft.status()).as("a conflicted assessor changing its draft: %s", draft).isIn(409, 412);
        Http.Answer submit = Http.request("POST", LocalStack.SCORING + "/assessments/" + assigned.assessment + "/submission")
                .token(token).send();
        assertThat(submit.status()).as("a conflicted assessor submitting its draft: %s", submit).isEqualTo(409);
        JsonNode kept = Fixture.as(Caller.MANAGER, "GET", LocalStack.SCORING + "/assessments/" + assigned.assessment).send().json();
        assertThat(kept.path("status").asText()).as("the draft is kept").isEqualTo("DRAFT");
    }

    @Test
    void aSubmittedAssessmentLaterFoundConflictedIsExcludedFromModerationAndRanking() throws Exception {
        String assessor = freshAssessor("excluded");
        String token = Keycloak.tokenFor(assessor);
        Assigned assigned = acceptedAssignmentOnNewBid(assessor, token, "excluded", List.of());
        Fixture.expect(200, Http.request("POST", LocalStack.SCORING + "/assessments/" + assigned.assessment + "/submission")
                .token(token).header("Idempotency-Key", "coi-" + assigned.assessment).send());
        JsonNode ranked = ranking(assigned.round);
        assertThat(line(ranked, assigned.bid).path("assessments").asInt()).isEqualTo(1);

        // the interest comes to light after the scores were in
        Fixture.expect(201, Http.request("POST", LocalStack.SCORING + "/assessors/me/interests").token(token)
                .json(Map.of("type", "OTHER", "organisationId", "GB-LAE-BAB",
                        "nature", "My partner was appointed to Babergh's senior leadership team")).send());
        JsonNode excluded = Fixture.as(Caller.MANAGER, "GET", LocalStack.SCORING + "/assessments/" + assigned.assessment).send().json();
        assertThat(excluded.path("status").asText()).isEqualTo("EXCLUDED");
        assertThat(excluded.path("exclusionReason").asText()).contains("GB-LAE-BAB");
        JsonNode after = ranking(assigned.round);
        boolean stillRanked = after.path("lines").findValuesAsText("bidId").contains(assigned.bid);
        if (stillRanked) {
            bypassed++;
        }
        assertThat(stillRanked).as("the bid ranked on the excluded assessment: %s", after).isFalse();
        assertThat(after.path("unscored").toString()).contains(assigned.bid);
        JsonNode scores = Fixture.as(Caller.MANAGER, "GET", LocalStack.SCORING + "/moderations/" + assigned.bid).send().json();
        assertThat(scores.toString()).doesNotContain(assessor + "\"");
    }

    @Test
    void theRoundsFunderCanNeverBeAParticipantOfABidInIt() throws Exception {
        String round = Fixture.world().round;
        Map<String, Object> body = Rounds.bid(round, "Babergh with DCLG as a partner", List.of(
                Map.of("organisationId", "GB-LAE-BAB", "roles", List.of("LEAD", "ACCOUNTABLE_BODY")),
                Map.of("organisationId", "TCA-DCLG", "roles", List.of("PARTNER"))));
        for (String base : List.of(LocalStack.BID, LocalStack.GATEWAY + "/api")) {
            Http.Answer created = Fixture.as(Caller.BIDDER_OWN, "POST", base + "/bids").json(body).send();
            if (created.status() < 300) {
                bypassed++;
            }
            assertThat(created.status()).as("%s", created).isEqualTo(422);
            assertThat(created.isProblem()).isTrue();
            assertThat(created.body()).contains("TCA-DCLG").contains("participants[1]");
        }
    }

    @AfterAll
    static void retireTheTestsAssessors() {
        for (String username : REGISTERED) {
            String token = Keycloak.tokenFor(username);
            Http.Answer mine = Http.request("GET", LocalStack.SCORING + "/assessors/me").token(token).send();
            Http.request("PUT", LocalStack.SCORING + "/assessors/me").token(token).header("If-Match", mine.header("etag"))
                    .json(Map.of("displayName", "Retired test assessor", "active", false)).send();
        }
    }

    @AfterAll
    static void report() {
        ReliabilityReport.figure("Conflicts of interest", "conflicts bypassed (own employer, relation, excluded score, funder)",
                bypassed);
    }

    // --- helpers

    private record Assigned(String round, String bid, String assessment) {
    }

    private static String freshAssessor(String what) {
        return freshAssessor(what, "TCA-DCLG");
    }

    private static String freshAssessor(String what, String organisation) {
        String username = "assessor." + what + "." + Long.toString(System.nanoTime(), 36);
        KeycloakAdmin.ensureUser(username, "assessor", organisation);
        String token = Keycloak.tokenFor(username);
        Fixture.expect(201, Http.request("PUT", LocalStack.SCORING + "/assessors/me").token(token)
                .json(Map.of("displayName", "Test assessor " + what)).send());
        REGISTERED.add(username);
        return username;
    }

    /** A new Babergh bid (with the extra participants) in a round of its own, assigned to the assessor, accepted and drafted. */
    private static Assigned acceptedAssignmentOnNewBid(String assessor, String token, String what,
            List<Map<String, Object>> others) throws Exception {
        String round = Rounds.open(Caller.MANAGER.token(), "coi-" + what, 1);
        List<Map<String, Object>> participants = new java.util.ArrayList<>();
        participants.add(Map.of("organisationId", "GB-LAE-BAB", "roles", List.of("LEAD", "ACCOUNTABLE_BODY")));
        participants.addAll(others);
        String bid = Fixture.expect(201, Fixture.as(Caller.BIDDER_OWN, "POST", LocalStack.BID + "/bids")
                .json(Rounds.bid(round, "Babergh: conflict test " + what, participants)).send()).json().path("id").asText();
        Fixture.expect(200, Fixture.as(Caller.BIDDER_OWN, "POST", LocalStack.BID + "/bids/" + bid + "/submission").send());
        Rounds.waitForTheFeed(Caller.MANAGER.token(), bid);
        String assignment = Fixture.expect(201, Fixture.as(Caller.MANAGER, "POST", LocalStack.SCORING + "/assignments")
                .json(Map.of("bidId", bid, "assessor", assessor)).send()).json().path("id").asText();
        Fixture.expect(200, Http.request("POST", LocalStack.SCORING + "/assignments/" + assignment + "/acceptance").token(token).send());
        String assessment = Fixture.expect(201, Http.request("POST", LocalStack.SCORING + "/assessments").token(token)
                .json(Map.of("assignmentId", assignment, "scores", Fixture.scores(4))).send()).json().path("id").asText();
        return new Assigned(round, bid, assessment);
    }

    private static String assignmentOf(String bid, String assessor) {
        JsonNode page = Fixture.as(Caller.MANAGER, "GET", LocalStack.SCORING + "/assignments?bid=" + bid + "&assessor=" + assessor)
                .send().json();
        return page.path("items").path(0).path("id").asText();
    }

    private static Map<String, Object> secondment(String organisation) {
        return Map.of("organisationId", organisation, "from", LocalDate.now().minusDays(1).toString(),
                "until", LocalDate.now().plusDays(60).toString(),
                "reason", "Seconded to the council's transformation team for the autumn");
    }

    private static JsonNode ranking(String round) {
        return Fixture.expect(200, Fixture.as(Caller.MANAGER, "GET", LocalStack.SCORING + "/rankings/" + round).send()).json();
    }

    private static JsonNode line(JsonNode ranking, String bid) {
        for (JsonNode line : ranking.path("lines")) {
            if (line.path("bidId").asText().equals(bid)) {
                return line;
            }
        }
        throw new AssertionError("bid " + bid + " not in the ranking " + ranking);
    }
}
