package uk.gov.tca.scoring.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The spread of assessors' scores, as shown (two places), is the exact one's. */
class BidScoresStatisticsTest {

    /** σ worked out the long way, to thirty digits, then shown to two places. */
    private static BigDecimal exact(List<Integer> scores) {
        MathContext wide = new MathContext(30);
        BigDecimal n = BigDecimal.valueOf(scores.size());
        BigDecimal mean = scores.stream().map(BigDecimal::valueOf).reduce(BigDecimal.ZERO, BigDecimal::add).divide(n, wide);
        BigDecimal variance = scores.stream().map(s -> BigDecimal.valueOf(s).subtract(mean).pow(2))
                .reduce(BigDecimal.ZERO, BigDecimal::add).divide(n, wide);
        return variance.sqrt(wide).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal shown(List<Integer> scores) {
        return BidScores.standardDeviation(scores).setScale(2, RoundingMode.HALF_UP);
    }

    @Test
    void agreesWithTheExactSpreadOnEveryPanelOfUpToEightAssessors() {
        Random random = new Random(2014);
        for (int panel = 0; panel < 20_000; panel++) {
            List<Integer> scores = new ArrayList<>();
            int assessors = 1 + random.nextInt(8);
            int max = random.nextBoolean() ? 5 : 100;
            for (int i = 0; i < assessors; i++) {
                scores.add(random.nextInt(max + 1));
            }
            assertThat(shown(scores)).as("σ of %s", scores).isEqualTo(exact(scores));
        }
    }

    @Test
    void perfectSquaresAreExactAndOthersRoundAsWritten() {
        assertThat(shown(List.of(1, 3))).isEqualByComparingTo("1.00");
        assertThat(shown(List.of(2, 2, 2))).isEqualByComparingTo("0.00");
        assertThat(shown(List.of(0, 5))).isEqualByComparingTo("2.50");
        assertThat(shown(List.of(1, 2, 3, 4))).isEqualByComparingTo("1.12");
        assertThat(shown(List.of(0, 5, 5))).isEqualByComparingTo("2.36");
        assertThat(BidScores.standardDeviation(List.of())).isNull();
    }
}
