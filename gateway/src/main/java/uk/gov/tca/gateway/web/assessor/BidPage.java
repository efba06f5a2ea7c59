package uk.gov.tca.gateway.web.assessor;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.Template;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import uk.gov.tca.gateway.web.Views;
import uk.gov.tca.gateway.web.services.BidApi;

/**
 * A bid as an assessor reads it: who takes part and how, the answers to the round's questions, the costs and
 * benefits as written, what the validation found, and the appraisal as a table and a chart. The bid-service
 * decides whether the user may see it; a bid one may not see is "page not found".
 */
@Path("/app/bids/{id}")
@RolesAllowed({"assessor", "programme-manager"})
@Produces(MediaType.TEXT_HTML)
public class BidPage {

    private final BidApi bids;
    private final Template bid;

    public BidPage(@RestClient BidApi bids, Template bid) {
        this.bids = bids;
        this.bid = bid;
    }

    @GET
    public String show(@PathParam("id") String id) {
        JsonNode found = bids.bid(id);
        Map<String, String> prompts = prompts(found.path("roundId").asText());
        List<Map<String, String>> answers = new ArrayList<>();
        found.path("narrative").fields().forEachRemaining(answer -> answers.add(Map.of(
                "question", prompts.getOrDefault(answer.getKey(), answer.getKey()), "answer", answer.getValue().asText())));
        JsonNode appraisal = appraisal(id);
        return bid.data("bid", Views.map(found))
                .data("answers", answers)
                .data("costLines", lines(found.path("costLines"), "activity"))
                .data("benefitLines", lines(found.path("benefitLines"), "description"))
                .data("appraisal", appraisal == null ? null : Views.map(appraisal))
                .data("chart", appraisal == null ? null : Views.json(AppraisalChart.of(appraisal)))
                .render();
    }

    private Map<String, String> prompts(String roundId) {
        Map<String, String> prompts = new LinkedHashMap<>();
        try {
            bids.round(roundId).path("prompts").forEach(p -> prompts.put(p.path("code").asText(), p.path("text").asText()));
        } catch (WebApplicationException e) {
            // the questions' codes are shown instead
        }
        return prompts;
    }

    private JsonNode appraisal(String id) {
        try {
            return bids.appraisal(id);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() >= 500) {
                throw e;
            }
            return null; // no costs or benefits to appraise: the page says so
        }
    }

    /** Cost or benefit lines with the year each falls in, as the bid wrote it. */
    private static List<Map<String, Object>> lines(JsonNode lines, String label) {
        List<Map<String, Object>> rows = new ArrayList<>();
        lines.forEach(line -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("label", line.path(label).asText(""));
            row.put("year", year(line.path("period")));
            row.put("amount", Views.plain(line.path("amount").path("amount")));
            row.put("asWritten", line.path("amount").path("asWritten").asText(""));
            row.put("kind", line.has("nature") ? line.path("nature").asText("") : line.path("type").asText(""));
            rows.add(row);
        });
        return rows;
    }

    private static String year(JsonNode period) {
        if (period.hasNonNull("financialYear")) {
            return period.get("financialYear").asText();
        }
        if (period.hasNonNull("relativeYear")) {
            return "Year " + period.get("relativeYear").asInt();
        }
        return period.path("asWritten").asText("not stated");
    }
}
