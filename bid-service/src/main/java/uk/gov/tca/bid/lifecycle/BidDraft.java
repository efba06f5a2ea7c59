package uk.gov.tca.bid.lifecycle;

import java.util.List;
import uk.gov.tca.bid.content.BidContent;
import uk.gov.tca.bid.money.Money;
import uk.gov.tca.bid.participation.Participant;

/** A bid as a council proposes it: the round, what it asks for, who takes part and what it writes. */
public record BidDraft(String roundId, String title, String awardType, String fallbackAwardType, Money amountSought,
        Money fallbackAmount, List<Participant> participants, BidContent content) {

    public BidDraft {
        participants = participants == null ? List.of() : List.copyOf(participants);
        content = content == null ? BidContent.empty() : content;
    }

    public BidDraft withParticipants(List<Participant> checked) {
        return new BidDraft(roundId, title, awardType, fallbackAwardType, amountSought, fallbackAmount, checked, content);
    }
}
