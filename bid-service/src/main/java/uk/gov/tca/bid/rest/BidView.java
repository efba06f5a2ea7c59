package uk.gov.tca.bid.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.tca.bid.domain.Attachment;
import uk.gov.tca.bid.domain.BenefitLine;
import uk.gov.tca.bid.domain.Bid;
import uk.gov.tca.bid.domain.BidDisclosure;
import uk.gov.tca.bid.domain.BidStatus;
import uk.gov.tca.bid.domain.BidWarnings;
import uk.gov.tca.bid.domain.Contact;
import uk.gov.tca.bid.domain.CostLine;
import uk.gov.tca.bid.domain.Decision;
import uk.gov.tca.bid.domain.DeclaredMetric;
import uk.gov.tca.bid.domain.DeclaredScenario;
import uk.gov.tca.bid.domain.DeclaredTotal;
import uk.gov.tca.bid.domain.FundingRound;
import uk.gov.tca.bid.domain.Money;
import uk.gov.tca.bid.domain.Participant;
import uk.gov.tca.bid.domain.Resolution;
import uk.gov.tca.bid.domain.Warning;
import uk.gov.tca.bid.service.Roles;
import uk.gov.tca.bid.service.StoredBidWarnings;
import uk.gov.tca.platform.security.Caller;

@Schema(name = "Bid")
public record BidView(String id, String roundId, String title, BidStatus status, String leadOrganisationId,
        String awardType, String fallbackAwardType, Money amountSought, Money fallbackAmount,
        List<Participant> participants, Map<String, String> narrative, List<CostLine> costLines,
        List<BenefitLine> benefitLines, List<Resolution> resolutions,
        @Schema(description = "Redacted fields are left out unless the caller is one of the bid's organisations or a "
                + "programme manager") List<Contact> contacts,
        @Schema(description = "A confidential attachment's label and reference are withheld from all but the bid's "
                + "organisations and programme managers") List<Attachment> attachments, List<DeclaredMetric> declaredMetrics, List<DeclaredScenario> declaredScenarios,
        List<DeclaredTotal> declaredTotals, LocalDate dated, Decision decision,
        @Schema(description = "What the bid's figures say that does not add up; never blocks saving") List<Warning> warnings,
        Instant submittedAt, long version, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

    /** The bid as this caller may see it, with its warnings worked out now (a bid just changed). */
    static BidView of(Bid b, Caller caller) {
        FundingRound round = FundingRound.findById(b.roundId);
        return of(b, caller, BidWarnings.of(b, round));
    }

    /** A bid read as stored, with the warnings of its stored version. */
    static BidView stored(Bid b, Caller caller, StoredBidWarnings warnings) {
        return of(b, caller, warnings.of(b, FundingRound.findById(b.roundId)));
    }

    /** What the caller is shown of the bid is {@link BidDisclosure}'s to say, as for each snapshot of its history. */
    private static BidView of(Bid b, Caller caller, List<Warning> warnings) {
        BidDisclosure.Audience audience = BidDisclosure.audience(b, caller.organisation(), caller.is(Roles.BIDDER),
                caller.is(Roles.PROGRAMME_MANAGER));
        return new BidView(b.id, b.roundId, b.title, b.status, b.leadOrganisationId, b.awardType, b.fallbackAwardType,
                b.amountSought, b.fallbackAmount, b.participants, b.narrative, b.costLines, b.benefitLines,
                BidDisclosure.resolutions(audience, b.resolutions), BidDisclosure.contacts(audience, b.contacts),
                BidDisclosure.attachments(audience, b.attachments), b.declaredMetrics, b.declaredScenarios,
                b.declaredTotals, b.dated, b.decision, warnings, b.submittedAt, b.version, b.createdAt, b.createdBy,
                b.updatedAt, b.updatedBy);
    }
}
