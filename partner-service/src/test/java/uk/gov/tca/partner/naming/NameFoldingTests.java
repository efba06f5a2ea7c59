package uk.gov.tca.partner.naming;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameFoldingTests {

    @Test
    void caseAccentsAndPunctuationDoNotMatter() {
        assertThat(NameFolding.normalise("King's Lynn & West Norfolk B.C."))
                .isEqualTo(NameFolding.normalise("kings lynn and west norfolk bc"));
        assertThat(NameFolding.normalise("Ynys Môn")).isEqualTo("ynys mon");
    }

    @Test
    void stIsSaintAndOnBetweenWordsIsUpon() {
        assertThat(NameFolding.normalise("St Albans")).isEqualTo("saint albans");
        assertThat(NameFolding.normalise("Stratford-on-Avon")).isEqualTo("stratford upon avon");
        assertThat(NameFolding.normalise("Stratford upon Avon")).isEqualTo("stratford upon avon");
    }

    @Test
    void onAtTheEdgesOfANameIsLeftAlone() {
        assertThat(NameFolding.normalise("On Track")).isEqualTo("on track");
    }

    @Test
    void theCoreDropsStyleWords() {
        assertThat(NameFolding.core("Stratford on Avon District Council")).isEqualTo("stratford upon avon");
        assertThat(NameFolding.core("Borough of Poole")).isEqualTo("poole");
        assertThat(NameFolding.core("Royal Borough of Kingston upon Thames LBC")).isEqualTo("kingston upon thames");
        assertThat(NameFolding.core("London Borough of Richmond upon Thames")).isEqualTo("richmond upon thames");
        assertThat(NameFolding.core("Cheshire West and Cheshire UA")).isEqualTo("cheshire west and cheshire");
    }

    @Test
    void ofInsideANameStays() {
        assertThat(NameFolding.core("Vale of White Horse District Council")).isEqualTo("vale of white horse");
        assertThat(NameFolding.core("City of London")).isEqualTo("london");
    }

    @Test
    void aNameOfStyleWordsOnlyKeepsThem() {
        assertThat(NameFolding.core("County Council")).isEqualTo("county council");
        assertThat(NameFolding.normalise("  ")).isEmpty();
        assertThat(NameFolding.normalise(null)).isEmpty();
    }
}
