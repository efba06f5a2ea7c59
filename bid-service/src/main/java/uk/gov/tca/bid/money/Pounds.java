package uk.gov.tca.bid.money;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Objects;

/** A sum in pounds as a message writes it: "£166,900", "£33,333.34", "-£20,000"; pence only when there are some. */
public final class Pounds {

    private Pounds() {
    }

    public static String of(BigDecimal amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.UK);
        format.setMaximumFractionDigits(amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
        format.setMinimumFractionDigits(amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
        return format.format(Objects.requireNonNull(amount));
    }
}
