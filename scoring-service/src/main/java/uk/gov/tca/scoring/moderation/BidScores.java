package uk.gov.tca.scoring.moderation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
public record BidScores(String bidId, int assessments, List<BigDecimal> weightedTotals, BigDecimal meanTotal,
        BigDecimal medianTotal, BigDecimal totalSpread, List<CriterionSpread> criteria, boolean flagged,
        List<String> flags, boolean moderated, BigDecimal finalScore) {

    public record CriterionSpread(String criterion, BigDecimal weight, List<Integer> scores, BigDecimal mean, Integer min,
            Integer max, BigDecimal standardDeviation, Integer moderatedScore, String moderationReason) {
    }

    private static final MathContext MC = MathContext.DECIMAL64;
    /** Shown to two places: ten significant digits are plenty, and a 16-digit square root was a quarter of ranking. */
    private static final MathContext SQRT = new MathContext(10);

    public static BidScores of(String bidId, Scheme scheme, List<Assessment> submitted, List<Moderation> moderations) {
        Map<String, Moderation> latest = new LinkedHashMap<>();
        moderations.forEach(m -> latest.put(m.criterion, m));
        List<BigDecimal> totals = submitted.stream().map(a -> weightedTotal(scheme, a)).toList();
        List<CriterionSpread> criteria = new ArrayList<>();
        List<String> flags = new ArrayList<>();
        BigDecimal moderatedTotal = BigDecimal.ZERO;
        for (Criterion c : scheme.criteria) {
            List<Integer> scores = submitted.stream().flatMap(a -> a.scores.stream())
                    .filter(s -> s.criterion().equals(c.code()) && s.score() != null).map(CriterionScore::score).toList();
            BigDecimal mean = mean(scores.stream().map(BigDecimal::valueOf).toList());
            Integer min = scores.stream().min(Integer::compare).orElse(null);
            Integer max = scores.stream().max(Integer::compare).orElse(null);
            Moderation m = latest.get(c.code());
            criteria.add(new CriterionSpread(c.code(), c.weight(), scores, round(mean), min, max,
                    round(standardDeviation(scores.stream().map(BigDecimal::valueOf).toList())),
                    m == null ? null : m.score, m == null ? null : m.reason));
            if (scores.size() > 1 && scheme.moderation.criterionSpread() != null
                    && BigDecimal.valueOf(max - min).compareTo(scheme.moderation.criterionSpread()) > 0) {
                flags.add("assessors' scores for " + c.code() + " run from " + min + " to " + max + ", more than "
                        + scheme.moderation.criterionSpread().stripTrailingZeros().toPlainString() + " apart");
            }
            BigDecimal used = m != null ? BigDecimal.valueOf(m.score) : mean;
            moderatedTotal = used == null ? moderatedTotal : moderatedTotal.add(c.weight().multiply(used, MC));
        }
        BigDecimal spread = totals.isEmpty() ? null
                : totals.stream().max(Comparator.naturalOrder()).get().subtract(totals.stream().min(Comparator.naturalOrder()).get());
        if (totals.size() > 1 && scheme.moderation.totalSpread() != null
                && spread.compareTo(scheme.moderation.totalSpread()) > 0) {
            flags.add("weighted totals run from " + round(totals.stream().min(Comparator.naturalOrder()).get())
                    .toPlainString() + " to " + round(totals.stream().max(Comparator.naturalOrder()).get()).toPlainString()
                    + ", more than " + scheme.moderation.totalSpread().stripTrailingZeros().toPlainString() + " apart");
        }
        BigDecimal meanTotal = mean(totals);
        boolean moderated = !latest.isEmpty();
        return new BidScores(bidId, submitted.size(), totals.stream().map(BidScores::round).toList(), round(meanTotal),
                round(median(totals)), round(spread), criteria, !flags.isEmpty(), flags, moderated,
                round(moderated ? moderatedTotal : meanTotal));
    }

    static BigDecimal weightedTotal(Scheme scheme, Assessment a) {
        BigDecimal total = BigDecimal.ZERO;
        for (CriterionScore s : a.scores) {
            var criterion = scheme.criterion(s.criterion());
            if (criterion.isPresent() && s.score() != null) {
                total = total.add(criterion.get().weight().multiply(BigDecimal.valueOf(s.score()), MC));
            }
        }
        return total;
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

    /** Population standard deviation: the assessors who scored are all there are. */
    static BigDecimal standardDeviation(List<BigDecimal> values) {
        BigDecimal mean = mean(values);
        if (mean == null) {
            return null;
        }
        BigDecimal variance = values.stream().map(v -> v.subtract(mean).pow(2, MC)).reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(values.size()), MC);
        return variance.sqrt(SQRT);
    }

    private static BigDecimal round(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }
}
