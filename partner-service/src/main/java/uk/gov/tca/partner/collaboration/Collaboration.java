package uk.gov.tca.partner.collaboration;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;
import uk.gov.tca.platform.audit.Audited;

/** A named group of organisations working together, with members over time (One Swindon, SESS …). */
@Entity
@Table(name = "collaboration")
public class Collaboration extends Audited {

    @Id
    public String id;

    @Column(nullable = false)
    public String name;

    public String description;

    @ElementCollection
    @CollectionTable(name = "collaboration_member", joinColumns = @JoinColumn(name = "collaboration_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 50)
    public List<CollaborationMember> members = new ArrayList<>();


    /** The state an audit record keeps. */
    public java.util.Map<String, Object> snapshot() {
        java.util.Map<String, Object> state = new java.util.LinkedHashMap<>();
        state.put("id", id);
        state.put("name", name);
        state.put("description", description);
        state.put("members", members.stream().map(m -> {
            java.util.Map<String, Object> member = new java.util.LinkedHashMap<>();
            member.put("organisationId", m.organisationId);
            member.put("role", m.role);
            member.put("since", m.since == null ? null : m.since.toString());
            member.put("until", m.until == null ? null : m.until.toString());
            return member;
        }).toList());
        state.put("version", version);
        return state;
    }
}
