package uk.gov.tca.partner.organisation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A statutory function an organisation holds. One legal body can hold several: Cornwall Council and
 * Lincolnshire County Council are each also the fire and rescue authority for their area.
 */
@Schema(description = "A statutory function an organisation holds; one body can hold several (Cornwall Council "
        + "and Suffolk County Council are each also the fire and rescue authority for their area)")
public enum OrganisationFunction {
    FIRE_AND_RESCUE_AUTHORITY,
    EDUCATION_AUTHORITY,
    SOCIAL_CARE_AUTHORITY,
    PUBLIC_HEALTH,
    HIGHWAYS_AUTHORITY,
    HOUSING_AUTHORITY,
    PLANNING_AUTHORITY,
    WASTE_COLLECTION_AUTHORITY,
    WASTE_DISPOSAL_AUTHORITY,
    LICENSING_AUTHORITY,
    ELECTORAL_REGISTRATION,
    POLICING,
    PROBATION,
    HEALTH_COMMISSIONING,
    HEALTH_PROVISION,
    AMBULANCE_SERVICE,
    SOCIAL_HOUSING,
    BUILDING_CONTROL
}
