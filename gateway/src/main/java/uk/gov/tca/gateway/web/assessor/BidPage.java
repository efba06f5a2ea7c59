package uk.gov.tca.gateway.web.assessor;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import uk.gov.tca.gateway.web.Charts;
import uk.gov.tca.gateway.web.services.bid.Appraisal;
import uk.gov.tca.gateway.web.services.bid.Bid;
import uk.gov.tca.gateway.web.services.bid.BidApi;
import uk.gov.tca.gateway.web.services.bid.Round;

/**
 * A bid as an assessor reads it: who takes part and how, the answers to the round's questions, the costs and
 * benefits as written, what the validation found, and the appraisal as a table and a chart. The bid-service
 * decides whether the user may see it; a bid one may not see is "page not found".
 */
@Path("/app/bids/{id}")
@RolesAllowed({"assessor", "programme-manager"})
@Produces(MediaType.TEXT_HTML)
public class BidPage {

    @CheckedTemplate(basePath = "")
    static class Templates {
        static native TemplateInstance bid(BidView view);
    }

    private final BidApi bids;

    public BidPage(@RestClient BidApi bids) {
        this.bids = bids;
    }

    @GET
    public String show(@PathParam("id") String id) {
        Bid bid = bids.bid(id);
        Map<String, String> questions = questions(bid.roundId());
        List<BidView.Answer> answers = bid.narrative().entrySet().stream()
                .map(a -> new BidView.Answer(questions.getOrDefault(a.getKey(), a.getKey()), a.getValue())).toList();
        Appraisal appraisal = appraisal(id);
        return Templates.bid(new BidView(bid, answers, bid.costLines().stream().map(LineView::of).toList(),
                bid.benefitLines().stream().map(LineView::of).toList(), appraisal,
                appraisal == null ? null : Charts.json(AppraisalChart.of(appraisal)))).render();
    }

    /** The round's questions by code; without the round, the answers show their codes instead. */
    private Map<String, String> questions(String roundId) {
        try {
            return bids.round(roundId).prompts().stream()
                    .collect(Collectors.toMap(Round.Prompt::code, p -> p.text() == null ? "" : p.text(), (first, later) -> later));
        } catch (WebApplicationException e) {
            return Map.of();
        }
    }

    private Appraisal appraisal(String id) {
        try {
            return bids.appraisal(id);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() >= 500) {
                throw e;
            }
            return null; // no costs or benefits to appraise: the page says so
        }
    }
}
