package uk.gov.tca.partner.relation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A link between two organisations, read "from TYPE to", with the period it held. */
@Entity
@Table(name = "organisation_relation")
public class OrganisationRelation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "from_id", nullable = false)
    public String fromId;

    @Column(name = "to_id", nullable = false)
    public String toId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RelationType type;

    public LocalDate since;

    public LocalDate until;

    public String note;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    public boolean currentOn(LocalDate day) {
        return (since == null || !since.isAfter(day)) && (until == null || !until.isBefore(day));
    }
}
