package uk.gov.tca.bid.appraisal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.tca.bid.content.Share;
import uk.gov.tca.bid.money.Money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SHARED_AS_WRITTEN: a line shared between organisations is theirs in the parts the bid writes. Each organisation is
 * given, of what was placed of the line, the fraction its share is of the line's figure (so a share follows the line
 * through its years); a benefit that falls to one organisation is all its own; the rest is the bid's together.
 */
final class WhoPaysWhoBenefits {

    private WhoPaysWhoBenefits() {
    }

    /** One organisation's part of the bid's placed costs and benefits. */
    @Schema(name = "AppraisalPart", description = "One organisation's part of the costs and benefits placed in years, in "
            + "pounds sterling; organisationId absent for what the bid does not attribute to any one organisation.")
    record Part(
            @Schema(description = "The organisation; absent for the unattributed rest.", example = "GB-LAE-WOC")
            String organisationId,
            @Schema(description = "Its part of the costs.", example = "40000.00") BigDecimal costs,
            @Schema(description = "Its part of the benefits.", example = "150000.00") BigDecimal benefits,
            @Schema(description = "Benefits less costs.", example = "110000.00") BigDecimal net) {
    }

    /** Each organisation's part of what was placed, and the unattributed rest, organisations in the order first named. */
    static List<Part> of(List<Placement.Placed> placements) {
        Map<String, BigDecimal[]> parts = new LinkedHashMap<>();
        for (Placement.Placed p : placements) {
            if (!p.placed()) {
                continue;
            }
            int side = p.line().side() == Placement.Side.COST ? 0 : 1;
            BigDecimal placed = p.shares().stream().map(Placement.Share::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal whole = p.line().amount().amount();
            List<Share> shares = p.line().shares().stream().filter(s -> s.amount() != null && s.amount().readsAsNumber())
                    .toList();
            BigDecimal given = BigDecimal.ZERO;
            if (!shares.isEmpty() && whole.signum() != 0) {
                for (Share s : shares) {
                    BigDecimal part = placed.multiply(s.amount().amount(), MathContext.DECIMAL64).divide(whole, MathContext.DECIMAL64);
                    add(parts, s.organisationId(), side, part);
                    given = given.add(part);
                }
            } else if (p.line().beneficiary() != null) {
                add(parts, p.line().beneficiary(), side, placed);
                given = placed;
            }
            if (placed.subtract(given).abs().compareTo(new BigDecimal("0.005")) >= 0) {
                add(parts, null, side, placed.subtract(given)); // what the shares leave, or a line nobody's alone
            }
        }
        List<Part> out = new ArrayList<>();
        parts.forEach((org, cb) -> out.add(new Part(org, money(cb[0]), money(cb[1]), money(cb[1].subtract(cb[0])))));
        return out;
    }

    /**
     * One organisation's part of the placed lines: of a shared line, the fraction its share is of the line's figure in
     * every year the line was placed; the whole of a benefit that falls to it alone; lines it has no part in are left
     * out. Placing the whole bid first keeps its years, running totals and horizon whoever's part is read.
     */
    static List<Placement.Placed> partOf(List<Placement.Placed> placements, String organisation) {
        List<Placement.Placed> own = new ArrayList<>();
        for (Placement.Placed p : placements) {
            Placement.Line l = p.line();
            if (l.shares().isEmpty()) {
                if (organisation.equals(l.beneficiary())) {
                    own.add(p);
                }
                continue;
            }
            Share share = l.shares().stream().filter(s -> organisation.equals(s.organisationId())).findFirst().orElse(null);
            if (share == null) {
                continue;
            }
            Money part = share.amount() == null || share.amount().basis() != null || l.amount() == null ? share.amount()
                    : new Money(share.amount().amount(), share.amount().min(), share.amount().max(), share.amount().asWritten(),
                            share.amount().scale(), share.amount().qualifier(), l.amount().basis());
            Placement.Line line = new Placement.Line(l.side(), l.name(), part, l.period(), l.words(), List.of(), organisation);
            if (!p.placed()) {
                own.add(new Placement.Placed(line, List.of(), null, p.why()));
            } else if (part == null || !part.readsAsNumber()) {
                own.add(new Placement.Placed(line, List.of(), null, "has a share for " + organisation + " that is not a figure"
                        + (part == null || part.asWritten() == null ? "" : " (written \"" + part.asWritten() + "\")")));
            } else if (l.amount().amount().signum() == 0) {
                own.add(new Placement.Placed(line, List.of(), null, "is nil, so no share of it can be counted"));
            } else {
                BigDecimal fraction = part.amount().divide(l.amount().amount(), MathContext.DECIMAL64);
                own.add(new Placement.Placed(line, p.shares().stream().map(s -> new Placement.Share(s.index(),
                        money(s.amount().multiply(fraction, MathContext.DECIMAL64)))).toList(), p.how(), null));
            }
        }
        return own;
    }

    private static void add(Map<String, BigDecimal[]> parts, String org, int side, BigDecimal amount) {
        parts.computeIfAbsent(org, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO})[side] =
                parts.get(org)[side].add(amount);
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
