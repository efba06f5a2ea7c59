package uk.gov.tca.edge.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ProblemTypeTest {

    @Test
    void eachTypeIsOneUriWithOneTitleAndStatus() {
        assertThat(Arrays.stream(ProblemType.values()).map(ProblemType::uri)).doesNotHaveDuplicates()
                .allMatch(uri -> uri.matches("urn:tca:problem:[a-z]+(-[a-z]+)*"));
    }

    @Test
    void aStatusWithoutAParticularKindHasItsGeneralOne() {
        assertThat(ProblemType.ofStatus(404)).isEqualTo(ProblemType.NOT_FOUND);
        assertThat(ProblemType.ofStatus(503)).isEqualTo(ProblemType.SERVICE_UNAVAILABLE);
        assertThat(ProblemType.ofStatus(405)).isEqualTo(ProblemType.METHOD_NOT_ALLOWED);
        assertThat(ProblemType.ofStatus(418)).isEqualTo(ProblemType.BAD_REQUEST);
        assertThat(ProblemType.ofStatus(502)).isEqualTo(ProblemType.SERVER_ERROR);
    }
}
