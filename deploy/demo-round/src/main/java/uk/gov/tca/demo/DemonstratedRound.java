package uk.gov.tca.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The round a newcomer finds assessed after ./tca up: the 2013/14 bids shared out among the funder's assessors,
 * accepted, scored and submitted by each of them, the bid they disagree on moderated, the budget allocated down the
 * ranking and the decisions published (so the 360Giving file has grants) — every step a call of the public API by the
 * realm's demo user whose step it is, so each rule and audit applies. Once published, a later up changes nothing; an
 * up cut short takes up where it stopped.
 *
 * Arguments: keycloak-url bid-service-url scoring-service-url round manager password.
 */
public final class DemonstratedRound {

    /** Said with every reason this programme writes, and in the decisions' own: none of it is historical fact. */
    static final String DEMONSTRATION = "Demonstration: ";

    private final Api api;
    private final String bids;
    private final String scoring;
    private final String round;
    private final String manager;

    private DemonstratedRound(Api api, String bids, String scoring, String round, String manager) {
        this.api = api;
        this.bids = bids;
        this.scoring = scoring;
        this.round = round;
        this.manager = manager;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 6) {
            System.err.println("usage: DemonstratedRound <keycloak-url> <bid-service-url> <scoring-service-url> <round> "
                    + "<manager> <password>");
            System.exit(2);
        }
        new DemonstratedRound(new Api(args[0], args[5]), args[1], args[2], args[3], args[4]).run();
    }

    private void run() throws Exception {
        Api.Answer decided = api.get(manager, scoring + "/decisions/" + round);
        if (decided.status() == 200 && "PUBLISHED".equals(decided.body().path("status").asText())) {
            System.out.println("Demonstrated round " + round + " in place: its decisions were published "
                    + decided.body().path("publishedAt").asText());
            return;
        }
        JsonNode scheme = api.get(manager, scoring + "/schemes?round=" + Api.encode(round))
                .expect(200, "the round's scheme").body().path(0);
        List<JsonNode> submitted = submittedBids();
        for (JsonNode bid : submitted) {
            awaitTheFeed(bid.path("id").asText());
        }
        JsonNode auto = api.post(manager, scoring + "/assignments/auto", Map.of("roundId", round))
                .expect(200, "assigning the round's bids").body();
        if (auto.path("shortfalls").size() > 0) {
            // an assessor who declined earlier, say: the bids short of assessors stay so, and the allocation says why
            System.err.println("Some bids could not be given all their assessors: " + auto.path("shortfalls"));
        }
        int assessments = assess(scheme, submitted);
        int moderated = moderate(scheme);
        JsonNode decisions = allocate();
        api.post(manager, scoring + "/decisions/" + round + "/publication", null)
                .expect(200, "publishing the decisions");
        int grants = api.get(manager, scoring + "/exports/360giving?round=" + Api.encode(round))
                .expect(200, "the 360Giving file").body().path("grants").size();
        long funded = 0;
        for (JsonNode line : decisions.path("lines")) {
            String outcome = line.path("outcome").asText();
            funded += "FUNDED".equals(outcome) || "PART_FUNDED".equals(outcome) ? 1 : 0;
        }
        NumberFormat pounds = NumberFormat.getCurrencyInstance(Locale.UK);
        System.out.println("Demonstrated round " + round + ": " + assessments + " assessments submitted, " + moderated
                + " moderated score(s), " + funded + " of " + submitted.size() + " bids funded ("
                + pounds.format(new BigDecimal(decisions.path("totalAwarded").asText("0"))) + " of "
                + pounds.format(new BigDecimal(decisions.path("budget").asText("0"))) + "), published; its 360Giving file: "
                + grants + " grants");
    }

    /** The round's bids submitted (and so assessed or decided since), as the bid-service lists them to its managers. */
    private List<JsonNode> submittedBids() throws Exception {
        return inStatus(everyItem(bids + "/bids?round=" + Api.encode(round), "the round's bids"),
                "SUBMITTED", "IN_ASSESSMENT", "DECIDED");
    }

    /** Every item of a paged list the manager reads, page after page of 100. */
    private List<JsonNode> everyItem(String list, String what) throws Exception {
        List<JsonNode> items = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode answer = api.get(manager, list + "&size=100&page=" + page).expect(200, what).body();
            answer.path("items").forEach(items::add);
            if (answer.path("items").size() < 100) {
                return items;
            }
        }
    }

    private static List<JsonNode> inStatus(List<JsonNode> items, String... statuses) {
        List<String> wanted = List.of(statuses);
        return items.stream().filter(i -> wanted.contains(i.path("status").asText())).toList();
    }

    /** Until the scoring-service has read the bid from the bid-service's feed (it reads every few seconds). */
    private void awaitTheFeed(String bidId) throws Exception {
        for (int attempt = 0; attempt < 120; attempt++) {
            if (api.get(manager, scoring + "/conflicts?bid=" + Api.encode(bidId)).status() == 200) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("bid " + bidId + " did not reach the scoring-service within a minute");
    }

    /** Each live assignment accepted and scored by its own assessor, then submitted; returns the assessments submitted. */
    private int assess(JsonNode scheme, List<JsonNode> submitted) throws Exception {
        Map<String, String> titles = new LinkedHashMap<>();
        submitted.forEach(bid -> titles.put(bid.path("id").asText(), bid.path("title").asText()));
        // the bid the assessors are made to disagree on: the one whose title hashes lowest (the same on every machine)
        String disputed = titles.entrySet().stream().min(Comparator.comparingInt(e -> DemoScores.stable(e.getValue())))
                .map(Map.Entry::getKey).orElse(null);
        Map<String, List<JsonNode>> byBid = new TreeMap<>();
        for (JsonNode assignment : assignments()) {
            byBid.computeIfAbsent(assignment.path("bidId").asText(), b -> new ArrayList<>()).add(assignment);
        }
        DemoScores scores = new DemoScores(scheme);
        int count = 0;
        for (Map.Entry<String, List<JsonNode>> bid : byBid.entrySet()) {
            List<JsonNode> its = bid.getValue();
            its.sort(Comparator.comparing(a -> a.path("assessor").asText()));
            for (int i = 0; i < its.size(); i++) {
                JsonNode assignment = its.get(i);
                String assessor = assignment.path("assessor").asText();
                String id = assignment.path("id").asText();
                if ("OFFERED".equals(assignment.path("status").asText())) {
                    api.post(assessor, scoring + "/assignments/" + id + "/acceptance", null)
                            .expect(200, assessor + " accepting " + id);
                }
                JsonNode existing = assessmentOf(id, bid.getKey(), assessor);
                String assessment;
                if (existing.isMissingNode()) {
                    assessment = api.post(assessor, scoring + "/assessments", Map.of("assignmentId", id, "scores",
                            scores.of(titles.getOrDefault(bid.getKey(), bid.getKey()), assessor, i,
                                    bid.getKey().equals(disputed)))).expect(201, assessor + " scoring " + id)
                            .body().path("id").asText();
                } else if ("SUBMITTED".equals(existing.path("status").asText())) {
                    count++;
                    continue;
                } else {
                    assessment = existing.path("id").asText();
                }
                Api.Answer submittedNow = api.post(assessor, scoring + "/assessments/" + assessment + "/submission", null,
                        "demo-round/" + assessment);
                if (submittedNow.status() == 200) {
                    count++;
                } else {
                    // a draft someone left half-filled: left as it is, and the allocation says why it goes ahead
                    System.err.println(assessor + "'s draft " + assessment + " was not submitted: " + submittedNow.body());
                }
            }
        }
        return count;
    }

    /** The assessment made under this assignment (not under an earlier, ended one of the same assessor), if any. */
    private JsonNode assessmentOf(String assignmentId, String bidId, String assessor) throws Exception {
        for (JsonNode a : api.get(manager, scoring + "/assessments?bid=" + Api.encode(bidId) + "&assessor="
                + Api.encode(assessor) + "&size=100").expect(200, "the bid's assessments").body().path("items")) {
            if (assignmentId.equals(a.path("assignmentId").asText())) {
                return a;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    /** The round's live assignments: offered or accepted, not declined, revoked or closed. */
    private List<JsonNode> assignments() throws Exception {
        return inStatus(everyItem(scoring + "/assignments?round=" + Api.encode(round), "the round's assignments"),
                "OFFERED", "ACCEPTED");
    }

    /**
     * Each flagged bid's criteria that spread past the scheme's threshold moderated to their mean, with the reason; a
     * bid flagged for its totals alone, its criterion spread widest.
     */
    private int moderate(JsonNode scheme) throws Exception {
        BigDecimal threshold = new BigDecimal(scheme.path("moderation").path("criterionSpread").asText("2"));
        int recorded = 0;
        for (JsonNode bid : api.get(manager, scoring + "/moderations?round=" + Api.encode(round) + "&flagged=true")
                .expect(200, "the flagged bids").body()) {
            JsonNode scores = bid.path("scores");
            List<JsonNode> apart = new ArrayList<>();
            JsonNode widest = null;
            for (JsonNode criterion : scores.path("criteria")) {
                // criterion by criterion, so that a run cut short between two moderations of a bid finishes them
                if (criterion.hasNonNull("moderatedScore")) {
                    continue;
                }
                int spread = criterion.path("max").asInt() - criterion.path("min").asInt();
                if (BigDecimal.valueOf(spread).compareTo(threshold) > 0) {
                    apart.add(criterion);
                }
                if (widest == null || spread > widest.path("max").asInt() - widest.path("min").asInt()) {
                    widest = criterion;
                }
            }
            if (apart.isEmpty() && widest != null && !scores.path("moderated").asBoolean()) {
                apart.add(widest); // flagged for its totals alone
            }
            for (JsonNode criterion : apart) {
                int score = new BigDecimal(criterion.path("mean").asText()).setScale(0, java.math.RoundingMode.HALF_UP)
                        .intValue();
                api.post(manager, scoring + "/moderations/" + bid.path("bidId").asText(), Map.of("criterion",
                        criterion.path("criterion").asText(), "score", score, "reason", DEMONSTRATION + "the panel met "
                        + "between the two assessors' scores (" + criterion.path("scores") + "), as a moderation would"))
                        .expect(201, "moderating " + bid.path("bidId").asText());
                recorded++;
            }
        }
        return recorded;
    }

    /**
     * The budget down the ranking, a marginal bid part-funded at half its amount sought or more, labelled in its note;
     * a round some of whose bids could not be made ready (see above) is allocated with the reason said.
     */
    private JsonNode allocate() throws Exception {
        // demonstration: each published decision's reason and each 360Giving grant say the awards are made up
        Map<String, Object> asked = new LinkedHashMap<>(Map.of("mode", "PART_FUND_MARGINAL", "minimumShare", 0.5,
                "demonstration", true,
                "note", DEMONSTRATION + "the compilation of the winning bids gives no awarded amounts; these decisions "
                        + "are the demonstration's scores allocated down its ranking, not DCLG's awards"));
        Api.Answer answer = api.post(manager, scoring + "/decisions/" + round, asked);
        if (answer.status() == 409 && "urn:tca:problem:round-not-ready".equals(answer.body().path("type").asText())) {
            System.err.println(answer.body().path("detail").asText());
            asked.put("notReadyReason", DEMONSTRATION + "allocated although some bids are not ready, as the log of the "
                    + "run that made it says");
            answer = api.post(manager, scoring + "/decisions/" + round, asked);
        }
        return answer.expect(200, "allocating the round's budget").body();
    }
}
