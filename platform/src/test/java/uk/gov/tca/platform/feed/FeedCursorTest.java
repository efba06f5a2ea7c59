package uk.gov.tca.platform.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import uk.gov.tca.platform.problem.ProblemException;

class FeedCursorTest {

    @Test
    void aCursorReadsBackAsItWasGiven() {
        FeedCursor cursor = new FeedCursor(812_345, 42);
        assertThat(FeedCursor.parse("after", cursor.toString())).isEqualTo(cursor);
        assertThat(cursor.toString()).isEqualTo("812345.42");
    }

    @Test
    void nothingIsTheStartAndAnOldNumericCursorReadsOnFromItsEvent() {
        assertThat(FeedCursor.parse("after", null)).isEqualTo(FeedCursor.START);
        assertThat(FeedCursor.parse("after", " ")).isEqualTo(FeedCursor.START);
        // events written before positions carried their transaction all have transaction 0, in id order
        assertThat(FeedCursor.parse("after", "42")).isEqualTo(new FeedCursor(0, 42));
    }

    @Test
    void positionsOrderByTransactionThenEvent() {
        assertThat(new FeedCursor(5, 100)).isLessThan(new FeedCursor(6, 1));
        assertThat(new FeedCursor(6, 1)).isLessThan(new FeedCursor(6, 2));
        assertThat(new FeedCursor(0, 99_999)).isLessThan(new FeedCursor(1, 0));
    }

    @Test
    void aCursorThisFeedNeverGaveIsRefusedNamingTheParameter() {
        for (String bad : new String[] {"abc", "1.2.3", "-1", "1.-2", "١٢", "1e3", "99999999999999999999", "1. 2", "0x10"}) {
            assertThatThrownBy(() -> FeedCursor.parse("after", bad)).as(bad).isInstanceOf(ProblemException.class)
                    .satisfies(e -> assertThat(((ProblemException) e).problem().violations().get(0).field()).isEqualTo("after"));
        }
    }
}
