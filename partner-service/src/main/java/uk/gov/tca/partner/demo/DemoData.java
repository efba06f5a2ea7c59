package uk.gov.tca.partner.demo;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import uk.gov.tca.partner.organisation.OrganisationFunction;
import uk.gov.tca.partner.organisation.OrganisationStatus;
import uk.gov.tca.partner.organisation.OrganisationType;
import uk.gov.tca.partner.relation.RelationType;

/** The shape of demo/tca-2013-organisations.json: what the 18 winning bids add to the register. */
record DemoData(@JsonProperty("_source") String source, List<CouncilExtra> councils, List<Org> organisations,
        List<Relation> relations, List<Collaboration> collaborations) {

    /** What the bids tell about a council beyond the register: functions it holds, names they write. */
    record CouncilExtra(String id, Set<OrganisationFunction> functions, List<String> aliases) {
    }

    record Identifier(uk.gov.tca.partner.organisation.IdentifierScheme scheme, String value) {
    }

    record Org(String id, String legalName, String commonName, OrganisationType type, OrganisationStatus status,
            LocalDate startDate, LocalDate endDate, String nation, String region, Set<OrganisationFunction> functions,
            List<Identifier> identifiers, List<String> aliases, List<String> successors) {
    }

    record Relation(String fromId, String toId, RelationType type, LocalDate since, LocalDate until, String note) {
    }

    record Member(String organisationId, String role, LocalDate since, LocalDate until) {
    }

    record Collaboration(String id, String name, String description, List<Member> members) {
    }
}
