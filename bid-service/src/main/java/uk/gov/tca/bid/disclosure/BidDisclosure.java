package uk.gov.tca.bid.disclosure;

import uk.gov.tca.bid.content.Attachment;
import uk.gov.tca.bid.content.BidContent;
import uk.gov.tca.bid.content.Contact;
import uk.gov.tca.bid.content.Resolution;
import uk.gov.tca.bid.lifecycle.Bid;
import uk.gov.tca.bid.lifecycle.BidAccess;
import uk.gov.tca.bid.lifecycle.BidStatus;

import java.util.List;
import uk.gov.tca.platform.security.Caller;
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

    public static Audience audience(Caller caller, Bid bid) {
        return BidAccess.seesWithheld(caller, bid) ? Audience.INSIDER : Audience.OUTSIDER;
    }

    /** The bid's content as the audience is shown it. */
    public static BidContent content(Audience audience, BidContent content) {
        return audience == Audience.INSIDER ? content : content.disclosed(r -> resolutions(audience, r),
                c -> contacts(audience, c), a -> attachments(audience, a));
    }

    /**
     * Whether a state of the bid is shown at all: an outsider sees nothing of a draft, nor of one never submitted,
     * and sees a withdrawn bid only if it had been submitted ({@code submitted}: the state has a submission time).
     */
    public static boolean shows(Audience audience, BidStatus status, boolean submitted) {
        return audience == Audience.INSIDER || status != null && status.isPublic(submitted);
    }

    /** The statuses an outsider may see a snapshot in. */
    public static Set<BidStatus> publicStates() {
        return BidStatus.publicStates();
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
