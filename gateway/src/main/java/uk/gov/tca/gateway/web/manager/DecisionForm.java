package uk.gov.tca.gateway.web.manager;

import jakarta.ws.rs.core.MultivaluedMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import uk.gov.tca.gateway.web.FieldError;
import uk.gov.tca.gateway.web.FormText;
import uk.gov.tca.gateway.web.ServiceProblem;
import uk.gov.tca.gateway.web.services.scoring.Decisions;
import uk.gov.tca.gateway.web.services.scoring.ScoringApi.Allocation;

/**
 * The allocation form as the manager filled it in: the rule, the least share a marginal bid is part-funded with (a
 * percentage, as people say it), why to go on while bids are not ready, and a note to keep with the decisions. Shown
 * again as it was after an error, and otherwise as the last allocation left it, so the option chosen (and the note)
 * is the one offered next time.
 */
public record DecisionForm(String mode, String minimumSharePercent, String notReadyReason, String note) {

    static final Set<String> MODES = Set.of("WHOLE_AWARDS_ONLY", "PART_FUND_MARGINAL");
    static final int REASON_MIN = 10;
    static final int REASON_MAX = 2000;
    private static final String DEFAULT_SHARE = "50";

    static DecisionForm of(MultivaluedMap<String, String> form) {
        return new DecisionForm(FormText.filled(form.getFirst("mode")), FormText.filled(form.getFirst("minimumShare")),
                FormText.filled(form.getFirst("notReadyReason")), FormText.filled(form.getFirst("note")));
    }

    /** What the last allocation chose, or the usual rule before there is one. */
    static DecisionForm remembered(Decisions decisions) {
        if (decisions == null || decisions.policy() == null || decisions.policy().mode() == null) {
            return new DecisionForm("WHOLE_AWARDS_ONLY", DEFAULT_SHARE, null, null);
        }
        BigDecimal share = decisions.policy().minimumShare();
        return new DecisionForm(decisions.policy().mode(), share == null ? DEFAULT_SHARE
                : share.movePointRight(2).stripTrailingZeros().toPlainString(), null, decisions.policy().note());
    }

    public boolean partFunds() {
        return "PART_FUND_MARGINAL".equals(mode);
    }

    /** What is wrong with the form before the scoring-service is asked, each error against its field. */
    List<FieldError> check(boolean notReady) {
        List<FieldError> errors = new ArrayList<>();
        if (mode == null || !MODES.contains(mode)) {
            errors.add(new FieldError("mode", "Select how the budget should be allocated"));
        }
        if (partFunds() && share() == null) {
            errors.add(new FieldError("minimumShare", "Enter the least share as a whole number from 1 to 100"));
        }
        if (notReady && notReadyReason == null) {
            errors.add(new FieldError("notReadyReason", "Say why you are allocating before every bid is scored and "
                    + "moderated"));
        }
        checkLength(errors, "notReadyReason", "reason", notReadyReason);
        checkLength(errors, "note", "note", note);
        return errors;
    }

    /** A text given (not every one must be) is as long as the scoring-service takes. */
    private static void checkLength(List<FieldError> errors, String field, String what, String text) {
        if (text != null && text.length() < REASON_MIN) {
            errors.add(new FieldError(field, "The " + what + " must be " + REASON_MIN + " characters or more"));
        } else if (text != null && text.length() > REASON_MAX) {
            errors.add(new FieldError(field, "The " + what + " must be " + REASON_MAX + " characters or fewer"));
        }
    }

    Allocation allocation() {
        return new Allocation(mode, partFunds() ? share() : null, notReadyReason, note);
    }

    /** The share as the service takes it (0.5 for 50%), or null when it is not a whole percentage from 1 to 100. */
    private BigDecimal share() {
        if (minimumSharePercent == null || !minimumSharePercent.matches("\\d{1,3}")) {
            return null;
        }
        int percent = Integer.parseInt(minimumSharePercent);
        return percent < 1 || percent > 100 ? null : BigDecimal.valueOf(percent).movePointLeft(2).stripTrailingZeros();
    }

    /** A refusal against the form's fields; one naming none stands against the rule chosen. */
    static List<FieldError> refused(ServiceProblem problem) {
        List<FieldError> errors = new ArrayList<>();
        for (FieldError violation : problem.violations()) {
            String field = switch (violation.field()) {
                case "minimumShare", "notReadyReason", "note" -> violation.field();
                default -> "mode";
            };
            errors.add(new FieldError(field, FormText.sentence(violation.message())));
        }
        if (errors.isEmpty()) {
            errors.add(new FieldError("mode", problem.detail() == null ? problem.title() : problem.detail()));
        }
        return errors;
    }
}
