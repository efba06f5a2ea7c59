package uk.gov.tca.bid.lifecycle;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** An organisation named in a bid: whose bidders may read it, and what the organisation filter finds. */
@Entity
@Table(name = "bid_organisation")
@IdClass(BidOrganisation.Key.class)
public class BidOrganisation {

    public static class Key implements Serializable {
        public String bidId;
        public String organisationId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(bidId, k.bidId) && Objects.equals(organisationId, k.organisationId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(bidId, organisationId);
        }
    }

    @Id
    @Column(name = "bid_id")
    public String bidId;

    @Id
    @Column(name = "organisation_id")
    public String organisationId;

    protected BidOrganisation() {
    }

    BidOrganisation(String bidId, String organisationId) {
        this.bidId = bidId;
        this.organisationId = organisationId;
    }
}
