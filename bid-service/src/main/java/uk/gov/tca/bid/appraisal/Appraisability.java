package uk.gov.tca.bid.appraisal;

import java.util.List;

/**
 * CAN_BE_APPRAISED: a return needs both sides, so some cost and some benefit must be figures placed in a year.
 * Otherwise a ratio, an NPV or a payback would be a figure of what could not be read (NPV £0, ROI -100%), so the
 * appraisal gives none and says why, naming the lines.
 */
final class Appraisability {

    private Appraisability() {
    }

    /** Null when the figures can be appraised; else why not, in plain English. */
    static String reason(int placedCosts, List<String> unplacedCosts, int placedBenefits, List<String> unplacedBenefits) {
        if (placedCosts > 0 && placedBenefits > 0) {
            return null;
        }
        if (placedCosts == 0 && placedBenefits == 0 && unplacedCosts.isEmpty() && unplacedBenefits.isEmpty()) {
            return "the bid gives no cost or benefit lines";
        }
        StringBuilder why = new StringBuilder();
        if (placedCosts == 0) {
            why.append(side("cost", unplacedCosts));
        }
        if (placedBenefits == 0) {
            why.append(why.length() == 0 ? "" : "; ").append(side("benefit", unplacedBenefits));
        }
        return why.toString();
    }

    private static String side(String kind, List<String> unplaced) {
        if (unplaced.isEmpty()) {
            return "the bid gives no " + kind + " lines";
        }
        return "no " + kind + " is a figure placed in a year: " + String.join("; ", unplaced);
    }
}
