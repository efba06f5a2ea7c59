package uk.gov.tca.partner.organisation;

import static uk.gov.tca.partner.organisation.OrganisationFunction.EDUCATION_AUTHORITY;
import static uk.gov.tca.partner.organisation.OrganisationFunction.ELECTORAL_REGISTRATION;
import static uk.gov.tca.partner.organisation.OrganisationFunction.HIGHWAYS_AUTHORITY;
import static uk.gov.tca.partner.organisation.OrganisationFunction.HOUSING_AUTHORITY;
import static uk.gov.tca.partner.organisation.OrganisationFunction.LICENSING_AUTHORITY;
import static uk.gov.tca.partner.organisation.OrganisationFunction.PLANNING_AUTHORITY;
import static uk.gov.tca.partner.organisation.OrganisationFunction.PUBLIC_HEALTH;
import static uk.gov.tca.partner.organisation.OrganisationFunction.SOCIAL_CARE_AUTHORITY;
import static uk.gov.tca.partner.organisation.OrganisationFunction.WASTE_COLLECTION_AUTHORITY;
import static uk.gov.tca.partner.organisation.OrganisationFunction.WASTE_DISPOSAL_AUTHORITY;

import java.util.EnumSet;
import java.util.Set;

/**
 * The functions English local government law gives each tier: a district collects waste and plans,
 * a county educates and cares, a unitary does both. Functions beyond the tier (fire and rescue) are
 * recorded per council.
 */
public final class CouncilFunctions {

    private static final Set<OrganisationFunction> LOWER_TIER = EnumSet.of(HOUSING_AUTHORITY, PLANNING_AUTHORITY,
            WASTE_COLLECTION_AUTHORITY, LICENSING_AUTHORITY, ELECTORAL_REGISTRATION);
    private static final Set<OrganisationFunction> UPPER_TIER = EnumSet.of(EDUCATION_AUTHORITY, SOCIAL_CARE_AUTHORITY,
            PUBLIC_HEALTH, HIGHWAYS_AUTHORITY, WASTE_DISPOSAL_AUTHORITY);

    private CouncilFunctions() {
    }

    public static Set<OrganisationFunction> forType(OrganisationType type) {
        return switch (type) {
            case DISTRICT, NORTHERN_IRELAND_DISTRICT -> EnumSet.copyOf(LOWER_TIER);
            case COUNTY -> EnumSet.copyOf(UPPER_TIER);
            case UNITARY, METROPOLITAN_BOROUGH, LONDON_BOROUGH, SCOTTISH_UNITARY, WELSH_PRINCIPAL_AREA,
                    SUI_GENERIS_COUNCIL -> {
                Set<OrganisationFunction> all = EnumSet.copyOf(LOWER_TIER);
                all.addAll(UPPER_TIER);
                yield all;
            }
            default -> EnumSet.noneOf(OrganisationFunction.class);
        };
    }
}
