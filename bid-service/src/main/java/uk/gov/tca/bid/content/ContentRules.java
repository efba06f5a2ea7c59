package uk.gov.tca.bid.content;

import java.util.ArrayList;
import java.util.List;
import uk.gov.tca.bid.money.FinancialYear;
import uk.gov.tca.bid.money.Money;
import uk.gov.tca.bid.money.MoneyBasis;
import uk.gov.tca.bid.money.MoneyRules;
import uk.gov.tca.bid.money.Period;
import uk.gov.tca.platform.rules.RuleViolation;

/**
 * What a bid's content must be to be kept at all: every amount one the money rules accept and every period one the
 * financial-year rules read, and a stated total of stated figures that gives them. Everything else a council writes
 * is taken as written, and what does not add up is a warning.
 */
public final class ContentRules {

    /** What a negative benefit without a declared convention is told. */
    static final String UNDECLARED_SIGN = "must not be negative unless the bid declares how its benefit table writes signs: "
            + "signConvention SAVINGS_POSITIVE (a negative figure is a year that costs more than it saves) or "
            + "SAVINGS_NEGATIVE (savings are written as negative figures)";

    private ContentRules() {
    }

    public static List<RuleViolation> check(BidContent content) {
        List<RuleViolation> violations = new ArrayList<>();
        for (int i = 0; i < content.costLines().size(); i++) {
            CostLine line = content.costLines().get(i);
            violations.addAll(MoneyRules.check("costLines[" + i + "].amount", line.amount()));
            violations.addAll(periodRules("costLines[" + i + "]", line.period(), line.amount()));
            violations.addAll(shareRules("costLines[" + i + "]", line.shares(), false, content.signConvention()));
        }
        for (int i = 0; i < content.benefitLines().size(); i++) {
            BenefitLine line = content.benefitLines().get(i);
            violations.addAll(content.signConvention() == null
                    ? MoneyRules.check("benefitLines[" + i + "].amount", line.amount(), UNDECLARED_SIGN)
                    : MoneyRules.checkSigned("benefitLines[" + i + "].amount", line.amount()));
            violations.addAll(periodRules("benefitLines[" + i + "]", line.period(), line.amount()));
            violations.addAll(shareRules("benefitLines[" + i + "]", line.shares(), true, content.signConvention()));
            if (!line.shares().isEmpty() && line.beneficiaryOrganisationId() != null) {
                violations.add(new RuleViolation("benefitLines[" + i + "].beneficiaryOrganisationId", "is left out when the "
                        + "benefit is shared: the shares say whose it is"));
            }
        }
        for (int i = 0; i < content.declaredTotals().size(); i++) {
            violations.addAll(totalRules("declaredTotals[" + i + "]", content.declaredTotals().get(i), content.signConvention()));
        }
        return violations;
    }

    /** Each share a figure the money rules read, each organisation once. */
    private static List<RuleViolation> shareRules(String line, List<Share> shares, boolean benefit, SignConvention convention) {
        List<RuleViolation> violations = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int j = 0; j < shares.size(); j++) {
            Share share = shares.get(j);
            violations.addAll(money(line + ".shares[" + j + "].amount", share.amount(), benefit, convention));
            if (share.organisationId() != null && !seen.add(share.organisationId())) {
                violations.add(new RuleViolation(line + ".shares[" + j + "].organisationId", "repeats another share's "
                        + "organisation: give each organisation one share"));
            }
        }
        return violations;
    }

    /** A period the financial-year rules read; one that goes on with no end is of a figure stated per annum. */
    private static List<RuleViolation> periodRules(String line, Period period, Money amount) {
        List<RuleViolation> violations = new ArrayList<>(Period.check(line + ".period", period));
        if (period != null && period.goesOn() && amount != null && amount.basis() != MoneyBasis.PER_ANNUM) {
            violations.add(new RuleViolation(line + ".period.ongoing", "is for a figure that goes on each year: the "
                    + "amount's basis must be PER_ANNUM"));
        }
        return violations;
    }

    /** TOTAL_OF_STATED_FIGURES: a total of stated figures gives them; a total of the bid's own lines adds up the lines. */
    private static List<RuleViolation> totalRules(String field, DeclaredTotal total, SignConvention convention) {
        // a total of benefits (or of a table's stated figures) is written with the signs of what it totals
        boolean benefits = total.of() != DeclaredTotal.Of.COST_LINES;
        List<RuleViolation> violations = new ArrayList<>(money(field + ".amount", total.amount(), benefits, convention));
        if (total.financialYear() != null && FinancialYear.parse(total.financialYear()).isEmpty()) {
            violations.add(new RuleViolation(field + ".financialYear", FinancialYear.EXPECTED));
        }
        for (int j = 0; j < total.figures().size(); j++) {
            violations.addAll(money(field + ".figures[" + j + "]", total.figures().get(j), benefits, convention));
        }
        if (total.of() == DeclaredTotal.Of.STATED_FIGURES && total.figures().isEmpty()) {
            violations.add(new RuleViolation(field + ".figures", "a total of stated figures needs the figures"));
        } else if (total.of() != DeclaredTotal.Of.STATED_FIGURES && !total.figures().isEmpty()) {
            violations.add(new RuleViolation(field + ".figures",
                    "are only given for a total of STATED_FIGURES; a total of the bid's lines adds up the lines"));
        }
        return violations;
    }

    private static List<RuleViolation> money(String field, Money money, boolean benefits,
            SignConvention convention) {
        if (!benefits) {
            return MoneyRules.check(field, money);
        }
        return convention == null ? MoneyRules.check(field, money, UNDECLARED_SIGN) : MoneyRules.checkSigned(field, money);
    }
}
