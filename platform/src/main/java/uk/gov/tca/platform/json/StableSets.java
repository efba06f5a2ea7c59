package uk.gov.tca.platform.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Sets read from JSON keep the order they were sent in. Jackson's default HashSet orders enum values by
 * identity hash, which differs from one JVM to the next: answers would shuffle between restarts, and a
 * retried request would no longer fingerprint the same for its Idempotency-Key.
 */
@Singleton
public class StableSets implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("stable-sets");
        module.addAbstractTypeMapping(Set.class, LinkedHashSet.class);
        mapper.registerModule(module);
    }
}
