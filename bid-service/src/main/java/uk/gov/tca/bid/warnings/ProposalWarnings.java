package uk.gov.tca.bid.warnings;

import uk.gov.tca.bid.content.BenefitLine;
import uk.gov.tca.bid.content.Maturity;
import uk.gov.tca.bid.content.SignOff;

import java.util.ArrayList;
import java.util.List;

/** What a proposal says of its own standing — its RAG ratings, its approval — against what it gives for them. */
final class ProposalWarnings {

    private ProposalWarnings() {
    }

    /** A saving rated AMBER or RED says why, as a savings programme's "Comments on RAG Ratings" do. */
    static final WarningRule A_SAVING_IN_DOUBT_SAYS_WHY = (bid, round) -> {
        List<Warning> warnings = new ArrayList<>();
        for (int i = 0; i < bid.content().benefitLines().size(); i++) {
            BenefitLine line = bid.content().benefitLines().get(i);
            if (line.rag() != null && line.rag().inDoubt() && (line.ragComment() == null || line.ragComment().isBlank())) {
                warnings.add(new Warning("RAG_WITHOUT_COMMENT", "The benefit line \"" + line.description().strip()
                        + "\"" + (line.period() == null || line.period().financialYear() == null ? ""
                        : " in " + line.period().financialYear()) + " is rated " + line.rag()
                        + " without a comment saying why", List.of("benefitLines[" + i + "].ragComment")));
            }
        }
        return warnings;
    };

    /** An APPROVED proposal has every sign-off of its approval chain dated; one still to come is not approval yet. */
    static final WarningRule APPROVED_MEANS_SIGNED_OFF = (bid, round) -> {
        if (bid.content().maturity() != Maturity.APPROVED) {
            return List.of();
        }
        List<SignOff> chain = bid.content().approvalChain();
        if (chain.isEmpty()) {
            return List.of(new Warning("APPROVAL_CHAIN_INCOMPLETE", "The proposal is APPROVED but gives no approval chain",
                    List.of("maturity", "approvalChain")));
        }
        List<String> toCome = new ArrayList<>();
        List<String> fields = new ArrayList<>(List.of("maturity"));
        for (int i = 0; i < chain.size(); i++) {
            if (chain.get(i).date() == null) {
                toCome.add(chain.get(i).role());
                fields.add("approvalChain[" + i + "].date");
            }
        }
        return toCome.isEmpty() ? List.of() : List.of(new Warning("APPROVAL_CHAIN_INCOMPLETE", "The proposal is "
                + "APPROVED but its approval chain has no date for " + String.join(", ", toCome), fields));
    };
}
