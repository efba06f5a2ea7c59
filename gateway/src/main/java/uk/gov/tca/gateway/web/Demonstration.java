package uk.gov.tca.gateway.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import uk.gov.tca.gateway.GatewayConfig;

/** Whether the pages say that this stack's data is a demonstration's: {@code inject:demonstration.on} in the layout. */
@Named("demonstration")
@ApplicationScoped
public class Demonstration {

    private final boolean on;

    public Demonstration(GatewayConfig config) {
        this.on = config.demonstration();
    }

    public boolean on() {
        return on;
    }
}
