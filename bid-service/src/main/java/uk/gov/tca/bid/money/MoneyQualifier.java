package uk.gov.tca.bid.money;

/** How sure a figure is, as the bid says it: "approximately", "up to", "over", a range, or not a number at all. */
public enum MoneyQualifier {
    EXACT,
    APPROX,
    UP_TO,
    OVER,
    RANGE,
    /** "xxxx", "x number": the bid left the figure to fill in. */
    PLACEHOLDER,
    /** "■", "£**k": the figure was withheld from publication. */
    REDACTED,
    /** "Cost Neutral": words where a number would be. */
    NON_NUMERIC
}
