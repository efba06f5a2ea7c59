package uk.gov.tca.scoring.scheme;

import jakarta.validation.constraints.NotNull;
import java.util.Map;
import java.util.TreeMap;

/** The whole numbers an assessor may give, each with the words that anchor it ("4: strong evidence of …"). */
public record ScoreScale(int min, int max, @NotNull Map<Integer, String> anchors) {

    public ScoreScale {
        anchors = anchors == null ? Map.of() : new TreeMap<>(anchors);
    }

    public boolean contains(int score) {
        return score >= min && score <= max;
    }
}
