package uk.gov.tca.partner.service;

import java.util.List;
import uk.gov.tca.partner.domain.CollaborationMember;

/** A collaboration as a client proposes it. */
public record CollaborationDraft(String id, String name, String description, List<CollaborationMember> members) {
}
