package uk.gov.tca.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import uk.gov.tca.platform.json.MergePatch;

/**
 * A merge patch of a resource is its input with nothing required: an operation that takes
 * {@code application/merge-patch+json} of {@code BidInput} is declared to take {@code BidPatch} — the input's
 * properties, each optional, described as the input describes them — so a generated client can send a patch of one
 * field. A {@code null} (which removes a field, RFC 7396) is said in the description; the properties keep the
 * input's types, so a client cannot be misled into thinking null is a value the resource holds.
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = 30)
public class MergePatchSchemas implements OASFilter {

    private static final String REF = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getPaths() == null || api.getPaths().getPathItems() == null || api.getComponents() == null
                || api.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> patches = new LinkedHashMap<>();
        api.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
                return;
            }
            MediaType patch = operation.getRequestBody().getContent().getMediaType(MergePatch.MEDIA_TYPE);
            if (patch == null || patch.getSchema() == null || patch.getSchema().getRef() == null) {
                return;
            }
            String input = patch.getSchema().getRef().substring(REF.length());
            if (input.endsWith("Patch")) {
                return; // a patch the resource declares in its own shape (ScoresPatch)
            }
            Schema of = api.getComponents().getSchemas().get(input);
            if (of == null) {
                return;
            }
            String name = input.replaceFirst("Input$", "") + "Patch";
            patches.computeIfAbsent(name, n -> patchOf(input, of));
            patch.setSchema(OASFactory.createSchema().ref(REF + name));
        }));
        patches.forEach(api.getComponents()::addSchema);
    }

    private static Schema patchOf(String input, Schema of) {
        Schema patch = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("A JSON Merge Patch (RFC 7396) of " + input + ": the fields to change, each as "
                        + input + " has it. A field left out is kept; a field sent as null is removed (set back to "
                        + "absent); an object merges into the one it names; a list is replaced whole. The result must "
                        + "be a valid " + input + ", checked as a full replacement would be.");
        if (of.getProperties() != null) {
            of.getProperties().forEach(patch::addProperty);
        }
        patch.setAdditionalPropertiesBoolean(Boolean.FALSE.equals(of.getAdditionalPropertiesBoolean()) ? false : null);
        return patch;
    }
}
