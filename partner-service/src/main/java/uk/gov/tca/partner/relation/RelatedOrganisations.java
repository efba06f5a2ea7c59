package uk.gov.tca.partner.relation;

import uk.gov.tca.partner.collaboration.CollaborationService;
import uk.gov.tca.partner.organisation.OrganisationService;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.gov.tca.partner.collaboration.Collaboration;
import uk.gov.tca.partner.collaboration.CollaborationMember;
import uk.gov.tca.partner.organisation.Organisation;
import uk.gov.tca.partner.organisation.OrganisationSummary;

/**
 * Every organisation linked to one through a relation, a current collaboration, or succession, and each
 * link that makes it so. The scoring-service asks this to find assessors' conflicts of interest, so a
 * link is reported whichever side recorded it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RelatedOrganisations {

    /** Why two organisations are related. */
    public record Link(String kind, String type, String direction, String collaborationId, String collaborationName,
            LocalDate since, LocalDate until) {
    }

    public record Related(Organisation organisation, List<Link> links) {
    }

    private final OrganisationService organisations;
    private final RelationService relations;
    private final CollaborationService collaborations;
    private final Clock clock;

    public RelatedOrganisations(OrganisationService organisations, RelationService relations,
            CollaborationService collaborations, Clock clock) {
        this.organisations = organisations;
        this.relations = relations;
        this.collaborations = collaborations;
        this.clock = clock;
    }

    /** The organisation and those linked to it, as the register shows them. */
    public RelatedView view(String id) {
        Organisation organisation = organisations.get(id);
        return new RelatedView(OrganisationSummary.of(organisation), of(id).stream()
                .map(r -> new RelatedView.RelatedOrganisation(OrganisationSummary.of(r.organisation()),
                        r.links().stream().map(l -> new RelatedView.LinkView(l.kind(), l.type(), l.direction(),
                                l.collaborationId(), l.collaborationName(), l.since(), l.until())).toList()))
                .toList());
    }

    public List<Related> of(String id) {
        Organisation organisation = organisations.get(id);
        LocalDate today = LocalDate.now(clock);
        Map<String, List<Link>> links = new LinkedHashMap<>();
        for (OrganisationRelation r : relations.of(id)) {
            if (!r.currentOn(today)) {
                continue;
            }
            boolean outgoing = r.fromId.equals(id);
            links.computeIfAbsent(outgoing ? r.toId : r.fromId, k -> new ArrayList<>())
                    .add(new Link("RELATION", r.type.name(), outgoing ? "TO" : "FROM", null, null, r.since, r.until));
        }
        for (Collaboration c : collaborations.withMember(id)) {
            boolean member = c.members.stream().anyMatch(m -> m.organisationId.equals(id) && m.currentOn(today));
            if (!member) {
                continue;
            }
            for (CollaborationMember m : c.members) {
                if (!m.organisationId.equals(id) && m.currentOn(today)) {
                    links.computeIfAbsent(m.organisationId, k -> new ArrayList<>())
                            .add(new Link("COLLABORATION", "MEMBER", null, c.id, c.name, m.since, m.until));
                }
            }
        }
        for (String successor : organisation.successors) {
            links.computeIfAbsent(successor, k -> new ArrayList<>())
                    .add(new Link("SUCCESSION", "SUCCESSOR", "TO", null, null, organisation.endDate, null));
        }
        for (Organisation predecessor : Organisation.<Organisation>list(
                "select o from Organisation o join o.successors s where s = ?1", id)) {
            links.computeIfAbsent(predecessor.id, k -> new ArrayList<>())
                    .add(new Link("SUCCESSION", "PREDECESSOR", "FROM", null, null, predecessor.endDate, null));
        }
        Map<String, Organisation> found = organisations.findAll(links.keySet());
        List<Related> related = new ArrayList<>();
        links.forEach((otherId, how) -> {
            if (found.containsKey(otherId)) {
                related.add(new Related(found.get(otherId), how));
            }
        });
        related.sort(Comparator.comparing((Related r) -> r.organisation().legalName).thenComparing(r -> r.organisation().id));
        return related;
    }
}
