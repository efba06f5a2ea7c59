package uk.gov.tca.partner.collaboration;

import java.util.List;

/** A collaboration as a client proposes it. */
public record CollaborationDraft(String id, String name, String description, List<CollaborationMember> members) {
}
