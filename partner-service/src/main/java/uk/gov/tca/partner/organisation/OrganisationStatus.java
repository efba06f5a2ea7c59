package uk.gov.tca.partner.organisation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether an organisation still exists; an abolished one keeps its record, its end date and successors. */
@Schema(description = "Whether the organisation still exists: ACTIVE, or ABOLISHED (it keeps its record, its end "
        + "date and its successors)")
public enum OrganisationStatus {
    ACTIVE,
    ABOLISHED
}
