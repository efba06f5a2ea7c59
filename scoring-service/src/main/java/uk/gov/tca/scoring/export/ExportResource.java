package uk.gov.tca.scoring.export;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.tca.platform.problem.ProblemException;
import uk.gov.tca.scoring.Roles;
import uk.gov.tca.scoring.client.BidService;
import uk.gov.tca.scoring.client.BidServiceClient;
import uk.gov.tca.scoring.client.PartnerRegister;
import uk.gov.tca.scoring.decision.AllocationPolicy;
import uk.gov.tca.scoring.decision.DecisionLine;
import uk.gov.tca.scoring.decision.DecisionSet;

@Path("/exports")
@Tag(name = "exports", description = "Published awards as open data")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.INTEGRATOR})
public class ExportResource {

    private final BidService bids;
    private final PartnerRegister register;
    private final ThreeSixtyGiving.Funder funder;
    private final String prefix;

    public ExportResource(BidService bids, PartnerRegister register, @ConfigProperty(name = "scoring.funder.id") String funderId,
            @ConfigProperty(name = "scoring.funder.name") String funderName,
            @ConfigProperty(name = "scoring.export.prefix") String prefix) {
        this.bids = bids;
        this.register = register;
        this.funder = new ThreeSixtyGiving.Funder(funderId, funderName);
        this.prefix = prefix;
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
        DecisionSet set = DecisionSet.findById(roundId);
        if (set == null || set.status != DecisionSet.Status.PUBLISHED) {
            throw ProblemException.notFound("Published decisions of round " + roundId);
        }
        BidServiceClient.Round round = bids.round(roundId);
        ThreeSixtyGiving.Programme programme = new ThreeSixtyGiving.Programme(roundId, round.name());
        List<Map<String, Object>> grants = new ArrayList<>();
        for (DecisionLine line : set.lines) {
            if (line.outcome() != AllocationPolicy.Outcome.FUNDED && line.outcome() != AllocationPolicy.Outcome.PART_FUNDED) {
                continue;
            }
            JsonNode bid = bids.bid(line.bidId());
            String recipientId = ThreeSixtyGiving.recipientId(bid);
            grants.add(ThreeSixtyGiving.grant(prefix, line, bid, funder, programme, register.organisation(recipientId),
                    recipientId));
        }
        if (grants.isEmpty()) {
            throw ProblemException.notFound("A funded award among the published decisions of round " + roundId);
        }
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
