package uk.gov.tca.gateway.web.assessor;

import java.util.List;
import uk.gov.tca.gateway.web.ServiceProblem;
import uk.gov.tca.gateway.web.services.partner.PartnerApi.Organisation;
import uk.gov.tca.gateway.web.services.scoring.Assessor.Interest;
import uk.gov.tca.gateway.web.services.scoring.ScoringApi.NewInterest;

/**
 * The declaration form (for the bid it came from, with what was entered), chosen from what is there — an organisation
 * found on the register by searching it ({@code query}, {@code found}: null before a search), a bid among those offered
 * to the assessor — never an id typed in; and the interests already declared, with a confirmation when one just was
 * ({@code justDeclared}).
 */
public record InterestsView(String bid, ServiceProblem problem, NewInterest entered, List<Interest> declared,
        String query, List<Organisation> found, List<BidChoice> bids, boolean justDeclared) {

    /** A bid the assessor was offered, as the form lists it. */
    public record BidChoice(String id, String title, boolean chosen) {
    }

    public boolean searched() {
        return found != null;
    }

    /** A bid by its title where the assessor was offered it, else "bid" and its id. */
    public String titleOf(String bidId) {
        return bids.stream().filter(b -> b.id().equals(bidId)).map(b -> "“" + b.title() + "”").findFirst()
                .orElse("bid " + bidId);
    }

    /** Whether the organisation was the one chosen (kept when the form comes back refused). */
    public boolean chosen(Organisation organisation) {
        return entered.organisationId() != null && entered.organisationId().equals(organisation.id());
    }
}
