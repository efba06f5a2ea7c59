package uk.gov.tca.bid.money;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The unit a bid wrote a figure in: "£", "£000s"/"£'000"/"K £", "£m". The amount is always in pounds. */
@Schema(name = "MoneyScale", description = "The unit the bid wrote the figure in: POUNDS (£), THOUSANDS (£000s, £'000, "
        + "K £), MILLIONS (£m). A record of the source only: every amount is in pounds sterling whatever the scale.")
public enum MoneyScale {
    POUNDS,
    THOUSANDS,
    MILLIONS
}
