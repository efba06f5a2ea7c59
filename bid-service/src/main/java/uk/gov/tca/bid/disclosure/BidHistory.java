package uk.gov.tca.bid.disclosure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.UnaryOperator;
import uk.gov.tca.bid.content.Attachment;
import uk.gov.tca.bid.content.Contact;
import uk.gov.tca.bid.content.Resolution;
import uk.gov.tca.bid.lifecycle.Bid;
import uk.gov.tca.bid.lifecycle.BidAccess;
import uk.gov.tca.bid.lifecycle.BidEvent;
import uk.gov.tca.bid.lifecycle.BidStatus;
import uk.gov.tca.bid.lifecycle.Bids;
import uk.gov.tca.platform.audit.AuditEntryView;
import uk.gov.tca.platform.http.PageResult;
import uk.gov.tca.platform.http.Paging;
import uk.gov.tca.platform.security.Caller;
import uk.gov.tca.platform.security.Roles;


/**
 * A bid's audit trail as its reader may see it: each snapshot shown exactly as the bid's view would show that
 * state to the same reader ({@link BidDisclosure}). An outsider's trail starts at submission: entries that hold
 * only drafts are left out, and a draft on either side of an entry is shown as nothing. Who was given access to
 * assess the bid is the programme's business: only programme managers see those entries.
 */
@ApplicationScoped
public class BidHistory {

    private static final List<String> ASSESSMENT_ACTIONS = List.of("ACCESS_GRANTED", "ACCESS_REVOKED");

    private final Bids bids;
    private final EntityManager em;
    private final ObjectMapper json;

    public BidHistory(Bids bids, EntityManager em, ObjectMapper json) {
        this.bids = bids;
        this.em = em;
        // snapshots written by earlier versions may carry fields the records no longer have
        this.json = json.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<AuditEntryView> of(Caller caller, String bidId, Paging paging) {
        Bid bid = bids.readable(caller, bidId);
        BidDisclosure.Audience audience = BidDisclosure.audience(caller, bid);
        boolean manager = BidAccess.isFundersManager(caller, bid);
        String where = "entity_type = 'bid' AND entity_id = ?1" + (manager ? "" : " AND action NOT IN ('"
                + String.join("', '", ASSESSMENT_ACTIONS) + "')")
                + (audience == BidDisclosure.Audience.INSIDER ? "" : " AND (after ->> 'status' IN (" + publicStates()
                        + ") OR before ->> 'status' IN (" + publicStates() + ")"
                        // a withdrawal after submission, and what came after it, stay public (BidStatus.isPublic)
                        + " OR after ->> 'status' = 'WITHDRAWN' AND after ->> 'submittedAt' IS NOT NULL)");
        long total = ((Number) em.createNativeQuery("SELECT count(*) FROM audit_record WHERE " + where)
                .setParameter(1, bidId).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, at, actor, action, before::text, after::text FROM audit_record "
                        + "WHERE " + where + " ORDER BY id OFFSET ?2 LIMIT ?3")
                .setParameter(1, bidId).setParameter(2, paging.offset()).setParameter(3, paging.size()).getResultList();
        List<AuditEntryView> entries = rows.stream().map(r -> new AuditEntryView(((Number) r[0]).longValue(), instant(r[1]),
                (String) r[2], (String) r[3], disclose(audience, (String) r[4]), disclose(audience, (String) r[5]))).toList();
        return new PageResult<>(entries, paging.page(), paging.size(), total);
    }

    private static String publicStates() {
        return String.join(", ", BidDisclosure.publicStates().stream().map(s -> "'" + s.name() + "'").toList());
    }

    /** A snapshot as the audience sees that state of the bid: nothing of a state it may not see. */
    String disclose(BidDisclosure.Audience audience, String snapshot) {
        if (snapshot == null || audience == BidDisclosure.Audience.INSIDER) {
            return snapshot;
        }
        try {
            JsonNode tree = json.readTree(snapshot);
            if (!(tree instanceof ObjectNode state) || !BidDisclosure.shows(audience, status(state),
                    state.hasNonNull("submittedAt"))) {
                return null;
            }
            replace(state, "contacts", new TypeReference<List<Contact>>() { }, c -> BidDisclosure.contacts(audience, c));
            replace(state, "attachments", new TypeReference<List<Attachment>>() { }, a -> BidDisclosure.attachments(audience, a));
            replace(state, "resolutions", new TypeReference<List<Resolution>>() { }, r -> BidDisclosure.resolutions(audience, r));
            // who declined and why is between the bid's organisations and the programme, as the view has it
            state.remove(BidEvent.ParticipantDeclined.NOTE);
            return json.writeValueAsString(state);
        } catch (JsonProcessingException | IllegalArgumentException unreadable) {
            return null; // what cannot be read cannot be shown safely
        }
    }

    private <T> void replace(ObjectNode state, String field, TypeReference<List<T>> type, UnaryOperator<List<T>> rule) {
        JsonNode value = state.get(field);
        if (value != null && value.isArray()) {
            state.set(field, json.valueToTree(rule.apply(json.convertValue(value, type))));
        }
    }

    private static BidStatus status(ObjectNode state) {
        try {
            return BidStatus.valueOf(state.path("status").asText(""));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Instant instant(Object value) {
        return value instanceof Instant i ? i : value instanceof OffsetDateTime o ? o.toInstant()
                : ((Timestamp) value).toInstant();
    }
}
