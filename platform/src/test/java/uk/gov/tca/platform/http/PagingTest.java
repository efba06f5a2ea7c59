package uk.gov.tca.platform.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.tca.platform.problem.Problem;
import uk.gov.tca.platform.problem.ProblemException;

class PagingTest {

    private static List<String> refused(String page, String size) {
        try {
            Paging.of(page, size);
            return List.of();
        } catch (ProblemException e) {
            return e.problem().violations().stream().map(Problem.Violation::field).toList();
        }
    }

    @Test
    void aPageWhoseFirstRowIsPastWhatAnOffsetHoldsIsRefused() {
        assertThat(refused("107374183", "200")).containsExactly("page");
        assertThat(refused("107374183", null)).as("at the default size of 20").containsExactly("page");
        // a product that would wrap past a long is still refused, not read as page 0 or a negative offset
        assertThat(refused("72057594054705152", "200")).containsExactly("page");
        assertThat(refused("144115188075855872", "128")).containsExactly("page");
        assertThat(refused("2147483646", "1")).isEmpty();
        assertThat(Paging.of("10737417", "200").offset()).isEqualTo(2_147_483_400);
    }

    @Test
    void digitsOtherThanZeroToNineAreNotNumbersHere() {
        // Java's own parsers read these as 12, 1 and 20
        assertThat(refused("\u0661\u0662", null)).containsExactly("page");
        assertThat(refused("\uff11", null)).containsExactly("page");
        assertThat(refused(null, "\u0662\u0660")).containsExactly("size");
        assertThat(refused("1.0", "+5")).containsExactly("page", "size");
        assertThat(refused("99999999999999999999", null)).containsExactly("page");
    }

    @Test
    void wholeNumbersAreReadAsWrittenAndDefaultWhenAbsent() {
        assertThat(QueryParams.wholeNumber("limit", " 7 ", 100)).isEqualTo(7);
        assertThat(QueryParams.wholeNumber("limit", null, 100)).isEqualTo(100);
        assertThatThrownBy(() -> QueryParams.wholeNumber("limit", "3000000000", 100)).isInstanceOf(ProblemException.class);
        assertThat(Paging.of((String) null, null)).isEqualTo(new Paging(0, 20));
    }
}
