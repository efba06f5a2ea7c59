package uk.gov.tca.bid.appraisal;

import uk.gov.tca.bid.content.BenefitLine;
import uk.gov.tca.bid.content.CostLine;
import uk.gov.tca.bid.content.SignConvention;
import uk.gov.tca.bid.lifecycle.Bid;
import uk.gov.tca.bid.money.FinancialYear;
import uk.gov.tca.bid.money.Money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A bid's lines placed once, the one way the appraisal places them, so that every rule that adds a bid's figures
 * (the award against its lines, a stated total against what it totals) adds what the appraisal adds: "£100k a year
 * for 3 years" is £300,000, a running total is its last figure, a figure over dates falls in the years it covers.
 * Benefits are held in the sign the bid wrote them; the appraisal reads them by the bid's sign convention.
 */
public final class PlacedFigures {

    private final List<Placement.Placed> costs;
    private final List<Placement.Placed> benefits;
    private final Placement.Timeline timeline;
    private final SignConvention convention;

    private PlacedFigures(List<Placement.Placed> costs, List<Placement.Placed> benefits, Placement.Timeline timeline,
            SignConvention convention) {
        this.costs = costs;
        this.benefits = benefits;
        this.timeline = timeline;
        this.convention = SignConvention.orDefault(convention);
    }

    public static PlacedFigures of(Bid bid) {
        List<Placement.Line> lines = linesOf(bid);
        Placement.Timeline timeline = Placement.Timeline.of(lines);
        List<Placement.Placed> placed = Placement.of(lines, timeline);
        int costCount = bid.content().costLines().size();
        return new PlacedFigures(placed.subList(0, costCount), placed.subList(costCount, placed.size()), timeline,
                bid.content().signConvention());
    }

    /** Cost lines then benefit lines, in the order the bid gives them; benefits read by its sign convention. */
    static List<Placement.Line> linesOf(Bid bid) {
        List<Placement.Line> lines = new ArrayList<>();
        for (int i = 0; i < bid.content().costLines().size(); i++) {
            CostLine c = bid.content().costLines().get(i);
            lines.add(new Placement.Line(Placement.Side.COST, LineNames.costLine(c.activity(), i), c.amount(), c.period(),
                    c.activity(), c.shares(), null));
        }
        SignConvention convention = bid.content().signConvention();
        for (int i = 0; i < bid.content().benefitLines().size(); i++) {
            BenefitLine b = bid.content().benefitLines().get(i);
            lines.add(new Placement.Line(Placement.Side.BENEFIT, LineNames.benefitLine(b.description(), i),
                    benefitAsRead(b.amount(), convention), b.period(), b.description(),
                    b.shares().stream().map(s -> new uk.gov.tca.bid.content.Share(s.organisationId(),
                            benefitAsRead(s.amount(), convention))).toList(),
                    b.beneficiaryOrganisationId()));
        }
        return lines;
    }

    /** What the appraisal counts of cost line {@code i} over all its years; empty when it places none of it. */
    public Optional<BigDecimal> costLine(int i) {
        return total(costs.get(i));
    }

    /** What the appraisal counts of benefit line {@code i} over all its years, in the sign the bid wrote it. */
    public Optional<BigDecimal> benefitLine(int i) {
        return total(benefits.get(i)).map(this::asWritten);
    }

    /**
     * What falls in one financial year of cost line {@code i}; empty when none of it does, the line is not placed or
     * the bid counts its years from Year 0 (then no financial year can be told: see {@link #inFinancialYears()}).
     */
    public Optional<BigDecimal> costLineIn(int i, FinancialYear year) {
        return inYear(costs.get(i), year);
    }

    /** What falls in one financial year of benefit line {@code i}, in the sign the bid wrote it. */
    public Optional<BigDecimal> benefitLineIn(int i, FinancialYear year) {
        return inYear(benefits.get(i), year).map(this::asWritten);
    }

    /** Whether the appraisal placed cost line {@code i} in any year. */
    public boolean costLinePlaced(int i) {
        return costs.get(i).placed();
    }

    /** Whether the appraisal placed benefit line {@code i} in any year. */
    public boolean benefitLinePlaced(int i) {
        return benefits.get(i).placed();
    }

    /** Whether years can be told as financial years (a bid counting Year 0, 1 … cannot). */
    public boolean inFinancialYears() {
        return !timeline.relative() && timeline.firstYear() != null;
    }

    private Optional<BigDecimal> inYear(Placement.Placed p, FinancialYear year) {
        if (!p.placed() || !inFinancialYears()) {
            return Optional.empty();
        }
        int index = year.startYear() - timeline.firstYear();
        List<Placement.Share> in = p.shares().stream().filter(s -> s.index() == index).toList();
        return in.isEmpty() ? Optional.empty()
                : Optional.of(in.stream().map(Placement.Share::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private static Optional<BigDecimal> total(Placement.Placed p) {
        return p.placed() ? Optional.of(p.shares().stream().map(Placement.Share::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                : Optional.empty();
    }

    private BigDecimal asWritten(BigDecimal asRead) {
        return convention.benefitOf(asRead); // the convention's reading is its own inverse: a sign kept or turned
    }

    /** A benefit in the appraisal's sense (more is better), the line's written sign read by the bid's convention. */
    static Money benefitAsRead(Money written, SignConvention convention) {
        if (written == null || written.amount() == null) {
            return written;
        }
        return new Money(SignConvention.orDefault(convention).benefitOf(written.amount()),
                written.min(), written.max(), written.asWritten(), written.scale(), written.qualifier(), written.basis());
    }
}
