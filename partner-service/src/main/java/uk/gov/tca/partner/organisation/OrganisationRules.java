package uk.gov.tca.partner.organisation;

import uk.gov.tca.platform.rules.RuleViolation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The register's rules for an organisation's state, each a named rule that gives its reasons. The
 * service applies them all and answers with every reason at once, so a client fixes a request in one go.
 */
public final class OrganisationRules {

    /** A rule: the reasons a draft breaks it, none when it holds. */
    public interface Rule extends Function<OrganisationDraft, List<RuleViolation>> {
    }

    /** Each identifier has the format its scheme's issuer publishes. */
    public static final Rule IDENTIFIERS_ARE_WELL_FORMED = draft -> {
        List<RuleViolation> violations = new ArrayList<>();
        for (int i = 0; i < draft.identifiers().size(); i++) {
            Identifier identifier = draft.identifiers().get(i);
            int index = i;
            identifier.scheme.check(identifier.value).ifPresent(reason ->
                    violations.add(new RuleViolation("identifiers[" + index + "].value", reason)));
        }
        return violations;
    };

    /** One scheme may carry several identifiers (old GSS codes), but the same one twice is a mistake. */
    public static final Rule IDENTIFIERS_ARE_NOT_REPEATED = draft -> {
        Set<String> seen = new HashSet<>();
        List<RuleViolation> violations = new ArrayList<>();
        for (int i = 0; i < draft.identifiers().size(); i++) {
            Identifier identifier = draft.identifiers().get(i);
            if (!seen.add(identifier.scheme + ":" + identifier.value)) {
                violations.add(new RuleViolation("identifiers[" + i + "]", "repeats an identifier already given"));
            }
        }
        return violations;
    };

    /** An org-id used as the organisation's id must be the org-id it lists, if it lists one. */
    public static final Rule ORG_ID_AGREES_WITH_ID = draft -> {
        List<RuleViolation> violations = new ArrayList<>();
        boolean idIsOrgId = IdentifierScheme.ORG_ID.check(draft.id()).isEmpty();
        List<Identifier> orgIds = draft.identifiers().stream().filter(i -> i.scheme == IdentifierScheme.ORG_ID).toList();
        if (idIsOrgId && !orgIds.isEmpty() && orgIds.stream().noneMatch(i -> i.value.equals(draft.id()))) {
            violations.add(new RuleViolation("identifiers", "list the organisation's own org-id " + draft.id()
                    + " among its ORG_ID identifiers, or use an internal id"));
        }
        return violations;
    };

    /** An abolished organisation says when it ended; an active one has no successor yet. */
    public static final Rule ABOLITION_IS_DATED = draft -> {
        List<RuleViolation> violations = new ArrayList<>();
        if (draft.status() == OrganisationStatus.ABOLISHED && draft.endDate() == null) {
            violations.add(new RuleViolation("endDate", "is required when the organisation is abolished"));
        }
        if (draft.status() == OrganisationStatus.ACTIVE && !draft.successors().isEmpty()) {
            violations.add(new RuleViolation("successors", "only an abolished organisation has successors"));
        }
        return violations;
    };

    /** An organisation cannot end before it began. */
    public static final Rule PERIOD_IS_ORDERED = draft -> draft.startDate() != null && draft.endDate() != null
            && draft.endDate().isBefore(draft.startDate())
            ? List.of(new RuleViolation("endDate", "is before startDate " + draft.startDate()))
            : List.of();

    /** An organisation does not succeed itself. */
    public static final Rule NOT_ITS_OWN_SUCCESSOR = draft -> draft.successors().contains(draft.id())
            ? List.of(new RuleViolation("successors", "an organisation cannot be its own successor"))
            : List.of();

    public static final List<Rule> ALL = List.of(IDENTIFIERS_ARE_WELL_FORMED, IDENTIFIERS_ARE_NOT_REPEATED,
            ORG_ID_AGREES_WITH_ID, ABOLITION_IS_DATED, PERIOD_IS_ORDERED, NOT_ITS_OWN_SUCCESSOR);

    private OrganisationRules() {
    }

    public static List<RuleViolation> check(OrganisationDraft draft) {
        List<RuleViolation> violations = new ArrayList<>();
        for (Rule rule : ALL) {
            violations.addAll(rule.apply(draft));
        }
        return violations;
    }
}
