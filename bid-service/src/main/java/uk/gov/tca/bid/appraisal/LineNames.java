package uk.gov.tca.bid.appraisal;

/** A line named as its bid names it ("the cost line "Shared ICT""), not by its place in a list. */
final class LineNames {

    private LineNames() {
    }

    static String costLine(String activity, int index) {
        return named("cost line", activity, index);
    }

    static String benefitLine(String description, int index) {
        return named("benefit line", description, index);
    }

    /** The phrase as the start of a sentence. */
    static String sentence(String phrase) {
        return Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1);
    }

    // a line without words of its own is the n-th of its kind, counted from 1 as a reader counts
    private static String named(String kind, String words, int index) {
        return words == null || words.isBlank() ? "the " + ordinal(index + 1) + " " + kind
                : "the " + kind + " \"" + words.strip() + "\"";
    }

    private static String ordinal(int n) {
        int lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th"
                : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
        return n + suffix;
    }
}
