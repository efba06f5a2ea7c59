package uk.gov.tca.platform.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;
import uk.gov.tca.platform.problem.ProblemException;

/**
 * JSON Merge Patch (RFC 7396) onto a resource's input: the fields a client sends replace the resource's, an object
 * merges into the one it names, {@code null} removes a field, and what the client leaves out stays as it is. The
 * merged input is then read and validated exactly as a full replacement ({@code PUT}) would be — same strict JSON,
 * same constraints, each refusal naming its field — so a patch can make nothing a {@code PUT} could not.
 */
@ApplicationScoped
public class MergePatch {

    /** The media type of a merge patch. */
    public static final String MEDIA_TYPE = "application/merge-patch+json";

    private final ObjectMapper json;
    private final Validator validator;

    public MergePatch(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /**
     * @param current the input that, sent as a full replacement, would leave the resource as it is
     * @param patch   the client's merge patch: a JSON object
     * @return the input the patch makes, validated
     */
    public <T> T apply(T current, JsonNode patch, Class<T> type) throws JsonProcessingException {
        return read(merge(json.valueToTree(current), patch), type);
    }

    /**
     * The document a patch makes of another, for a resource whose patch is not of its input's own shape (scores
     * patched by criterion, say, where the input lists them).
     *
     * @param target the resource as a JSON document
     * @param patch  the client's merge patch: a JSON object
     */
    public JsonNode merge(JsonNode target, JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            throw ProblemException.invalid("body", "must be a JSON object of the fields to change (a JSON Merge Patch, "
                    + "RFC 7396): a field with null is removed, a field left out is kept");
        }
        return mergeInto(target, patch);
    }

    /** A merged document read and validated as the full replacement it now is. */
    public <T> T read(JsonNode merged, Class<T> type) throws JsonProcessingException {
        T value = json.treeToValue(merged, type);
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return value;
    }

    /** RFC 7396, section 2: MergePatch(Target, Patch). */
    static JsonNode mergeInto(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch.deepCopy();
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy()
                : ((ObjectNode) patch).objectNode();
        patch.fields().forEachRemaining(field -> {
            if (field.getValue().isNull()) {
                result.remove(field.getKey());
            } else {
                result.set(field.getKey(), mergeInto(result.get(field.getKey()), field.getValue()));
            }
        });
        return result;
    }
}
