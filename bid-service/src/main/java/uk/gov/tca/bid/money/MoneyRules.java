package uk.gov.tca.bid.money;

import uk.gov.tca.platform.rules.RuleViolation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What makes a figure readable. These are hard errors (the request is refused), unlike the validation
 * warnings about what a bid's figures say: a negative award or a number hiding in a placeholder is not a
 * messy bid, it is a broken request.
 */
public final class MoneyRules {

    /** £1 trillion: above any public budget; a larger figure is a typing error. Budgets and caps keep to it too. */
    public static final String LIMIT_TEXT = "1000000000000";
    public static final String NEGATIVE_LIMIT_TEXT = "-1000000000000";
    static final BigDecimal LIMIT = new BigDecimal(LIMIT_TEXT);

    private MoneyRules() {
    }

    public static List<RuleViolation> check(String field, Money money) {
        return check(field, money, "must not be negative");
    }

    /** The rules, a negative figure refused with the reason given (one that says how it could be taken). */
    public static List<RuleViolation> check(String field, Money money, String negativeRefusal) {
        return check(field, money, false, negativeRefusal);
    }

    /** The rules for a figure whose sign the bid has declared the meaning of: negative figures are taken as written. */
    public static List<RuleViolation> checkSigned(String field, Money money) {
        return check(field, money, true, null);
    }

    private static List<RuleViolation> check(String field, Money money, boolean signed, String negativeRefusal) {
        List<RuleViolation> violations = new ArrayList<>();
        if (money == null) {
            return violations;
        }
        MoneyQualifier qualifier = money.qualifier() == null ? MoneyQualifier.EXACT : money.qualifier();
        switch (qualifier) {
            case PLACEHOLDER, REDACTED, NON_NUMERIC -> {
                if (money.amount() != null || money.min() != null || money.max() != null) {
                    violations.add(new RuleViolation(field + ".amount",
                            "a " + qualifier.name().toLowerCase().replace('_', '-') + " is never read as a number: leave amount out"));
                }
                if (money.asWritten() == null || money.asWritten().isBlank()) {
                    violations.add(new RuleViolation(field + ".asWritten", "is required for a " + qualifier.name().toLowerCase()
                            .replace('_', '-') + ", to keep what the bid wrote"));
                }
            }
            case RANGE -> {
                if (money.min() == null || money.max() == null) {
                    violations.add(new RuleViolation(field, "a range needs both min and max"));
                } else if (money.min().compareTo(money.max()) > 0) {
                    violations.add(new RuleViolation(field + ".min", "is more than max"));
                }
            }
            default -> {
                if (money.amount() == null) {
                    violations.add(new RuleViolation(field + ".amount", "is required unless the figure is a placeholder, "
                            + "a redaction or words"));
                }
            }
        }
        check(field + ".amount", money.amount(), signed, negativeRefusal, violations);
        check(field + ".min", money.min(), signed, negativeRefusal, violations);
        check(field + ".max", money.max(), signed, negativeRefusal, violations);
        return violations;
    }

    private static void check(String field, BigDecimal value, boolean signed, String negativeRefusal,
            List<RuleViolation> violations) {
        if (value == null) {
            return;
        }
        if (value.signum() < 0 && !signed) {
            violations.add(new RuleViolation(field, negativeRefusal));
        }
        if (value.abs().compareTo(LIMIT) >= 0) {
            violations.add(new RuleViolation(field, "must be less than £1,000,000,000,000"));
        }
        if (value.stripTrailingZeros().scale() > 2) {
            violations.add(new RuleViolation(field, "is in pounds and pence: at most 2 decimal places"));
        }
    }
}
