package uk.gov.tca.scoring.ranking;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The order bids are funded in: the higher final score first (moderated where moderated, else the mean of
 * the assessors' weighted totals). Ties are broken, in turn, by the higher score on the scheme's heaviest
 * criterion, the smaller amount sought (more bids can be funded), the earlier submission, and the bid id —
 * so the same scores always give the same order.
 */
public final class RankingRules {

    public static final String TIE_RULE = "Higher final score; then higher score on the heaviest criterion; then smaller "
            + "amount sought; then earlier submission; then bid id";

    private RankingRules() {
    }

    public record Candidate(String bidId, BigDecimal score, BigDecimal heaviestCriterion, BigDecimal amountSought,
            Instant submittedAt) {
    }

    public static final Comparator<Candidate> ORDER = Comparator
            .comparing(Candidate::score, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Candidate::heaviestCriterion, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Candidate::amountSought, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Candidate::submittedAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Candidate::bidId);

    public static List<Candidate> rank(List<Candidate> candidates) {
        return candidates.stream().sorted(ORDER).toList();
    }
}
