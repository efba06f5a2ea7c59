package uk.gov.tca.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Who answers for the contract, under which licence it is published, and where the service is reached directly
 * ({@code tca.openapi.server-url}; the gateway's document names the gateway instead). The same for every service.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class PublishedInfo implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI api) {
        Config config = ConfigProvider.getConfig();
        if (api.getInfo() == null) {
            api.info(OASFactory.createInfo());
        }
        api.getInfo()
                .contact(OASFactory.createContact()
                        .name("Transformation Challenge Award service team")
                        .url("https://www.gov.uk/government/collections/transformation-challenge-award"))
                .license(OASFactory.createLicense()
                        .name("Open Government Licence v3.0")
                        .url("https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"));
        String server = config.getOptionalValue("tca.openapi.server-url", String.class)
                .orElseGet(() -> "http://localhost:" + config.getOptionalValue("quarkus.http.port", Integer.class).orElse(8080));
        api.servers(List.of(OASFactory.createServer().url(server)
                .description("The service itself, as the gateway reaches it; integrators use the gateway's /api")));
    }
}
