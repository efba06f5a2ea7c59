package uk.gov.tca.bid.lifecycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.gov.tca.bid.content.Attachment;
import uk.gov.tca.bid.content.BenefitLine;
import uk.gov.tca.bid.content.BidContent;
import uk.gov.tca.bid.content.Contact;
import uk.gov.tca.bid.content.CostLine;
import uk.gov.tca.bid.content.DeclaredMetric;
import uk.gov.tca.bid.content.DeclaredScenario;
import uk.gov.tca.bid.content.DeclaredTotal;
import uk.gov.tca.bid.content.Resolution;
import uk.gov.tca.bid.money.Money;
import uk.gov.tca.bid.participation.Participant;

/**
 * A bid as a unit test needs it, in any state, written field by field as a real bid is read from its table; the rules
 * and the appraisal are then asked about it. Commands are tested on bids the commands made ({@code BidLifecycleTests}).
 */
public final class BidBuilder {

    public String id = "bid-test";
    public String roundId = "round-test";
    public String funderOrganisationId = "TCA-DCLG";
    public String title = "A bid";
    public String leadOrganisationId = "GB-LAE-X";
    public BidStatus status = BidStatus.DRAFT;
    public String awardType;
    public String fallbackAwardType;
    public Money amountSought;
    public Money fallbackAmount;
    public List<Participant> participants = new ArrayList<>();
    public Map<String, String> narrative = new LinkedHashMap<>();
    public List<CostLine> costLines = new ArrayList<>();
    public List<BenefitLine> benefitLines = new ArrayList<>();
    public List<Resolution> resolutions = new ArrayList<>();
    public List<Contact> contacts = new ArrayList<>();
    public List<Attachment> attachments = new ArrayList<>();
    public List<DeclaredMetric> declaredMetrics = new ArrayList<>();
    public List<DeclaredScenario> declaredScenarios = new ArrayList<>();
    public List<DeclaredTotal> declaredTotals = new ArrayList<>();
    public LocalDate dated;
    public uk.gov.tca.bid.content.SignConvention signConvention;
    public Instant submittedAt;
    public List<uk.gov.tca.bid.content.Reference> references = new ArrayList<>();
    public uk.gov.tca.bid.content.OwningBody owningBody;
    public uk.gov.tca.bid.content.Maturity maturity;
    public List<uk.gov.tca.bid.content.SignOff> approvalChain = new ArrayList<>();

    private BidBuilder() {
    }

    public static BidBuilder aBid() {
        return new BidBuilder();
    }

    public Bid build() {
        uk.gov.tca.bid.round.FundingRound round = new uk.gov.tca.bid.round.FundingRound();
        round.id = roundId;
        round.funderOrganisationId = funderOrganisationId;
        Bid bid = Bid.newBid(id, round, leadOrganisationId);
        bid.title = title;
        bid.status = status;
        bid.awardType = awardType;
        bid.fallbackAwardType = fallbackAwardType;
        bid.amountSought = amountSought;
        bid.fallbackAmount = fallbackAmount;
        bid.participants = List.copyOf(participants);
        bid.content = new BidContent(narrative, costLines, benefitLines, resolutions, contacts, attachments,
                declaredMetrics, declaredScenarios, declaredTotals, dated, signConvention, references, owningBody, maturity,
                approvalChain);
        bid.submittedAt = submittedAt;
        return bid;
    }
}
