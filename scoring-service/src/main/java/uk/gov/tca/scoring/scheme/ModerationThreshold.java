package uk.gov.tca.scoring.scheme;

import java.math.BigDecimal;

/**
 * When assessors disagree enough that a programme manager must moderate: the spread (max − min) of their
 * scores on any one criterion, or of their weighted totals, above these.
 */
public record ModerationThreshold(BigDecimal criterionSpread, BigDecimal totalSpread) {
}
