package uk.gov.tca.partner.naming;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameSimilarityTests {

    private static NameSimilarity.Score score(String written, String name, NameKind kind) {
        return NameSimilarity.score(written, new OrganisationName(name, kind));
    }

    @Test
    void theSameNameScoresOne() {
        assertThat(score("STRATFORD-ON-AVON DISTRICT COUNCIL", "Stratford on Avon District Council", NameKind.LEGAL))
                .isEqualTo(new NameSimilarity.Score(1.0, NameMatch.EXACT));
    }

    @Test
    void anAliasScoresOneAndSaysSo() {
        assertThat(score("swasft", "SWASFT", NameKind.ALIAS)).isEqualTo(new NameSimilarity.Score(1.0, NameMatch.ALIAS));
    }

    @Test
    void anotherStyleOfTheSameNameIsAStyleVariant() {
        assertThat(score("Stratford upon Avon DC", "Stratford-on-Avon", NameKind.COMMON))
                .isEqualTo(new NameSimilarity.Score(0.95, NameMatch.STYLE_VARIANT));
    }

    @Test
    void aShortenedNameIsPartialAndScoresByHowMuchWasWritten() {
        NameSimilarity.Score kingsLynn = score("Kings Lynn", "Kings Lynn and West Norfolk", NameKind.COMMON);
        assertThat(kingsLynn.match()).isEqualTo(NameMatch.PARTIAL);
        assertThat(kingsLynn.value()).isEqualTo(0.6 + 0.3 * 2 / 5);
    }

    @Test
    void aMisspellingIsCloserToTheRightNameThanToItsNeighbours() {
        double lindsey = score("East Lynsey", "East Lindsey", NameKind.COMMON).value();
        assertThat(lindsey).isGreaterThan(score("East Lynsey", "East Lothian", NameKind.COMMON).value());
        assertThat(lindsey).isGreaterThan(score("East Lynsey", "West Lindsey", NameKind.COMMON).value());
        assertThat(score("East Lynsey", "East Lindsey", NameKind.COMMON).match()).isEqualTo(NameMatch.FUZZY);
    }

    @Test
    void trigramSimilarityIsPgTrgms() {
        // pg_trgm: similarity('word', 'two words') = 4/11 — three shared of eleven distinct trigrams... checked by hand:
        // "  w"," wo","wor","ord","rd " vs "  t"," tw","two","wo ","  w"," wo","wor","ord","rds","ds "
        assertThat(NameSimilarity.trigramSimilarity("word", "two words")).isEqualTo(4.0 / 11);
        assertThat(NameSimilarity.trigramSimilarity("abc", "abc")).isEqualTo(1.0);
        assertThat(NameSimilarity.trigramSimilarity("", "abc")).isZero();
    }
}
