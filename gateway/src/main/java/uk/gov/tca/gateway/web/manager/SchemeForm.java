package uk.gov.tca.gateway.web.manager;

import jakarta.ws.rs.core.MultivaluedMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import uk.gov.tca.gateway.web.FieldError;
import uk.gov.tca.gateway.web.FormText;
import uk.gov.tca.gateway.web.services.bid.Round;
import uk.gov.tca.gateway.web.services.scoring.ScoringApi.NewScheme;

/**
 * A scheme as a programme manager sets it up in the web client, field by field as the form sends it: up to
 * {@value #ROWS} criteria (a blank row is none) with weights as percentages, the scale and the words for each of its
 * points, and the rules scores are held to. The scoring-service's rules decide what is valid; the form only turns
 * what people type (50, "33.5") into what the service takes (0.5, 0.335) and says which typed value is not a number.
 */
public record SchemeForm(Map<String, String> values) {

    static final int ROWS = 6;
    static final int HIGHEST_POINT = 10;

    /** A new scheme's form: the round's prompts as its criteria, the usual scale and rules. */
    static SchemeForm startingFrom(Round round) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", round.name() + " assessment");
        for (int i = 0; i < Math.min(ROWS, round.prompts().size()); i++) {
            Round.Prompt prompt = round.prompts().get(i);
            values.put("criterion-" + i + "-name", words(prompt.code()));
            values.put("criterion-" + i + "-description", prompt.text());
        }
        values.put("scale-min", "0");
        values.put("scale-max", "5");
        values.put("justificationMinLength", "50");
        values.put("assessorsPerBid", "2");
        values.put("criterionSpread", "2");
        values.put("totalSpread", "1");
        values.put("confidenceEnabled", "yes");
        return new SchemeForm(values);
    }

    static SchemeForm of(MultivaluedMap<String, String> form) {
        Map<String, String> values = new LinkedHashMap<>();
        form.forEach((field, sent) -> {
            String value = sent.isEmpty() ? null : FormText.filled(sent.get(0));
            if (value != null && !field.startsWith("csrf")) {
                values.put(field, value);
            }
        });
        return new SchemeForm(values);
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public boolean confidenceEnabled() {
        return "yes".equals(values.get("confidenceEnabled"));
    }

    /** The rows of criteria the form shows: 0 to {@value #ROWS}-1. */
    public List<Integer> rows() {
        return java.util.stream.IntStream.range(0, ROWS).boxed().toList();
    }

    /** The points whose words the form asks for: 0 to {@value #HIGHEST_POINT}. */
    public List<Integer> points() {
        return java.util.stream.IntStream.rangeClosed(0, HIGHEST_POINT).boxed().toList();
    }

    /** The form rows that name a criterion, in order: the n-th of them is the scheme's criteria[n]. */
    List<Integer> filledRows() {
        return rows().stream().filter(i -> values.containsKey("criterion-" + i + "-name")
                || values.containsKey("criterion-" + i + "-description") || values.containsKey("criterion-" + i + "-weight"))
                .toList();
    }

    /** The scheme to send, or the typed values that are not numbers (each against its field) when there are any. */
    Parsed parse(String roundId) {
        List<FieldError> errors = new ArrayList<>();
        List<NewScheme.Criterion> criteria = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        List<Integer> rows = filledRows();
        if (rows.isEmpty()) {
            errors.add(new FieldError("criterion-0-name", "Enter at least one criterion"));
        }
        for (int i : rows) {
            String name = values.get("criterion-" + i + "-name");
            BigDecimal percent = number("criterion-" + i + "-weight", "The weight of criterion " + (i + 1), errors);
            criteria.add(new NewScheme.Criterion(code(name == null ? "criterion-" + (i + 1) : name, codes), name,
                    values.get("criterion-" + i + "-description"), percent == null ? null : percent.movePointLeft(2)));
        }
        Integer min = whole("scale-min", "The lowest score", errors);
        Integer max = whole("scale-max", "The highest score", errors);
        Map<Integer, String> anchors = new LinkedHashMap<>();
        for (int point : points()) {
            String words = values.get("anchor-" + point);
            if (words != null) {
                anchors.put(point, words);
            }
        }
        NewScheme scheme = new NewScheme(roundId, values.get("name"), criteria, new NewScheme.Scale(min, max, anchors),
                whole("justificationMinLength", "The shortest justification", errors), confidenceEnabled(),
                whole("assessorsPerBid", "Assessors for each bid", errors),
                new NewScheme.Moderation(number("criterionSpread", "The spread on a criterion", errors),
                        number("totalSpread", "The spread of the totals", errors)),
                number("minimumQualityScore", "The minimum quality score", errors));
        return new Parsed(scheme, errors);
    }

    record Parsed(NewScheme scheme, List<FieldError> errors) {
    }

    /** The form field a scoring-service violation is about ("criteria[1].weight" → the weight of the second filled row). */
    String fieldOf(String violation) {
        java.util.regex.Matcher criterion = java.util.regex.Pattern.compile("criteria\\[(\\d+)]\\.(\\w+).*").matcher(violation);
        if (criterion.matches()) {
            List<Integer> rows = filledRows();
            int n = Integer.parseInt(criterion.group(1));
            int row = n < rows.size() ? rows.get(n) : 0;
            String part = criterion.group(2);
            return "criterion-" + row + "-" + (Set.of("name", "description", "weight").contains(part) ? part : "name");
        }
        if (violation.startsWith("criteria")) {
            return filledRows().isEmpty() ? "criterion-0-name" : "criterion-" + filledRows().get(0) + "-weight";
        }
        if (violation.startsWith("scale.anchors.")) {
            String point = violation.substring("scale.anchors.".length());
            return point.matches("\\d{1,2}") && Integer.parseInt(point) <= HIGHEST_POINT ? "anchor-" + point : "scale-min";
        }
        if (violation.startsWith("scale")) {
            return "scale-min";
        }
        if (violation.startsWith("moderation")) {
            return "criterionSpread";
        }
        return Set.of("name", "justificationMinLength", "assessorsPerBid", "minimumQualityScore").contains(violation)
                ? violation : "name";
    }

    private BigDecimal number(String field, String label, List<FieldError> errors) {
        String value = values.get(field);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.replace("%", "").strip());
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, label + " must be a number, like 25 or 2.5"));
            return null;
        }
    }

    private Integer whole(String field, String label, List<FieldError> errors) {
        String value = values.get(field);
        if (value == null) {
            return null;
        }
        if (!value.matches("\\d{1,4}")) {
            errors.add(new FieldError(field, label + " must be a whole number, like 2"));
            return null;
        }
        return Integer.valueOf(value);
    }

    /** A criterion's code from its name: "Value for money" → value-for-money, made unique in the scheme. */
    private static String code(String name, Set<String> taken) {
        String base = name.toLowerCase(Locale.UK).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        base = base.isEmpty() ? "criterion" : base.length() > 50 ? base.substring(0, 50).replaceAll("-$", "") : base;
        String code = base;
        for (int n = 2; !taken.add(code); n++) {
            code = base + "-" + n;
        }
        return code;
    }

    /** A prompt's code as words: "value-for-money" → "Value for money". */
    private static String words(String code) {
        String words = code == null ? "" : code.replace('-', ' ').replace('_', ' ').strip();
        return words.isEmpty() ? "" : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
