package uk.gov.tca.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;

/**
 * Operation ids name the operation for the whole contract: the resource's tag and the Java method
 * ({@code organisationsSearch}, {@code bidsSubmit}), so two resources' {@code get} or {@code create} never share an id
 * and a client generated from the service's own contract has one method per operation.
 */
// before the examples, which are found by these names
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = 100)
public class OperationNames implements OASFilter {

    @Override
    public Operation filterOperation(Operation operation) {
        String method = operation.getOperationId();
        if (method == null || operation.getTags() == null || operation.getTags().isEmpty()) {
            return operation;
        }
        String tag = operation.getTags().get(0).replaceAll("[^A-Za-z0-9]", "");
        if (tag.isEmpty() || method.toLowerCase(java.util.Locale.ROOT).startsWith(tag.toLowerCase(java.util.Locale.ROOT))) {
            return operation;
        }
        return operation.operationId(Character.toLowerCase(tag.charAt(0)) + tag.substring(1)
                + Character.toUpperCase(method.charAt(0)) + method.substring(1));
    }
}
