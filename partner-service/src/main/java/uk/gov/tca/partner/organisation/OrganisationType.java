package uk.gov.tca.partner.organisation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an organisation is, kept apart from the style of its name: "Bournemouth BC" and "Halton BC" are
 * unitaries, "Breckland Council" a district, "Royal Borough of Kingston upon Thames" a London borough.
 */
@Schema(description = "What an organisation is, kept apart from the style of its name. Councils: DISTRICT (a "
        + "shire district), COUNTY, UNITARY, METROPOLITAN_BOROUGH, LONDON_BOROUGH, COMBINED_AUTHORITY, "
        + "STRATEGIC_REGIONAL_AUTHORITY (the Greater London Authority), SCOTTISH_UNITARY, WELSH_PRINCIPAL_AREA, "
        + "NORTHERN_IRELAND_DISTRICT, SUI_GENERIS_COUNCIL (the City of London Corporation). Others: fire and rescue "
        + "authorities, police forces, police and crime commissioners, probation trusts, CCG (clinical commissioning "
        + "groups), NHS foundation and other trusts, ambulance trusts, NHS England bodies, RSL (registered social "
        + "landlords such as housing associations), voluntary and community bodies, universities, central "
        + "government, LEP (local enterprise partnerships), partnership boards, council and private companies, "
        + "national parks, town and parish councils, and OTHER.")
public enum OrganisationType {
    DISTRICT,
    COUNTY,
    UNITARY,
    METROPOLITAN_BOROUGH,
    LONDON_BOROUGH,
    COMBINED_AUTHORITY,
    STRATEGIC_REGIONAL_AUTHORITY,
    SCOTTISH_UNITARY,
    WELSH_PRINCIPAL_AREA,
    NORTHERN_IRELAND_DISTRICT,
    SUI_GENERIS_COUNCIL,
    FIRE_AND_RESCUE_AUTHORITY,
    POLICE_FORCE,
    POLICE_AND_CRIME_COMMISSIONER,
    PROBATION_TRUST,
    CCG,
    NHS_FOUNDATION_TRUST,
    NHS_TRUST,
    AMBULANCE_TRUST,
    NHS_ENGLAND_BODY,
    RSL,
    VOLUNTARY_COMMUNITY,
    UNIVERSITY,
    CENTRAL_GOVERNMENT,
    LEP,
    PARTNERSHIP_BOARD,
    COUNCIL_COMPANY,
    PRIVATE_COMPANY,
    NATIONAL_PARK,
    TOWN_PARISH,
    OTHER;

    /** The register's local-authority-type codes (mySociety), mapped to a tier. */
    public static OrganisationType fromRegisterCode(String code) {
        return switch (code) {
            case "NMD" -> DISTRICT;
            case "CTY" -> COUNTY;
            case "UA" -> UNITARY;
            case "MD" -> METROPOLITAN_BOROUGH;
            case "LBO" -> LONDON_BOROUGH;
            case "COMB" -> COMBINED_AUTHORITY;
            case "SRA" -> STRATEGIC_REGIONAL_AUTHORITY;
            case "SCO" -> SCOTTISH_UNITARY;
            case "WPA" -> WELSH_PRINCIPAL_AREA;
            case "NID" -> NORTHERN_IRELAND_DISTRICT;
            case "CC" -> SUI_GENERIS_COUNCIL;
            default -> throw new IllegalArgumentException("unknown local-authority-type " + code);
        };
    }
}
