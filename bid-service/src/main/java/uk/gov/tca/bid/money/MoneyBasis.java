package uk.gov.tca.bid.money;

/** What period a figure covers: each year, the whole period, once, or running total. */
public enum MoneyBasis {
    PER_ANNUM,
    TOTAL_FOR_PERIOD,
    ONE_OFF,
    CUMULATIVE
}
