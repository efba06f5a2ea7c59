package uk.gov.tca.scoring.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Says what the fields of this service's pages mean ({@code PageResultAssessmentView} …). The page is the platform's
 * generic {@code PageResult<T>}, whose components carry no words of their own, and a generic type cannot be described
 * at the place it is used; a field the platform does describe keeps the platform's words.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class PageDescriptions implements OASFilter {

    /** What each page of this service lists, as its schema is named. */
    private static final Map<String, String> LISTED = Map.of(
            "PageResultAssessmentView", "assessments",
            "PageResultAssessorView", "assessor profiles",
            "PageResultAssignmentView", "assignments");

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
            return;
        }
        api.getComponents().getSchemas().forEach((name, schema) -> {
            String listed = LISTED.get(name);
            if (listed == null || schema.getProperties() == null) {
                return;
            }
            describe(schema, "items", "The " + listed + " on this page, in the list's order; empty past the last page");
            describe(schema, "page", "The page this is, counting from 0");
            describe(schema, "size", "How many " + listed + " a page holds (the size asked for, 1 to 200)");
            describe(schema, "total", "How many " + listed + " the whole list holds, over all its pages");
        });
    }

    private static void describe(Schema page, String property, String words) {
        Schema field = page.getProperties().get(property);
        if (field != null && (field.getDescription() == null || field.getDescription().isBlank())) {
            field.setDescription(words);
        }
    }
}
