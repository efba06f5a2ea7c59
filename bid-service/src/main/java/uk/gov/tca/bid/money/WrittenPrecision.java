package uk.gov.tca.bid.money;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * AS_PRECISE_AS_WRITTEN: a figure is compared at the precision it was written to. "£240k" says thousands, so £240,644
 * of lines agrees with it (the difference is under one thousand) while £294k of lines does not agree with "£291k";
 * "£5.3m" is to the hundred thousand. A figure written in full is to the pound (or the penny, when pence are written).
 */
public final class WrittenPrecision {

    private static final BigDecimal THOUSAND = new BigDecimal("1000");
    private static final BigDecimal MILLION = new BigDecimal("1000000");
    private static final BigDecimal BILLION = new BigDecimal("1000000000");

    // a number as written: digits with thousands commas and an optional decimal part, not inside a longer number
    private static final Pattern FIGURE = Pattern.compile("(?<![\\d,.])(\\d[\\d,]*)(?:\\.(\\d+))?(?![\\d])");

    private WrittenPrecision() {
    }

    /**
     * One unit of the last place the figure was written to, in pounds. The written number is the one that, at a
     * scale of one, a thousand, a million or a billion, gives the amount as read, so a date or a year in the same words
     * ("2013/14 = £183,466") is passed over, and a "k" that was not applied ("£366,932k" read as £366,932) does not
     * make the figure a thousand times coarser.
     */
    public static BigDecimal unitOf(Money money) {
        BigDecimal read = money.amount() != null ? money.amount() : money.min() != null ? money.min() : money.max();
        if (money.asWritten() != null && read != null) {
            Matcher m = FIGURE.matcher(money.asWritten());
            while (m.find()) {
                String digits = m.group(1).replace(",", "");
                int decimals = m.group(2) == null ? 0 : m.group(2).length();
                BigDecimal written = new BigDecimal(digits + (decimals == 0 ? "" : "." + m.group(2)));
                for (BigDecimal scale : List.of(BigDecimal.ONE, THOUSAND, MILLION, BILLION)) {
                    if (written.multiply(scale).compareTo(read) == 0) {
                        return scale.movePointLeft(decimals);
                    }
                }
            }
        }
        // no written number gives the amount: the table's scale, else the amount's own last place
        BigDecimal scale = switch (money.scale() == null ? MoneyScale.POUNDS : money.scale()) {
            case THOUSANDS -> THOUSAND;
            case MILLIONS -> MILLION;
            default -> BigDecimal.ONE;
        };
        int decimals = read == null ? 0 : Math.max(0, read.stripTrailingZeros().scale());
        return scale.compareTo(BigDecimal.ONE) == 0 ? BigDecimal.ONE.movePointLeft(decimals) : scale;
    }

    /** Whether a computed amount agrees with the stated figure at the precision the figure was written to. */
    public static boolean agrees(Money stated, BigDecimal statedAmount, BigDecimal computed) {
        return statedAmount.subtract(computed).abs().compareTo(unitOf(stated)) < 0;
    }
}
