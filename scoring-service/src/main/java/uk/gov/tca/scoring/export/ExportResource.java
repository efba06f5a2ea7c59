package uk.gov.tca.scoring.export;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.tca.platform.problem.ProblemException;
import uk.gov.tca.platform.security.Roles;
import uk.gov.tca.platform.openapi.Security;

@Path("/exports")
@Tag(name = "exports", description = "Published awards as open data")
@SecurityRequirement(name = Security.SCHEME)
@RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.INTEGRATOR})
public class ExportResource {

    private final ExportService exports;

    public ExportResource(ExportService exports) {
        this.exports = exports;
    }

    @GET
    @Path("/360giving")
    @Produces({"application/json", "text/csv"})
    @Operation(summary = "The round's published awards in the 360Giving Data Standard 1.4 (JSON package, or CSV)",
            description = "?format=csv or Accept: text/csv for the flat form. Funded and part-funded bids only.")
    public Response threeSixtyGiving(@QueryParam("round") String roundId, @QueryParam("format") String format,
            @HeaderParam("Accept") String accept) {
        if (roundId == null || roundId.isBlank()) {
            throw ProblemException.invalid("round", "is required");
        }
        if (format != null && !format.equals("json") && !format.equals("csv")) {
            throw ProblemException.invalid("format", "is json or csv");
        }
        List<Map<String, Object>> grants = exports.publishedGrants(roundId);
        boolean csv = "csv".equals(format) || format == null && accept != null && accept.contains("text/csv");
        if (csv) {
            return Response.ok(ThreeSixtyGiving.csv(grants), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + roundId + "-360giving.csv\"").build();
        }
        Map<String, Object> pkg = new LinkedHashMap<>();
        pkg.put("grants", grants);
        pkg.put("version", "1.4");
        return Response.ok(pkg, "application/json").build();
    }
}
