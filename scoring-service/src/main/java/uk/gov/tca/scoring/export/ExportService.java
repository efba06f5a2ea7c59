package uk.gov.tca.scoring.export;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.tca.platform.problem.ProblemException;
import uk.gov.tca.scoring.client.BidServiceCalls;
import uk.gov.tca.scoring.client.BidServiceClient;
import uk.gov.tca.scoring.client.PartnerRegister;
import uk.gov.tca.scoring.decision.AllocationPolicy;
import uk.gov.tca.scoring.decision.DecisionLine;
import uk.gov.tca.scoring.decision.DecisionSet;

/** A round's published awards as 360Giving grants: each funded bid, its recipient as the register knows it. */
@ApplicationScoped
public class ExportService {

    private final BidServiceCalls bids;
    private final PartnerRegister register;
    private final ThreeSixtyGiving.Funder funder;
    private final String funderRegisterId;
    private final String prefix;

    public ExportService(BidServiceCalls bids, PartnerRegister register,
            @ConfigProperty(name = "scoring.funder.id") String funderId,
            @ConfigProperty(name = "scoring.funder.name") String funderName,
            @ConfigProperty(name = "scoring.funder.register-id") String funderRegisterId,
            @ConfigProperty(name = "scoring.export.prefix") String prefix) {
        this.bids = bids;
        this.register = register;
        this.funder = new ThreeSixtyGiving.Funder(funderId, funderName);
        this.funderRegisterId = funderRegisterId;
        this.prefix = prefix;
    }

    /** The grants of a round whose decisions are published: its funded and part-funded bids only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<GrantPackage.Grant> publishedGrants(String roundId) {
        DecisionSet set = DecisionSet.findById(roundId);
        if (set == null || set.status != DecisionSet.Status.PUBLISHED) {
            throw ProblemException.notFound("Published decisions of round " + roundId);
        }
        BidServiceClient.Round round = bids.round(roundId);
        // the round's own funder: the installation's, as configured (its org-id and name), or another on the register
        ThreeSixtyGiving.Funder funder = round.funderOrganisationId() == null
                || round.funderOrganisationId().equals(funderRegisterId) ? this.funder
                : ThreeSixtyGiving.funder(round.funderOrganisationId(), register.organisation(round.funderOrganisationId()));
        ThreeSixtyGiving.Programme programme = new ThreeSixtyGiving.Programme(roundId, round.name());
        List<GrantPackage.Grant> grants = new ArrayList<>();
        for (DecisionLine line : set.lines) {
            if (line.outcome() != AllocationPolicy.Outcome.FUNDED && line.outcome() != AllocationPolicy.Outcome.PART_FUNDED) {
                continue;
            }
            JsonNode bid = bids.bid(line.bidId());
            String recipientId = ThreeSixtyGiving.recipientId(bid);
            grants.add(ThreeSixtyGiving.grant(prefix, line, bid, funder, programme, register.organisation(recipientId),
                    recipientId, set.policy != null && set.policy.isDemonstration()));
        }
        if (grants.isEmpty()) {
            throw ProblemException.notFound("A funded award among the published decisions of round " + roundId);
        }
        return grants;
    }
}
