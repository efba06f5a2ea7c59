package uk.gov.tca.bid.appraisal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * SIMPLE_PAYBACK: the one-off cost over a year's saving, the figure councils' business cases state ("pays back in 2.5
 * years"). The one-off cost is every cost not stated per annum; a year's saving is the profile's last year with a
 * benefit (the saving once it is fully in), less the costs stated per annum in that year, which go on with it.
 */
@Schema(name = "SimplePayback", description = "Simple payback: the one-off cost over a year's saving. The one-off cost is "
        + "every cost not stated PER_ANNUM; a year's saving is the benefits of the last year of the profile that has "
        + "one, less the costs stated PER_ANNUM in that year. Amounts in pounds sterling.")
public record SimplePayback(
        @Schema(description = "The one-off cost over a year's saving, in years, 2 decimal places.", example = "2.45")
        BigDecimal years,
        @Schema(description = "The costs not stated per annum.", example = "600000.00") BigDecimal oneOffCost,
        @Schema(description = "A year's saving, net of the costs stated per annum in that year.", example = "245000.00")
        BigDecimal annualSaving,
        @Schema(description = "The year whose saving is taken, as a label.", example = "2016/17") String savingYear) {

    /** Absent when there is no one-off cost or no positive year's saving to divide it by. */
    static SimplePayback of(List<Placement.Placed> placements, List<Appraisal.Year> years, Placement.Timeline timeline) {
        BigDecimal oneOff = BigDecimal.ZERO;
        for (Placement.Placed p : placements) {
            if (p.placed() && p.line().side() == Placement.Side.COST && !p.perAnnum()) {
                oneOff = oneOff.add(p.shares().stream().map(Placement.Share::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
            }
        }
        Integer savingYear = null;
        for (Appraisal.Year y : years) {
            if (y.benefits().signum() != 0) {
                savingYear = y.index();
            }
        }
        if (savingYear == null || oneOff.signum() <= 0) {
            return null;
        }
        BigDecimal saving = years.get(savingYear).benefits();
        for (Placement.Placed p : placements) {
            if (p.placed() && p.line().side() == Placement.Side.COST && p.perAnnum()) {
                for (Placement.Share share : p.shares()) {
                    if (share.index() == savingYear) {
                        saving = saving.subtract(share.amount());
                    }
                }
            }
        }
        if (saving.signum() <= 0) {
            return null;
        }
        return new SimplePayback(oneOff.divide(saving, MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_UP),
                oneOff.setScale(2, RoundingMode.HALF_UP), saving.setScale(2, RoundingMode.HALF_UP), timeline.label(savingYear));
    }
}
