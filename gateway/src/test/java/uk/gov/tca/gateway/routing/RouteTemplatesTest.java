package uk.gov.tca.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the gateway's own measurements are labelled with: the operation's template, never the concrete path. */
class RouteTemplatesTest {

    private final RouteTemplates templates = new RouteTemplates();

    @Test
    void aConcretePathIsLabelledByItsOperationsTemplate() {
        assertThat(templates.of("/api/bids/bid-5f1c2a")).isEqualTo("/api/bids/{id}");
        assertThat(templates.of("/api/bids/bid-5f1c2a/history")).isEqualTo("/api/bids/{id}/history");
        assertThat(templates.of("/api/organisations/GB-LAE-BAB/relations/17"))
                .isEqualTo("/api/organisations/{id}/relations/{relationId}");
    }

    @Test
    void aLiteralSegmentWinsOverAParameter() {
        assertThat(templates.of("/api/bids/imports")).isEqualTo("/api/bids/imports");
        assertThat(templates.of("/api/assignments/auto")).isEqualTo("/api/assignments/auto");
    }

    @Test
    void whatNoOperationMatchesIsOneLabelWhateverItsPath() {
        assertThat(templates.of("/api/bids/%2e%2e/%2e%2e/q/metrics")).isEqualTo(RouteTemplates.UNMATCHED);
        assertThat(templates.of("/api/no-such-thing/42")).isEqualTo(RouteTemplates.UNMATCHED);
        assertThat(templates.of("/api/bids//history")).isEqualTo(RouteTemplates.UNMATCHED);
        assertThat(templates.of("/elsewhere")).isEqualTo(RouteTemplates.UNMATCHED);
    }
}
