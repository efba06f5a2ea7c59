package uk.gov.tca.gateway.web.manager;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import uk.gov.tca.gateway.web.FieldError;
import uk.gov.tca.gateway.web.services.bid.Round;
import uk.gov.tca.gateway.web.services.scoring.Assessment;
import uk.gov.tca.gateway.web.services.scoring.BidModeration;
import uk.gov.tca.gateway.web.services.scoring.Scheme;

/**
 * One bid's moderation: for each criterion, its assessors side by side (score, confidence, justification), the spread,
 * the moderated score that counts and every one recorded before it; and the form that records another.
 */
public record BidModerationView(Round round, BidModeration moderation, Scheme scheme, List<String> assessors,
        List<CriterionRow> criteria, List<ScalePoint> scale, List<FieldError> errors, Form form, String recorded) {

    /** A score the scheme's scale allows, with the words that anchor it where the scheme gives them. */
    public record ScalePoint(String value, String label, boolean chosen) {
    }

    /** What the form sent (kept on a refusal, so nothing typed is lost). */
    public record Form(String criterion, String score, String reason) {

        static final Form EMPTY = new Form(null, null, null);
    }

    /** One assessor's score for one criterion. */
    public record Cell(String assessor, Integer score, String confidence, String justification) {
    }

    /** One criterion across the assessors, with its moderations, oldest first. */
    public record CriterionRow(String code, String name, java.math.BigDecimal weight, List<Cell> cells, Integer min,
            Integer max, Integer moderatedScore, String moderationReason, List<BidModeration.Moderation> history) {

        public Integer spread() {
            return min == null || max == null ? null : max - min;
        }
    }

    static BidModerationView of(Round round, BidModeration moderation, Scheme scheme, List<Assessment> submitted,
            List<FieldError> errors, Form form, String recorded) {
        List<String> assessors = submitted.stream().map(Assessment::assessor).toList();
        List<CriterionRow> rows = new ArrayList<>();
        for (Scheme.Criterion c : scheme.criteria()) {
            List<Cell> cells = submitted.stream().map(a -> a.scoreFor(c.code())
                    .map(s -> new Cell(a.assessor(), s.score(), s.confidence(), s.justification()))
                    .orElse(new Cell(a.assessor(), null, null, null))).toList();
            var spread = moderation.scores() == null ? java.util.Optional.<BidModeration.CriterionSpread>empty()
                    : moderation.scores().criterion(c.code());
            rows.add(new CriterionRow(c.code(), c.name(), c.weight(), cells,
                    spread.map(BidModeration.CriterionSpread::min).orElse(null),
                    spread.map(BidModeration.CriterionSpread::max).orElse(null),
                    spread.map(BidModeration.CriterionSpread::moderatedScore).orElse(null),
                    spread.map(BidModeration.CriterionSpread::moderationReason).orElse(null),
                    moderation.moderations().stream().filter(m -> c.code().equals(m.criterion())).toList()));
        }
        Form sent = form == null ? Form.EMPTY : form;
        List<ScalePoint> scale = IntStream.rangeClosed(scheme.scale().min(), scheme.scale().max())
                .mapToObj(n -> new ScalePoint(String.valueOf(n), scheme.scale().anchors().containsKey(n)
                        ? n + " – " + scheme.scale().anchors().get(n) : String.valueOf(n), String.valueOf(n).equals(sent.score())))
                .toList();
        return new BidModerationView(round, moderation, scheme, assessors, rows, scale, errors, sent, recorded);
    }

    /** The criterion's name, for the confirmation after a moderation is recorded. */
    public String nameOf(String code) {
        return criteria.stream().filter(c -> c.code().equals(code)).map(CriterionRow::name).findFirst().orElse(code);
    }

    public String title() {
        return moderation.title() == null ? moderation.bidId() : moderation.title();
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** The message for one field, or null: shown above the field as well as in the summary. */
    public String errorFor(String field) {
        return errors.stream().filter(e -> e.field().equals(field)).map(FieldError::message).findFirst().orElse(null);
    }
}
