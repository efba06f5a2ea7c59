package uk.gov.tca.partner.naming;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Scores how well a name as a bid writes it matches one recorded name, from 0 to 1, and says why.
 * Exact and alias matches score 1; a style variant 0.95; a name that contains every word written scores
 * by how much of the name was written; otherwise trigram similarity (as pg_trgm computes it) of the cores.
 */
public final class NameSimilarity {

    public record Score(double value, NameMatch match) {
    }

    private NameSimilarity() {
    }

    public static Score score(String written, OrganisationName candidate) {
        String normalised = NameFolding.normalise(written);
        String core = NameFolding.core(written);
        if (!normalised.isEmpty() && normalised.equals(candidate.normalised)) {
            return new Score(1.0, candidate.kind == NameKind.ALIAS ? NameMatch.ALIAS : NameMatch.EXACT);
        }
        if (!core.isEmpty() && core.equals(candidate.core)) {
            return new Score(0.95, NameMatch.STYLE_VARIANT);
        }
        Score partial = new Score(containment(core, candidate.core), NameMatch.PARTIAL);
        Score fuzzy = new Score(0.9 * trigramSimilarity(core, candidate.core), NameMatch.FUZZY);
        return partial.value() >= fuzzy.value() ? partial : fuzzy;
    }

    /** All written words present in the name: 0.6, rising to 0.9 as the written words cover more of it. */
    static double containment(String written, String name) {
        Set<String> w = new HashSet<>(List.of(written.split(" ")));
        Set<String> n = new HashSet<>(List.of(name.split(" ")));
        if (written.isEmpty() || !n.containsAll(w)) {
            return 0;
        }
        return 0.6 + 0.3 * w.size() / n.size();
    }

    /** pg_trgm's similarity: shared trigrams over all trigrams, each word padded with two spaces before, one after. */
    public static double trigramSimilarity(String a, String b) {
        Set<String> ta = trigrams(a);
        Set<String> tb = trigrams(b);
        if (ta.isEmpty() || tb.isEmpty()) {
            return 0;
        }
        Set<String> shared = new HashSet<>(ta);
        shared.retainAll(tb);
        return (double) shared.size() / (ta.size() + tb.size() - shared.size());
    }

    private static Set<String> trigrams(String text) {
        Set<String> trigrams = new HashSet<>();
        for (String word : text.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            String padded = "  " + word + " ";
            for (int i = 0; i + 3 <= padded.length(); i++) {
                trigrams.add(padded.substring(i, i + 3));
            }
        }
        return trigrams;
    }
}
