package uk.gov.tca.bid.service;

import java.util.List;
import java.util.Map;
import uk.gov.tca.bid.domain.Attachment;
import uk.gov.tca.bid.domain.BenefitLine;
import uk.gov.tca.bid.domain.Contact;
import uk.gov.tca.bid.domain.CostLine;
import uk.gov.tca.bid.domain.DeclaredMetric;
import uk.gov.tca.bid.domain.DeclaredScenario;
import uk.gov.tca.bid.domain.DeclaredTotal;
import uk.gov.tca.bid.domain.Money;
import uk.gov.tca.bid.domain.Participant;
import uk.gov.tca.bid.domain.Resolution;

/** A bid as a council proposes it, before the service's rules are applied. */
public record BidDraft(String roundId, String title, String awardType, String fallbackAwardType, Money amountSought,
        Money fallbackAmount, List<Participant> participants, Map<String, String> narrative, List<CostLine> costLines,
        List<BenefitLine> benefitLines, List<Resolution> resolutions, List<Contact> contacts,
        List<Attachment> attachments, List<DeclaredMetric> declaredMetrics, List<DeclaredScenario> declaredScenarios,
        List<DeclaredTotal> declaredTotals, java.time.LocalDate dated) {
}
