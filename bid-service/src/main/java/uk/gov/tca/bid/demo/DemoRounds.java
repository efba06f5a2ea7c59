package uk.gov.tca.bid.demo;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import uk.gov.tca.bid.round.ApprovalRoute;
import uk.gov.tca.bid.round.AwardType;
import uk.gov.tca.bid.round.FundingRound;
import uk.gov.tca.bid.round.Prompt;
import uk.gov.tca.bid.round.RoundService;
import uk.gov.tca.bid.round.RoundBudget;
import uk.gov.tca.bid.money.MoneyQualifier;

/**
 * The rounds of the local stack: TCA 2013/14 as the winning bids show it, and one open now. Loaded once,
 * through the round service (so with its rules and audit), when {@code bid.demo-data.load} is on.
 */
@ApplicationScoped
public class DemoRounds {

    static final String ACTOR = "bid-service:data-loader";

    private static final Logger LOG = Logger.getLogger(DemoRounds.class);

    record Round(@JsonProperty("_note") String note, String id, String programme, String name, Instant opensAt,
            Instant closesAt, BigDecimal budget, String budgetAsWritten, MoneyQualifier budgetQualifier,
            List<AwardType> awardTypes, List<String> eligibleYears,
            List<Prompt> prompts, boolean costBenefitRequired, BigDecimal discountRate, BigDecimal optimismBiasCosts,
            BigDecimal optimismBiasBenefits, String funderOrganisationId, boolean awardsOptional,
            List<ApprovalRoute> approvalRoutes, boolean fundersOwnServices) {
    }

    private final RoundService rounds;
    private final ObjectMapper json;
    private final boolean load;

    public DemoRounds(RoundService rounds, ObjectMapper json,
            @ConfigProperty(name = "bid.demo-data.load", defaultValue = "false") boolean load) {
        this.rounds = rounds;
        this.json = json;
        this.load = load;
    }

    void onStart(@Observes StartupEvent event) {
        if (load) {
            loadAll();
        }
    }

    @Transactional
    public void loadAll() {
        int loaded = 0;
        for (Round r : read()) {
            if (FundingRound.findById(r.id()) == null) {
                rounds.create(new RoundService.RoundDraft(r.id(), r.programme(), r.name(), r.opensAt(), r.closesAt(),
                        new RoundBudget(r.budget(), r.budgetAsWritten(), r.budgetQualifier()), r.awardTypes(), r.eligibleYears(), r.prompts(), r.costBenefitRequired(),
                        r.discountRate(), r.optimismBiasCosts(), r.optimismBiasBenefits(), r.funderOrganisationId(),
                        r.awardsOptional(), r.approvalRoutes(), r.fundersOwnServices()), ACTOR);
                loaded++;
            }
        }
        if (loaded > 0) {
            LOG.infof("Loaded %d demo rounds", loaded);
        }
    }

    private List<Round> read() {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("demo/rounds.json")) {
            return json.readValue(in, new TypeReference<List<Round>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read demo/rounds.json", e);
        }
    }
}
