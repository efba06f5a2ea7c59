package uk.gov.tca.platform.json;

/** What no text the services take may contain, wherever it arrives (a body, a path, a query). */
public final class TextRules {

    private TextRules() {
    }

    /** Why the text is refused, or null when it is fine. */
    public static String problemWith(String value) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F) {
                return String.format("must not contain the control character U+%04X", (int) c);
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "must not contain half of a surrogate pair";
            }
            if (Character.isLowSurrogate(c)) {
                return "must not contain half of a surrogate pair";
            }
        }
        return null;
    }
}
