package uk.gov.tca.bid.money;

/** The unit a bid wrote a figure in: "£", "£000s"/"£'000"/"K £", "£m". The amount is always in pounds. */
public enum MoneyScale {
    POUNDS,
    THOUSANDS,
    MILLIONS
}
