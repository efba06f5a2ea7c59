package uk.gov.tca.bid.lifecycle;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What the bids list finds a bid by beyond its own columns — each of its references, the name of the body that owns
 * it — in lower case, one row each, written with the bid (as {@link BidOrganisation} is), so a filter is an index
 * lookup instead of a scan of every bid's JSON.
 */
@Entity
@Table(name = "bid_search_key")
@IdClass(BidSearchKey.Id.class)
public class BidSearchKey {

    public enum Kind { REFERENCE, COMMITTEE }

    public static class Id implements Serializable {
        public String bidId;
        public Kind kind;
        public String key;

        @Override
        public boolean equals(Object o) {
            return o instanceof Id k && Objects.equals(bidId, k.bidId) && kind == k.kind && Objects.equals(key, k.key);
        }

        @Override
        public int hashCode() {
            return Objects.hash(bidId, kind, key);
        }
    }

    @jakarta.persistence.Id
    @Column(name = "bid_id")
    public String bidId;

    @jakarta.persistence.Id
    @Enumerated(EnumType.STRING)
    public Kind kind;

    @jakarta.persistence.Id
    public String key;

    protected BidSearchKey() {
    }

    BidSearchKey(String bidId, Kind kind, String key) {
        this.bidId = bidId;
        this.kind = kind;
        this.key = key;
    }

    /** How a filter's value is compared: without surrounding spaces, in lower case. */
    public static String normalise(String value) {
        return value == null ? null : value.strip().toLowerCase(Locale.ROOT);
    }

    /** The keys a bid is found by now. */
    static Set<BidSearchKey> of(Bid bid) {
        Set<BidSearchKey> keys = new LinkedHashSet<>();
        bid.content().referenceKeys().forEach(k -> keys.add(new BidSearchKey(bid.id(), Kind.REFERENCE, k)));
        if (bid.content().owningBody() != null && bid.content().owningBody().name() != null) {
            keys.add(new BidSearchKey(bid.id(), Kind.COMMITTEE, normalise(bid.content().owningBody().name())));
        }
        return keys;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BidSearchKey k && Objects.equals(bidId, k.bidId) && kind == k.kind && Objects.equals(key, k.key);
    }

    @Override
    public int hashCode() {
        return Objects.hash(bidId, kind, key);
    }
}
