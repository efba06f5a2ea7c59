package uk.gov.tca.bid.money;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How the contract writes a financial year, wherever one is a plain string (a round's eligible years). Only the
 * contract's: the reading itself is {@link FinancialYear#parse}, the one every field uses.
 */
@Schema(name = "FinancialYear", type = SchemaType.STRING, maxLength = 30, example = "2013/14",
        description = "A UK financial year (1 April to 31 March) in any usual spelling: 2016/17, 2016-17, 2016–17, 16/17, "
                + "FY2016/17, 2016/2017 or 2016 to 2017. The two years must follow each other (2013/15 is refused). "
                + "Answered in one form, the year it starts, a slash and the last two digits of the year it ends: 2016/17.")
public interface FinancialYearText {
}
