package uk.gov.tca.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * JSON as a careful client writes it, and nothing else: text without control characters or half surrogate
 * pairs (PostgreSQL cannot store a NUL; a terminal escape or a broken pair has no place in a bid), no number or
 * boolean quietly turned into text, no 1.5 quietly turned into 1, no "yes" or 1 for true, and dates within years
 * 1000–9999 (beyond, the database and ISO 8601 part company), and nothing after the one JSON value. Each refusal
 * names the field.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    static final int FIRST_YEAR = 1000;
    static final int LAST_YEAR = 9999;

    @Override
    public void customize(ObjectMapper mapper) {
        // one JSON value is the whole body: {"title":"x"}} is malformed, not {"title":"x"} and some noise
        mapper.enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        // a number may come as text ("500000.00", as exact-decimal clients send money), never a fraction as a whole
        mapper.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Float)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        SimpleModule module = new SimpleModule("tca-strict-json");
        module.addDeserializer(String.class, new CleanText());
        module.setDeserializerModifier(new BoundedTime());
        mapper.registerModule(module);
        mapper.registerModule(new SimpleModule("tca-strict-unwrapping").setDeserializerModifier(new StrictUnwrapping()));
    }

    /** Text without C0 controls (tab, line feed and carriage return apart) and without unpaired surrogates. */
    static final class CleanText extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = super.deserialize(p, ctxt);
            String problem = TextRules.problemWith(value);
            if (problem != null) {
                throw JsonMappingException.from(p, problem);
            }
            return value;
        }
    }

    /** Wraps the java.time deserializers so that a date outside years 1000–9999 is refused, not stored. */
    static final class BoundedTime extends BeanDeserializerModifier {

        private static final Set<Class<?>> DATES = Set.of(LocalDate.class, LocalDateTime.class, OffsetDateTime.class,
                ZonedDateTime.class, Instant.class);

        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                JsonDeserializer<?> deserializer) {
            return DATES.contains(description.getBeanClass()) ? new Bounded(deserializer) : deserializer;
        }
    }

    static final class Bounded extends DelegatingDeserializer {

        Bounded(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new Bounded(newDelegatee);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Object value = super.deserialize(p, ctxt);
            int year = FIRST_YEAR;
            if (value instanceof LocalDate d) {
                year = d.getYear();
            } else if (value instanceof LocalDateTime t) {
                year = t.getYear();
            } else if (value instanceof OffsetDateTime t) {
                year = t.getYear();
            } else if (value instanceof ZonedDateTime t) {
                year = t.getYear();
            } else if (value instanceof Instant i) {
                year = i.atOffset(ZoneOffset.UTC).getYear();
            }
            if (year < FIRST_YEAR || year > LAST_YEAR) {
                throw JsonMappingException.from(p, "must be a date in the years " + FIRST_YEAR + " to " + LAST_YEAR);
            }
            return value;
        }
    }
}
