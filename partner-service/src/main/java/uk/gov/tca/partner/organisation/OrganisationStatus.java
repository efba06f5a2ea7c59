package uk.gov.tca.partner.organisation;

/** Whether an organisation still exists; an abolished one keeps its record, its end date and successors. */
public enum OrganisationStatus {
    ACTIVE,
    ABOLISHED
}
