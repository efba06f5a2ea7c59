package uk.gov.tca.partner.organisation;

import uk.gov.tca.partner.naming.NameKind;
import uk.gov.tca.partner.naming.OrganisationName;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import uk.gov.tca.platform.audit.Audited;

/** An organisation that can take part in a bid: a council, a fire authority, a trust, a charity … */
@Entity
@Table(name = "organisation")
public class Organisation extends Audited {

    @Id
    public String id;

    @Column(name = "legal_name", nullable = false)
    public String legalName;

    @Column(name = "common_name")
    public String commonName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OrganisationType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OrganisationStatus status;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    public String nation;

    public String region;

    @ElementCollection
    @CollectionTable(name = "organisation_function", joinColumns = @JoinColumn(name = "organisation_id"))
    @Column(name = "function")
    @Enumerated(EnumType.STRING)
    @BatchSize(size = 50)
    public Set<OrganisationFunction> functions = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "organisation_identifier", joinColumns = @JoinColumn(name = "organisation_id"))
    @BatchSize(size = 50)
    public Set<Identifier> identifiers = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "organisation_name", joinColumns = @JoinColumn(name = "organisation_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 50)
    public List<OrganisationName> names = new ArrayList<>();

    /** False for one a bidder proposed and no programme manager has yet confirmed or merged. */
    @Column(nullable = false)
    public boolean verified = true;

    /** Who proposed it, when a bidder did. */
    @Column(name = "proposed_by")
    public String proposedBy;

    /** The entry a proposed organisation turned out to duplicate, once merged into it. */
    @Column(name = "merged_into")
    public String mergedInto;

    @ElementCollection
    @CollectionTable(name = "organisation_successor", joinColumns = @JoinColumn(name = "organisation_id"))
    @Column(name = "successor_id")
    @BatchSize(size = 50)
    public Set<String> successors = new LinkedHashSet<>();


    /** The legal name, the common name and the aliases, once each (by folded form), legal first. */
    public void rename(String legalName, String commonName, List<String> aliases) {
        this.legalName = legalName;
        this.commonName = commonName;
        List<OrganisationName> next = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        add(next, seen, legalName, NameKind.LEGAL);
        add(next, seen, commonName, NameKind.COMMON);
        for (String alias : aliases) {
            add(next, seen, alias, NameKind.ALIAS);
        }
        names.clear();
        names.addAll(next);
    }

    /** The state an audit record keeps: everything a client can change, plus the version. */
    public java.util.Map<String, Object> snapshot() {
        java.util.Map<String, Object> state = new java.util.LinkedHashMap<>();
        state.put("id", id);
        state.put("legalName", legalName);
        state.put("commonName", commonName);
        state.put("type", type);
        state.put("status", status);
        state.put("startDate", startDate == null ? null : startDate.toString());
        state.put("endDate", endDate == null ? null : endDate.toString());
        state.put("nation", nation);
        state.put("region", region);
        state.put("functions", functions.stream().map(Enum::name).sorted().toList());
        state.put("identifiers", identifiers.stream().map(i -> i.scheme + ":" + i.value).sorted().toList());
        state.put("aliases", aliases());
        state.put("successors", successors.stream().sorted().toList());
        state.put("verified", verified);
        state.put("proposedBy", proposedBy);
        state.put("mergedInto", mergedInto);
        state.put("version", version);
        return state;
    }

    public List<String> aliases() {
        return names.stream().filter(n -> n.kind == NameKind.ALIAS).map(n -> n.name).toList();
    }

    private static void add(List<OrganisationName> names, Set<String> seen, String name, NameKind kind) {
        if (name == null || name.isBlank()) {
            return;
        }
        OrganisationName candidate = new OrganisationName(name.strip(), kind);
        if (seen.add(candidate.normalised)) {
            names.add(candidate);
        }
    }
}
