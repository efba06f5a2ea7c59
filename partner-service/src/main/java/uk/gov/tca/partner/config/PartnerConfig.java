package uk.gov.tca.partner.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The partner-service's own settings. */
@ConfigMapping(prefix = "partner")
public interface PartnerConfig {

    /** Reference and demo data: the register of councils and the organisations of the 18 winning bids. */
    DemoData demoData();

    Resolve resolve();

    interface DemoData {
        /** Load once at start-up (the local stack sets it; tests and production leave it off). */
        @WithDefault("false")
        boolean load();
    }

    interface Resolve {
        /** Candidates scoring below this are not offered. */
        @WithDefault("0.3")
        double minimumScore();

        /** How many candidates per name when the request does not say. */
        @WithDefault("5")
        int defaultLimit();
    }
}
