package uk.gov.tca.scoring.moderation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.tca.scoring.assessment.Assessment;
import uk.gov.tca.scoring.assessment.CriterionScore;
import uk.gov.tca.scoring.scheme.Criterion;
import uk.gov.tca.scoring.scheme.Scheme;

/**
 * What the submitted assessments of one bid say together: each assessor's weighted total, their mean and
 * median, the spread on every criterion (min, max, standard deviation), whether the spread passes the
 * scheme's threshold so a programme manager must moderate, and the score the bid is ranked on — the
 * moderated scores where there are any (each criterion's moderated score, else its mean), else the mean total.
 */
@Schema(name = "BidScores", description = "What the submitted assessments of one bid say together: each assessor's "
        + "weighted total, their mean, median and spread, the spread on every criterion, the flags that call for "
        + "moderation and the final score the bid is ranked on. Excluded assessments and drafts count nowhere. "
        + "Figures are rounded to two places.")
public record BidScores(
        @Schema(description = "The bid, by its id in the bid-service", example = "bid-3f6d2a80-1c4e-4b7a-9e15-8d0c7b2a4f61")
        String bidId,
        @Schema(description = "How many submitted assessments count", example = "2") int assessments,
        @Schema(description = "Each assessor's weighted total (the sum of score × weight), in submission order")
        List<BigDecimal> weightedTotals,
        @Schema(description = "The mean of the weighted totals; absent with no assessment", example = "3.1")
        BigDecimal meanTotal,
        @Schema(description = "The median of the weighted totals; absent with no assessment", example = "3.1")
        BigDecimal medianTotal,
        @Schema(description = "The highest weighted total minus the lowest; absent with no assessment", example = "0.6")
        BigDecimal totalSpread,
        @Schema(description = "Every criterion of the scheme, in its order, with the assessors' scores and their spread")
        List<CriterionSpread> criteria,
        @Schema(description = "Whether a spread passes the scheme's moderation thresholds") boolean flagged,
        @Schema(description = "Each threshold passed, in words; empty when not flagged")
        List<String> flags,
        @Schema(description = "Whether a programme manager has recorded a moderated score for any criterion")
        boolean moderated,
        @Schema(description = "The score the bid is ranked on: when moderated, the weighted sum of each criterion's "
                + "moderated score (its mean where it has none); otherwise the mean of the weighted totals",
                example = "3.1")
        BigDecimal finalScore) {

    @Schema(name = "CriterionSpread", description = "One criterion's scores across the bid's assessors")
    public record CriterionSpread(
            @Schema(description = "The criterion's code", example = "collaboration") String criterion,
            @Schema(description = "Its weight in the scheme", example = "0.2") BigDecimal weight,
            @Schema(description = "The assessors' scores, in submission order; an assessor who left it unscored adds none")
            List<Integer> scores,
            @Schema(description = "The mean score; absent when none", example = "3.5") BigDecimal mean,
            @Schema(description = "The lowest score; absent when none", example = "3") Integer min,
            @Schema(description = "The highest score; absent when none", example = "4") Integer max,
            @Schema(description = "The population standard deviation of the scores; absent when none", example = "0.50")
            BigDecimal standardDeviation,
            @Schema(description = "The moderated score that counts (the latest recorded); absent when not moderated",
                    example = "4") Integer moderatedScore,
            @Schema(description = "Why it was moderated; absent when not moderated",
                    example = "Panel: the shared workforce is collaboration in practice") String moderationReason) {
    }

    private static final MathContext MC = MathContext.DECIMAL64;

    public static BidScores of(String bidId, Scheme scheme, List<Assessment> submitted, List<Moderation> moderations) {
        Map<String, Moderation> latest = new LinkedHashMap<>();
        moderations.forEach(m -> latest.put(m.criterion, m));
        List<BigDecimal> totals = new ArrayList<>(submitted.size());
        for (Assessment a : submitted) {
            totals.add(weightedTotal(scheme, a));
        }
        List<CriterionSpread> criteria = new ArrayList<>(scheme.criteria.size());
        List<String> flags = new ArrayList<>();
        BigDecimal moderatedTotal = BigDecimal.ZERO;
        for (Criterion c : scheme.criteria) {
            List<Integer> scores = scoresFor(c.code(), submitted);
            BigDecimal mean = scores.isEmpty() ? null
                    : BigDecimal.valueOf(sum(scores)).divide(BigDecimal.valueOf(scores.size()), MC);
            Integer min = scores.isEmpty() ? null : Collections.min(scores);
            Integer max = scores.isEmpty() ? null : Collections.max(scores);
            Moderation m = latest.get(c.code());
            criteria.add(new CriterionSpread(c.code(), c.weight(), scores, round(mean), min, max,
                    standardDeviation(scores), m == null ? null : m.score, m == null ? null : m.reason));
            if (scores.size() > 1 && scheme.moderation.criterionSpread() != null
                    && BigDecimal.valueOf(max - min).compareTo(scheme.moderation.criterionSpread()) > 0) {
                flags.add("assessors' scores for " + c.code() + " run from " + min + " to " + max + ", more than "
                        + scheme.moderation.criterionSpread().stripTrailingZeros().toPlainString() + " apart");
            }
            BigDecimal used = m != null ? BigDecimal.valueOf(m.score) : mean;
            moderatedTotal = used == null ? moderatedTotal : moderatedTotal.add(c.weight().multiply(used, MC));
        }
        BigDecimal lowest = totals.isEmpty() ? null : Collections.min(totals);
        BigDecimal highest = totals.isEmpty() ? null : Collections.max(totals);
        BigDecimal spread = totals.isEmpty() ? null : highest.subtract(lowest);
        if (totals.size() > 1 && scheme.moderation.totalSpread() != null
                && spread.compareTo(scheme.moderation.totalSpread()) > 0) {
            flags.add("weighted totals run from " + round(lowest).toPlainString() + " to " + round(highest).toPlainString()
                    + ", more than " + scheme.moderation.totalSpread().stripTrailingZeros().toPlainString() + " apart");
        }
        BigDecimal meanTotal = mean(totals);
        boolean moderated = !latest.isEmpty();
        return new BidScores(bidId, submitted.size(), totals.stream().map(BidScores::round).toList(), round(meanTotal),
                round(median(totals)), round(spread), criteria, !flags.isEmpty(), flags, moderated,
                round(moderated ? moderatedTotal : meanTotal));
    }

    /** One criterion's scores, assessor by assessor in the order given; a criterion left unscored adds none. */
    private static List<Integer> scoresFor(String criterion, List<Assessment> submitted) {
        List<Integer> scores = new ArrayList<>(submitted.size());
        for (Assessment a : submitted) {
            for (CriterionScore s : a.scores) {
                if (s.score() != null && s.criterion().equals(criterion)) {
                    scores.add(s.score());
                }
            }
        }
        return scores;
    }

    /**
     * An assessor's total: each criterion's score times its weight, exactly (a weight has a few places, a score
     * none); scores for criteria not in the scheme count nothing.
     */
    static BigDecimal weightedTotal(Scheme scheme, Assessment a) {
        BigDecimal total = BigDecimal.ZERO;
        for (CriterionScore s : a.scores) {
            BigDecimal weight = scheme.weight(s.criterion());
            if (weight != null && s.score() != null) {
                total = total.add(weight.multiply(BigDecimal.valueOf(s.score())));
            }
        }
        return total;
    }

    private static long sum(List<Integer> scores) {
        long sum = 0;
        for (int score : scores) {
            sum += score;
        }
        return sum;
    }

    static BigDecimal mean(List<BigDecimal> values) {
        return values.isEmpty() ? null
                : values.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(values.size()), MC);
    }

    static BigDecimal median(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<BigDecimal> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), MC);
    }

    /**
     * Population standard deviation (the assessors who scored are all there are) of whole-number scores, as shown:
     * at two places, rounded half up, exactly, in whole numbers. n²·variance = V = n·Σx² − (Σx)², so σ = √V / n,
     * and the hundredths k = ⌊100·√V / n + ½⌋ are the largest k with (2k − 1)·n ≤ √(40 000·V), that is
     * k = ⌊(r + n) / 2n⌋ with r = ⌊√(40 000·V)⌋. (A BigDecimal square root per criterion per bid was half the
     * time of ranking 10 000 bids, and a double's expansion into a BigDecimal a tenth.)
     */
    static BigDecimal standardDeviation(List<Integer> scores) {
        if (scores.isEmpty()) {
            return null;
        }
        long n = scores.size();
        long sumOfSquares = 0;
        for (int score : scores) {
            sumOfSquares += (long) score * score;
        }
        long sum = sum(scores);
        long r = floorSqrt(40_000 * (n * sumOfSquares - sum * sum));
        return BigDecimal.valueOf((r + n) / (2 * n), 2);
    }

    /** ⌊√x⌋ for x ≥ 0: the double's root, corrected where it is off by one near a perfect square. */
    private static long floorSqrt(long x) {
        long r = (long) Math.sqrt(x);
        while (r * r > x) {
            r--;
        }
        while ((r + 1) * (r + 1) <= x) {
            r++;
        }
        return r;
    }

    private static BigDecimal round(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }
}
