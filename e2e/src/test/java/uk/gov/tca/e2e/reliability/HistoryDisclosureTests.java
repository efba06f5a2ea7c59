package uk.gov.tca.e2e.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.gov.tca.e2e.LocalStack;
import uk.gov.tca.e2e.Rounds;

/**
 * A bid's history discloses nothing its view hides: for an integrator and an assigned assessor, no redacted
 * contact field, no confidential attachment's label, nothing of the drafts before submission — through the
 * gateway and on the bid-service itself. The bid's own council still sees all of it.
 */
@ExtendWith({LocalStack.class, ReliabilityReport.class})
class HistoryDisclosureTests {

    @Test
    void historyShowsOutsidersExactlyWhatTheViewDoes() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        String draftOnly = "Draft wording " + tag + " never submitted";
        String email = "private." + tag + "@babergh.example";
        String phone = "01473 " + tag.substring(0, Math.min(6, tag.length()));
        String secretLabel = "Annex C " + tag + ": staff consultation responses";
        String round = Rounds.open(Caller.MANAGER.token(), "history", 1);

        Map<String, Object> body = new HashMap<>(Rounds.bid(round, "Babergh: history disclosure " + tag, List.of(
                Map.of("organisationId", "GB-LAE-BAB", "roles", List.of("LEAD", "ACCOUNTABLE_BODY")))));
        body.put("narrative", Map.of("full-description", draftOnly));
        body.put("contacts", List.of(Map.of("organisationId", "GB-LAE-BAB", "name", "Jo Bloggs", "jobTitle", "Head of Transformation",
                "email", email, "phone", phone, "redacted", List.of("EMAIL", "PHONE"))));
        body.put("attachments", List.of(Map.of("label", secretLabel, "present", true, "confidential", true, "reference", "annex-c-" + tag),
                Map.of("label", "Annex A: project plan", "present", true, "confidential", false)));
        Http.Answer created = Fixture.expect(201, Fixture.as(Caller.BIDDER_OWN, "POST", LocalStack.BID + "/bids").json(body).send());
        String bid = created.json().path("id").asText();
        body.put("narrative", Map.of("full-description", "One integrated workforce serving both councils."));
        Fixture.expect(200, Fixture.as(Caller.BIDDER_OWN, "PUT", LocalStack.BID + "/bids/" + bid).header("If-Match", created.header("etag"))
                .json(body).send());
        Fixture.expect(200, Fixture.as(Caller.BIDDER_OWN, "POST", LocalStack.BID + "/bids/" + bid + "/submission").send());
        Rounds.waitForTheFeed(Caller.MANAGER.token(), bid);
        String assignment = Fixture.expect(201, Fixture.as(Caller.MANAGER, "POST", LocalStack.SCORING + "/assignments")
                .json(Map.of("bidId", bid, "assessor", "assessor.dclg")).send()).json().path("id").asText();
        Fixture.expect(200, Fixture.as(Caller.ASSESSOR_ASSIGNED, "POST", LocalStack.SCORING + "/assignments/" + assignment + "/acceptance").send());

        List<String> secrets = List.of(draftOnly, email, phone, secretLabel, "annex-c-" + tag);
        List<String> disclosures = new ArrayList<>();
        for (Caller outsider : List.of(Caller.INTEGRATOR, Caller.ASSESSOR_ASSIGNED)) {
            for (String base : List.of(LocalStack.BID, LocalStack.GATEWAY + "/api")) {
                Http.Answer view = Fixture.as(outsider, "GET", base + "/bids/" + bid).send();
                Http.Answer history = Fixture.as(outsider, "GET", base + "/bids/" + bid + "/history?size=200").send();
                assertThat(view.status()).as("%s reads the bid: %s", outsider, view).isEqualTo(200);
                assertThat(history.status()).as("%s reads its history: %s", outsider, history).isEqualTo(200);
                for (String secret : secrets) {
                    if (view.body().contains(secret)) {
                        disclosures.add(outsider + " view via " + base + ": " + secret);
                    }
                    if (history.body().contains(secret)) {
                        disclosures.add(outsider + " history via " + base + ": " + secret);
                    }
                }
                JsonNode entries = history.json().path("items");
                assertThat(entries.size()).as("the submission is in what %s sees", outsider).isPositive();
                for (JsonNode entry : entries) {
                    for (String side : List.of("before", "after")) {
                        String status = entry.path(side).path("status").asText("");
                        assertThat(status).as("%s sees a %s snapshot in %s", outsider, side, entry.path("action").asText())
                                .isNotEqualTo("DRAFT");
                    }
                }
                // what the view shows of the confidential annex, the history shows the same way
                assertThat(view.json().path("attachments").path(0).path("confidential").asBoolean()).isTrue();
                assertThat(view.json().path("attachments").path(1).path("label").asText()).isEqualTo("Annex A: project plan");
            }
        }
        ReliabilityReport.figure("History disclosure", "history and view reads by outsiders (integrator, assessor; direct and gateway)", 8);
        ReliabilityReport.figure("History disclosure", "history disclosures", disclosures.stream().filter(d -> d.contains("history")).count());
        ReliabilityReport.figure("History disclosure", "view disclosures", disclosures.stream().filter(d -> d.contains("view")).count());
        assertThat(disclosures).as("what outsiders were shown that the bid withholds").isEmpty();

        // the council itself and the programme see everything
        String own = Fixture.as(Caller.BIDDER_OWN, "GET", LocalStack.BID + "/bids/" + bid + "/history?size=200").send().body();
        assertThat(own).contains(draftOnly).contains(email).contains(secretLabel);
        String managers = Fixture.as(Caller.MANAGER, "GET", LocalStack.BID + "/bids/" + bid + "/history?size=200").send().body();
        assertThat(managers).contains(draftOnly).contains(phone);
    }
}
