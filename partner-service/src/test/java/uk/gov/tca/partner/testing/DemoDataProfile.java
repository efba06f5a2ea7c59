package uk.gov.tca.partner.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The partner-service as the local stack runs it: the register and the 2013/14 bid organisations loaded. */
public class DemoDataProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("partner.demo-data.load", "true");
    }
}
