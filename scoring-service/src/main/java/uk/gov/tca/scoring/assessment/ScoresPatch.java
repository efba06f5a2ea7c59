package uk.gov.tca.scoring.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.tca.platform.problem.ProblemException;

/**
 * A merge patch of a draft's scores, keyed by criterion: RFC 7396 replaces a list whole, so a draft's scores are
 * patched as an object of criterion codes, letting an assessor change one justification without sending the rest.
 * This record is the contract's shape; {@link #document} and {@link #scores} turn a draft to and from it.
 */
@Schema(name = "ScoresPatch", description = "A JSON Merge Patch (RFC 7396) of a draft's scores, keyed by criterion "
        + "code: a criterion sent merges into its score as the draft has it (or adds it), a field sent as null is "
        + "removed, a criterion sent as null is taken out of the draft, and criteria left out are kept. The scores it "
        + "makes are checked as a full replacement (PUT) would be.")
public record ScoresPatch(
        @Schema(description = "The changes, by criterion code in the scheme", example = "{\"value-for-money\": "
                + "{\"score\": 4, \"justification\": \"Costed lines add up to the amount sought.\"}}")
        Map<String, ScorePatch> scores) {

    @Schema(name = "ScorePatch", description = "The fields of one criterion's score to change, as CriterionScore has "
            + "them; null removes a field")
    public record ScorePatch(
            @Schema(description = "The score: a whole number on the scheme's scale", example = "4") Integer score,
            @Schema(description = "Why this score, up to 5000 characters", example = "Costed lines add up to the "
                    + "amount sought.") String justification,
            @Schema(description = "How sure the assessor is of the score; only where the scheme asks for confidence")
            CriterionScore.Confidence confidence,
            @Schema(description = "Filled in by the service; what a client sends is ignored", example = "4")
            Integer suggestedScore,
            @Schema(description = "Why the score differs from the suggested one, up to 2000 characters",
                    example = "The ratio counts benefits the bid does not evidence") String overrideReason) {
    }

    /** The draft's scores as the document a patch applies to: {"scores": {code: {score, justification, ...}}}. */
    static ObjectNode document(JsonNode listed) {
        ObjectNode byCriterion = JsonNodeFactory.instance.objectNode();
        listed.path("scores").forEach(score -> {
            ObjectNode fields = ((ObjectNode) score).deepCopy();
            fields.remove("criterion");
            byCriterion.set(score.path("criterion").asText(), fields);
        });
        ObjectNode document = JsonNodeFactory.instance.objectNode();
        document.set("scores", byCriterion);
        return document;
    }

    /**
     * The patched document back in the shape of a full replacement: the criterion is the key (a criterion field
     * inside an entry cannot move it), in the draft's order with new criteria after. Scores not keyed by criterion,
     * or a criterion given anything but its fields, are refused naming where.
     */
    static JsonNode scores(JsonNode patched) {
        JsonNode byCriterion = patched.path("scores");
        if (!byCriterion.isObject()) {
            throw ProblemException.invalid("scores", "must be an object of criterion codes, each with the fields of "
                    + "its score to change (or null to take the criterion out)");
        }
        ObjectNode listed = JsonNodeFactory.instance.objectNode();
        var scores = listed.putArray("scores");
        byCriterion.fields().forEachRemaining(entry -> {
            if (!entry.getValue().isObject()) {
                throw ProblemException.invalid("scores." + entry.getKey(), "must be an object of the score's fields "
                        + "to change, or null to take the criterion out");
            }
            ObjectNode score = JsonNodeFactory.instance.objectNode().put("criterion", entry.getKey());
            entry.getValue().fields().forEachRemaining(f -> {
                if (!"criterion".equals(f.getKey())) {
                    score.set(f.getKey(), f.getValue());
                }
            });
            scores.add(score);
        });
        patched.fields().forEachRemaining(f -> {
            if (!"scores".equals(f.getKey())) {
                listed.set(f.getKey(), f.getValue());
            }
        });
        return listed;
    }
}
