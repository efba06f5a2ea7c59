package uk.gov.tca.bid.rest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.tca.bid.domain.BenefitLine;
import uk.gov.tca.bid.domain.Bid;
import uk.gov.tca.bid.domain.BidStatus;
import uk.gov.tca.bid.domain.BidWarnings;
import uk.gov.tca.bid.domain.FundingRound;
import uk.gov.tca.bid.domain.CostLine;
import uk.gov.tca.bid.domain.Money;
import uk.gov.tca.bid.domain.Participant;
import uk.gov.tca.bid.domain.Warning;

@Schema(name = "Bid")
public record BidView(String id, String roundId, String title, BidStatus status, String leadOrganisationId,
        String awardType, String fallbackAwardType, Money amountSought, Money fallbackAmount,
        List<Participant> participants, Map<String, String> narrative, List<CostLine> costLines,
        List<BenefitLine> benefitLines,
        @Schema(description = "What the bid's figures say that does not add up; never blocks saving") List<Warning> warnings,
        Instant submittedAt, long version, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

    static BidView of(Bid b) {
        FundingRound round = FundingRound.findById(b.roundId);
        return new BidView(b.id, b.roundId, b.title, b.status, b.leadOrganisationId, b.awardType, b.fallbackAwardType,
                b.amountSought, b.fallbackAmount, b.participants, b.narrative, b.costLines, b.benefitLines,
                BidWarnings.of(b, round), b.submittedAt, b.version, b.createdAt, b.createdBy, b.updatedAt, b.updatedBy);
    }
}
