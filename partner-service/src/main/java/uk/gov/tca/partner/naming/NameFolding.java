package uk.gov.tca.partner.naming;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Folds an organisation's name the way people vary it, so that names as bids write them meet the
 * register: case, accents and punctuation go (apostrophes and full stops join: "B.C." is "bc"), "&" is "and", "St" is "Saint", "-on-" is "upon".
 * The core form also drops the style words (council, district, borough, DC, UA …) that say nothing
 * of which body is meant — and often say it wrongly (Halton "BC" is a unitary).
 */
public final class NameFolding {

    private static final Set<String> STYLE_WORDS = Set.of(
            "council", "district", "borough", "county", "city", "metropolitan", "royal", "the",
            "dc", "bc", "cc", "ua", "lbc", "mbc", "rbc", "mdc", "cbc");

    private NameFolding() {
    }

    public static String normalise(String name) {
        return String.join(" ", tokens(name));
    }

    public static String core(String name) {
        List<String> tokens = tokens(name);
        List<String> core = new ArrayList<>();
        boolean previousWasStyle = true;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            boolean londonBorough = t.equals("london") && i + 1 < tokens.size() && tokens.get(i + 1).equals("borough");
            if (STYLE_WORDS.contains(t) || londonBorough) {
                previousWasStyle = true;
                continue;
            }
            // "Borough of Poole", "City of Bradford": the "of" belongs to the style, not the name
            if (t.equals("of") && previousWasStyle) {
                continue;
            }
            core.add(t);
            previousWasStyle = false;
        }
        return core.isEmpty() ? String.join(" ", tokens) : String.join(" ", core);
    }

    static List<String> tokens(String name) {
        if (name == null) {
            return List.of();
        }
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                .replaceAll("['’‘`.]", "")
                .replaceAll("[^a-z0-9]+", " ")
                .trim();
        if (folded.isEmpty()) {
            return List.of();
        }
        String[] words = folded.split(" ");
        List<String> tokens = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.equals("st")) {
                w = "saint";
            } else if (w.equals("on") && i > 0 && i < words.length - 1) {
                w = "upon";
            }
            tokens.add(w);
        }
        return tokens;
    }
}
