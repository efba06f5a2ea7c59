package uk.gov.tca.scoring.scheme;

import jakarta.validation.constraints.NotNull;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The whole numbers an assessor may give, each with the words that anchor it ("4: strong evidence of …"). */
@Schema(name = "ScoreScale", description = "The whole numbers an assessor may give, each with the words that anchor it")
public record ScoreScale(
        @Schema(description = "The lowest score: 0 or more", minimum = "0", example = "0") int min,
        @Schema(description = "The highest score: above min, at most 100", maximum = "100", example = "5") int max,
        @NotNull @Schema(description = "The anchor words of every point from min to max, keyed by the point "
                + "(\"0\" … \"5\"); each at most 500 characters, and no key outside the scale")
        Map<Integer, String> anchors) {

    public ScoreScale {
        anchors = anchors == null ? Map.of() : new TreeMap<>(anchors);
    }

    public boolean contains(int score) {
        return score >= min && score <= max;
    }
}
