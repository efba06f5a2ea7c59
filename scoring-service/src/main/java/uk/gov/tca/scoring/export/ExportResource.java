package uk.gov.tca.scoring.export;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Context;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.tca.platform.problem.ProblemException;
import uk.gov.tca.platform.security.Roles;
import uk.gov.tca.platform.openapi.Security;

@Path("/exports")
@Tag(name = "exports", description = "A round's published awards as open data, in the 360Giving Data Standard 1.4")
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
    @Operation(summary = "Export a round's published awards in the 360Giving Data Standard 1.4 (JSON package, or CSV)",
            description = "Programme managers and integrators, once the round's decisions are published (404 before, "
                    + "and when none was funded). One grant per FUNDED or PART_FUNDED bid, in rank order: the recipient "
                    + "is the bid's accountable body (else its lead) by 360Giving org-id, the department the funder, the "
                    + "round the grant programme; planned dates come from the financial years of the bid's costs, and a "
                    + "council recipient's area is given by its GSS code. The JSON package validates against the "
                    + "standard's package schema; ?format=csv, or an Accept that prefers text/csv to JSON without a format, "
                    + "gives the flat form "
                    + "with the standard's column titles, one row per grant.")
    @APIResponse(responseCode = "200", description = "The round's awards as a 360Giving package, or as CSV",
            content = {
                @Content(mediaType = "application/json", schema = @Schema(implementation = GrantPackage.class)),
                @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING,
                        description = "A header row of the standard's column titles, then one row per grant (RFC 4180)"))
            })
    public Response threeSixtyGiving(
            @Parameter(description = "The round; required", required = true, example = "tca-2013-14")
            @QueryParam("round") String roundId,
            @Parameter(description = "json (the default) or csv; absent, an Accept that prefers text/csv to JSON asks for csv",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"json", "csv"}), example = "json")
            @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        if (roundId == null || roundId.isBlank()) {
            throw ProblemException.invalid("round", "is required");
        }
        if (format != null && !format.equals("json") && !format.equals("csv")) {
            throw ProblemException.invalid("format", "is json or csv");
        }
        List<GrantPackage.Grant> grants = exports.publishedGrants(roundId);
        boolean csv = "csv".equals(format) || format == null && prefersCsv(headers.getAcceptableMediaTypes());
        if (csv) {
            return Response.ok(ThreeSixtyGiving.csv(grants), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + roundId + "-360giving.csv\"").build();
        }
        return Response.ok(new GrantPackage(grants, GrantPackage.VERSION), "application/json").build();
    }

    /**
     * Whether the caller prefers CSV: the first of its acceptable types (by quality, then as listed) that is JSON or
     * CSV decides, so "application/json, text/csv" (as generated clients send) is JSON and "text/csv" alone is CSV.
     */
    private static boolean prefersCsv(List<MediaType> acceptable) {
        for (MediaType type : acceptable) {
            if (type.isWildcardType()) {
                return false;
            }
            if (type.isCompatible(MediaType.valueOf("text/csv"))) {
                return true;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.getSubtype().endsWith("+json")) {
                return false;
            }
        }
        return false;
    }
}
