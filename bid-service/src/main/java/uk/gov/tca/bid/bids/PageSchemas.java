package uk.gov.tca.bid.bids;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * The pages of this service's lists in the contract: each list answers a page of its own items
 * ({@code PageResultBidView}), so the raw generic {@code PageResult} the scan also finds is answered by no operation
 * and is left out, as an integrator's client would otherwise get a type it never receives.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class PageSchemas implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
            api.getComponents().removeSchema("PageResult");
        }
    }
}
