package uk.gov.tca.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Unknown fields are refused in a body whose record unwraps another ({@code @JsonUnwrapped}): Jackson buffers such a
 * body's fields for the unwrapped part and so never says one belongs to neither, which would let a misspelt field be
 * dropped without a word. Here the body's field names are checked against the record's own and its parts' first.
 */
final class StrictUnwrapping extends BeanDeserializerModifier {

    @Override
    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
            JsonDeserializer<?> deserializer) {
        if (!config.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES) || !unwraps(config, description)) {
            return deserializer;
        }
        return new Checked(deserializer, description.getBeanClass(), names(config, description));
    }

    private static boolean unwraps(DeserializationConfig config, BeanDescription description) {
        return description.findProperties().stream().anyMatch(p -> isUnwrapped(config, p));
    }

    private static boolean isUnwrapped(DeserializationConfig config, BeanPropertyDefinition property) {
        return property.getPrimaryMember() != null
                && config.getAnnotationIntrospector().findUnwrappingNameTransformer(property.getPrimaryMember()) != null;
    }

    /** Every field name the body may have: the record's own and, for each part it unwraps, the part's. */
    private static Set<String> names(DeserializationConfig config, BeanDescription description) {
        Set<String> names = new LinkedHashSet<>();
        for (BeanPropertyDefinition property : description.findProperties()) {
            if (isUnwrapped(config, property)) {
                names.addAll(names(config, config.introspect(config.constructType(property.getRawPrimaryType()))));
            } else if (property.couldDeserialize() || property.hasConstructorParameter()) {
                names.add(property.getName());
            }
        }
        return names;
    }

    static final class Checked extends DelegatingDeserializer {

        private final Class<?> type;
        private final Set<String> known;

        Checked(JsonDeserializer<?> delegate, Class<?> type, Set<String> known) {
            super(delegate);
            this.type = type;
            this.known = known;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new Checked(newDelegatee, type, known);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.START_OBJECT)) {
                return super.deserialize(p, ctxt);
            }
            TokenBuffer body = ctxt.bufferAsCopyOfValue(p);
            try (JsonParser fields = body.asParser(p)) {
                fields.nextToken();
                for (JsonToken t = fields.nextToken(); t == JsonToken.FIELD_NAME; t = fields.nextToken()) {
                    String name = fields.currentName();
                    if (!known.contains(name)) {
                        throw UnrecognizedPropertyException.from(p, type, name, new ArrayList<>(known));
                    }
                    fields.nextToken();
                    fields.skipChildren();
                }
            }
            JsonParser again = body.asParser(p);
            again.nextToken();
            return super.deserialize(again, ctxt);
        }
    }
}
