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
        assertThat(ProblemType.ofStatus(404)).contains(ProblemType.NOT_FOUND);
        assertThat(ProblemType.ofStatus(503)).contains(ProblemType.SERVICE_UNAVAILABLE);
        assertThat(ProblemType.ofStatus(405)).contains(ProblemType.METHOD_NOT_ALLOWED);
        assertThat(ProblemType.ofStatus(400)).contains(ProblemType.BAD_REQUEST);
        // a status the catalogue has no kind for keeps its own (about:blank), never another's
        assertThat(ProblemType.ofStatus(411)).isEmpty();
        assertThat(ProblemType.ofStatus(502)).isEmpty();
    }
}
