package uk.gov.tca.bid.money;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What period a figure covers: each year, the whole period, once, or running total. */
@Schema(name = "MoneyBasis", description = "What period a figure covers: each year (PER_ANNUM), the whole period "
        + "(TOTAL_FOR_PERIOD), once (ONE_OFF), or a running total (CUMULATIVE).")
public enum MoneyBasis {
    PER_ANNUM,
    TOTAL_FOR_PERIOD,
    ONE_OFF,
    CUMULATIVE
}
