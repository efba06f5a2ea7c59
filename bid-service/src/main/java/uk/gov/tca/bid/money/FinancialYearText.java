package uk.gov.tca.bid.money;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How the contract writes a financial year, wherever one is a plain string (a period's year, a round's eligible
 * years). Only the contract's: the rule itself is {@link Period#check}, which also wants the two years consecutive.
 */
@Schema(name = "FinancialYear", type = SchemaType.STRING, pattern = Period.FINANCIAL_YEAR_PATTERN, maxLength = 7,
        example = "2013/14", description = "A UK financial year (1 April to 31 March), written as the year it starts, a "
                + "slash and the last two digits of the year it ends: 2013/14, 2014/15. The two years must follow each "
                + "other (2013/15 is refused).")
public interface FinancialYearText {
}
