package uk.gov.tca.platform.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * One rule for what a service does not know: the field is left out, never written as {@code null}. The contracts
 * declare no property nullable, so a client generated from them reads an absent field as "not given" and would
 * fail on an explicit null where a string or an object is typed.
 */
@Singleton
public class AbsentNotNull implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.setDefaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                JsonInclude.Include.NON_NULL));
    }
}
