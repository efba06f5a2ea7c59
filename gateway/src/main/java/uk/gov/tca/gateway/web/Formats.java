package uk.gov.tca.gateway.web;

import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/** How pages write money, scores and codes: {@code {fmt:pounds(x)}}, {@code {fmt:words(status)}}. */
@TemplateExtension(namespace = "fmt")
public final class Formats {

    private Formats() {
    }

    /** £1,234,567 — pence only where there are any. */
    public static String pounds(Object value) {
        BigDecimal amount = decimal(value);
        if (amount == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.UK);
        format.setMinimumFractionDigits(amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
        return format.format(amount);
    }

    static String number(Object value) {
        BigDecimal n = decimal(value);
        return n == null ? "—" : n.setScale(Math.min(2, Math.max(0, n.stripTrailingZeros().scale())), RoundingMode.HALF_UP).toPlainString();
    }

    /** A fraction as a percentage: 0.7528 → "75.28%", 0.035 → "3.5%". */
    static String percent(Object value) {
        BigDecimal n = decimal(value);
        return n == null ? "—" : n.movePointRight(2).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
    }

    /** IN_ASSESSMENT → "in assessment", for codes shown to people. */
    static String words(Object code) {
        return code == null ? "" : code.toString().toLowerCase(Locale.UK).replace('_', ' ');
    }

    private static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final java.time.ZoneId UK = java.time.ZoneId.of("Europe/London");

    /** A day as people write it, "27 March 2013": an instant on the day it was in the UK. */
    static String date(Object value) {
        if (value instanceof java.time.Instant instant) {
            return DAY.format(instant.atZone(UK));
        }
        if (value instanceof java.time.LocalDate day) {
            return DAY.format(day);
        }
        if (value instanceof String s && !s.isBlank()) {
            try {
                return DAY.format(java.time.Instant.parse(s.trim()).atZone(UK));
            } catch (java.time.format.DateTimeParseException notAnInstant) {
                try {
                    return DAY.format(java.time.LocalDate.parse(s.trim()));
                } catch (java.time.format.DateTimeParseException notADay) {
                    return s;
                }
            }
        }
        return value == null ? "" : value.toString();
    }

    static BigDecimal decimal(Object value) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        if (value instanceof String s && !s.isBlank()) {
            try {
                return new BigDecimal(s.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
