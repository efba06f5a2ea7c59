package uk.gov.tca.bid.money;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How sure a figure is, as the bid says it: "approximately", "up to", "over", a range, or not a number at all. */
@Schema(name = "MoneyQualifier", description = "How sure a figure is, as the bid says it: EXACT, APPROX (\"approximately\", "
        + "\"c£14m\"), UP_TO, OVER (\"over\", \"in excess of\"), RANGE (min to max), or not a number at all: PLACEHOLDER "
        + "(\"xxxx\"), REDACTED (\"■\", \"£**k\"), NON_NUMERIC (\"Cost Neutral\").")
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
