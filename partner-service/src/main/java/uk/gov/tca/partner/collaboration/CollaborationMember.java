package uk.gov.tca.partner.collaboration;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** An organisation's membership of a collaboration, for a period; an open end means it is current. */
@Embeddable
public class CollaborationMember {

    @Column(name = "organisation_id", nullable = false)
    public String organisationId;

    public String role;

    public LocalDate since;

    public LocalDate until;

    protected CollaborationMember() {
    }

    public CollaborationMember(String organisationId, String role, LocalDate since, LocalDate until) {
        this.organisationId = organisationId;
        this.role = role;
        this.since = since;
        this.until = until;
    }

    public boolean currentOn(LocalDate day) {
        return (since == null || !since.isAfter(day)) && (until == null || !until.isBefore(day));
    }
}
