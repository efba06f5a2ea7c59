package uk.gov.tca.bid.lifecycle;

import java.util.List;
import uk.gov.tca.platform.rules.RuleViolation;

/**
 * Why the bid would not do what it was asked, with every reason, in words for the person who asked: a bid not in a
 * state to do it at all, a bid whose own rules stop it, the round's funder named on it, or what was asked being
 * wrong in itself. The kind says which; the detail what happened this time.
 */
public record Refusal(Kind kind, String detail, List<RuleViolation> reasons) {

    public enum Kind {
        /** The bid is not where this can happen (a decided bid withdrawn). */
        NOT_NOW,
        /** The bid's rules stop it (a submission missing what the round requires). */
        RULES_UNMET,
        /** The organisation that runs the round is named on the bid (rule FUNDER_TAKES_NO_PART). */
        FUNDER_TAKES_PART,
        /** What was asked is wrong in itself (an award with no amount). */
        INVALID
    }

    public Refusal {
        reasons = List.copyOf(reasons);
    }

    static Refusal notNow(String why) {
        return new Refusal(Kind.NOT_NOW, why, List.of());
    }

    static Refusal rulesUnmet(String detail, List<RuleViolation> reasons) {
        return new Refusal(Kind.RULES_UNMET, detail, reasons);
    }

    static Refusal funderTakesPart(List<RuleViolation> reasons) {
        return new Refusal(Kind.FUNDER_TAKES_PART, reasons.get(0).reason(), reasons);
    }

    static Refusal invalid(List<RuleViolation> reasons) {
        return new Refusal(Kind.INVALID, reasons.size() + " field(s) not valid", reasons);
    }
}
