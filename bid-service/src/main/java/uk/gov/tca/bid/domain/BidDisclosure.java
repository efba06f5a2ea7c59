package uk.gov.tca.bid.domain;

import java.util.List;
import java.util.Set;

/**
 * What of a bid a reader is shown: the one rule for the bid's view and for every snapshot in its history. The bid's
 * own organisations and programme managers see it as written. Anyone else allowed to read it (an integrator, an
 * assigned assessor, a service) sees it only from submission on, without the contact details the bid redacted, the
 * labels and references of confidential attachments, or the evidence of confidential resolutions.
 */
public final class BidDisclosure {

    /** Who reads. */
    public enum Audience {
        /** The bid's own organisations and programme managers. */
        INSIDER,
        /** Everyone else allowed to read the bid. */
        OUTSIDER
    }

    /** What an outsider is shown in place of a confidential attachment's label. */
    public static final String WITHHELD = "[withheld: confidential]";

    private BidDisclosure() {
    }

    public static Audience audience(Bid bid, String organisation, boolean bidder, boolean manager) {
        return BidAccess.seesRedacted(bid, organisation, bidder, manager) ? Audience.INSIDER : Audience.OUTSIDER;
    }

    /** Whether a state of the bid is shown at all: an outsider sees nothing of a draft, nor of one never submitted. */
    public static boolean shows(Audience audience, BidStatus status) {
        return audience == Audience.INSIDER || status != null && BidAccess.published().contains(status);
    }

    /** The statuses an outsider may see a snapshot in. */
    public static Set<BidStatus> publicStates() {
        return BidAccess.published();
    }

    public static List<Contact> contacts(Audience audience, List<Contact> contacts) {
        return audience == Audience.INSIDER || contacts == null ? contacts : contacts.stream().map(Contact::publicView).toList();
    }

    public static List<Attachment> attachments(Audience audience, List<Attachment> attachments) {
        return audience == Audience.INSIDER || attachments == null ? attachments : attachments.stream()
                .map(a -> a.confidential() ? new Attachment(WITHHELD, a.present(), true, null) : a).toList();
    }

    public static List<Resolution> resolutions(Audience audience, List<Resolution> resolutions) {
        return audience == Audience.INSIDER || resolutions == null ? resolutions : resolutions.stream()
                .map(r -> r.confidential() ? new Resolution(r.organisationId(), r.bodyType(), r.body(), r.date(),
                        r.dateAsWritten(), r.status(), null, true) : r).toList();
    }
}
