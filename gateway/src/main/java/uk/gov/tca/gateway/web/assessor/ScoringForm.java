package uk.gov.tca.gateway.web.assessor;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.gov.tca.gateway.web.FieldError;
import uk.gov.tca.gateway.web.FormText;
import uk.gov.tca.gateway.web.ServiceProblem;
import uk.gov.tca.gateway.web.services.scoring.Assessment.CriterionScore;
import uk.gov.tca.gateway.web.services.scoring.ScoringApi.Scores;

/**
 * The scoring form as posted ({@code score.<code>}, {@code justification.<code>}, {@code confidence.<code>},
 * {@code override.<code>}): the scores as the scoring-service takes them, and the service's objections placed
 * beside the criteria they concern.
 */
final class ScoringForm {

    static final ScoringForm NONE = new ScoringForm(new MultivaluedHashMap<>());

    /** A violation of one score: {@code scores[2].justification: must be at least 50 characters}. */
    private static final Pattern SCORE_FIELD = Pattern.compile("scores\\[(\\d+)]\\.?(\\w*): (.*)");

    private final MultivaluedMap<String, String> fields;

    ScoringForm(MultivaluedMap<String, String> fields) {
        this.fields = fields;
    }

    boolean submits() {
        return "submit".equals(fields.getFirst("action"));
    }

    Optional<String> version() {
        return Optional.ofNullable(fields.getFirst("version"));
    }

    /** The key the form was shown with, so that submitting twice submits once. */
    String submissionKey() {
        String key = fields.getFirst("submissionKey");
        return key == null || key.isBlank() ? UUID.randomUUID().toString() : key;
    }

    /** What the form holds for a field, if it was posted at all (an empty field too): else the draft's value stands. */
    Optional<String> entered(String field, String criterion) {
        return fields.containsKey(field + "." + criterion) ? Optional.ofNullable(fields.getFirst(field + "." + criterion))
                : Optional.empty();
    }

    /** The scores criterion by criterion in the scheme's order; what is blank or not a number is left for the service to judge. */
    Scores scores(List<String> criteria) {
        List<CriterionScore> scores = new ArrayList<>();
        for (String code : criteria) {
            String score = fields.getFirst("score." + code);
            scores.add(new CriterionScore(code, score != null && score.matches("-?\\d{1,3}") ? Integer.valueOf(score) : null,
                    text("justification." + code), text("confidence." + code), null, text("override." + code)));
        }
        return new Scores(scores);
    }

    private String text(String field) {
        String value = fields.getFirst(field);
        return value == null || value.isBlank() ? null : value.trim();
    }

    /**
     * The service's violations by the criterion they concern ({@code scores[i]} is the i-th criterion sent, in the
     * scheme's order); under {@code ""}, the ones that concern no one criterion.
     */
    static Map<String, List<String>> objections(List<String> criteria, ServiceProblem problem) {
        Map<String, List<String>> objections = new LinkedHashMap<>();
        for (FieldError violation : problem.violations()) {
            String message = violation.field().isEmpty() ? violation.message() : violation.field() + ": " + violation.message();
            Matcher m = SCORE_FIELD.matcher(message);
            boolean placed = m.matches() && Integer.parseInt(m.group(1)) < criteria.size();
            String criterion = placed ? criteria.get(Integer.parseInt(m.group(1))) : "";
            String objection = !placed ? FormText.sentence(violation.message()) : label(m.group(2)) + ": " + m.group(3);
            objections.computeIfAbsent(criterion, k -> new ArrayList<>()).add(objection);
        }
        return objections;
    }

    /** The form's own words for a score's field, never the API's name for it ({@code overrideReason}). */
    private static String label(String field) {
        return switch (field) {
            case "", "score" -> "Score";
            case "justification" -> "Justification";
            case "confidence" -> "Confidence";
            case "overrideReason" -> "Why your score differs from the suggested one";
            default -> Character.toUpperCase(field.charAt(0)) + field.substring(1).replaceAll("([A-Z])", " $1").toLowerCase(java.util.Locale.UK);
        };
    }

}
