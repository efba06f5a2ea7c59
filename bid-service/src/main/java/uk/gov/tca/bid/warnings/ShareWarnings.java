package uk.gov.tca.bid.warnings;

import uk.gov.tca.bid.content.Share;
import uk.gov.tca.bid.money.Money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Figures shared between organisations: the parts should make up the whole (a saving split three ways). */
final class ShareWarnings {

    private ShareWarnings() {
    }

    /** The shares of a line add up to its figure, at the precision the figure was written to. */
    static final WarningRule SHARES_MAKE_UP_THE_LINE = (bid, round) -> {
        List<Warning> warnings = new ArrayList<>();
        for (int i = 0; i < bid.content().costLines().size(); i++) {
            var line = bid.content().costLines().get(i);
            check("cost line", line.activity(), "costLines[" + i + "]", line.amount(), line.shares(), warnings);
        }
        for (int i = 0; i < bid.content().benefitLines().size(); i++) {
            var line = bid.content().benefitLines().get(i);
            check("benefit line", line.description(), "benefitLines[" + i + "]", line.amount(), line.shares(), warnings);
        }
        return warnings;
    };

    private static void check(String kind, String words, String field, Money whole, List<Share> shares,
            List<Warning> warnings) {
        if (shares.isEmpty() || !Figures.numeric(whole) || shares.stream().anyMatch(s -> !Figures.numeric(s.amount()))) {
            return;
        }
        BigDecimal sum = shares.stream().map(s -> s.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (!uk.gov.tca.bid.money.WrittenPrecision.agrees(whole, whole.amount(), sum)) {
            warnings.add(new Warning("LINE_SHARES_DIFFER", "The " + kind + " \"" + words.strip() + "\" is "
                    + Figures.pounds(whole.amount()) + " but its shares add up to " + Figures.pounds(sum) + " ("
                    + String.join(", ", shares.stream().map(s -> s.organisationId() + " " + Figures.pounds(s.amount().amount()))
                    .toList()) + ")", List.of(field + ".amount", field + ".shares")));
        }
    }
}
