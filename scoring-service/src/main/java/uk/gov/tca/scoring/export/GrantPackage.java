package uk.gov.tca.scoring.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A round's published awards as a 360Giving Data Standard 1.4 package: only the fields this service fills, under the
 * standard's names (its US spelling of "organization" included), so that the package validates against the
 * standard's own schema.
 */
@Schema(name = "ThreeSixtyGivingPackage", description = "A round's published awards as a 360Giving Data Standard 1.4 "
        + "package: one grant for each funded or part-funded bid")
public record GrantPackage(
        @Schema(description = "The grants, in rank order", minItems = 1) List<Grant> grants,
        @Schema(description = "The version of the 360Giving Data Standard the package follows", pattern = "^(\\d+\\.)(\\d+)$",
                example = "1.4") String version) {

    /** The version of the standard every package is written to. */
    public static final String VERSION = "1.4";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ThreeSixtyGivingGrant", description = "One award as a 360Giving grant")
    public record Grant(
            @Schema(description = "The grant's identifier: the department's 360Giving prefix, a hyphen and the bid's id",
                    example = "360G-dclg-tca-bid-3f6d2a80-1c4e-4b7a-9e15-8d0c7b2a4f61") String id,
            @Schema(description = "The bid's title", example = "A Transformational approach to sharing local authority "
                    + "services between Babergh and Mid Suffolk District Councils") String title,
            @Schema(description = "The bid's full description, or its title where it has none",
                    example = "Transformational Enquiries: Babergh and Mid Suffolk District Councils, one integrated "
                    + "workforce, redesign their services with their communities") String description,
            @Schema(description = "The currency of the amounts: always pounds sterling", enumeration = "GBP",
                    example = "GBP") String currency,
            @Schema(description = "The amount the bid sought, in pounds sterling; absent when it stated none",
                    example = "166900") BigDecimal amountAppliedFor,
            @Schema(description = "The amount awarded, in pounds sterling", example = "166900") BigDecimal amountAwarded,
            @Schema(description = "The day the decision was published (UK date), YYYY-MM-DD", format = "date",
                    example = "2014-01-20") String awardDate,
            @Schema(description = "Who the award is paid to: the bid's accountable body (the first, where the "
                    + "responsibility is joint), else its lead", minItems = 1, maxItems = 1)
            List<Organisation> recipientOrganization,
            @Schema(description = "The department that funds the programme", minItems = 1, maxItems = 1)
            List<Organisation> fundingOrganization,
            @Schema(description = "The round, as the grant programme", minItems = 1, maxItems = 1)
            List<Programme> grantProgramme,
            @Schema(description = "When the funded activity is planned: from 1 April of the first financial year of the "
                    + "bid's costs to 31 March after the last; absent when its costs name no financial year",
                    maxItems = 1)
            List<Dates> plannedDates,
            @Schema(description = "The recipient's area, where the recipient is a council with an ONS GSS code; absent "
                    + "otherwise", maxItems = 1)
            List<Location> beneficiaryLocation,
            @Schema(description = "For the grants of decisions that are a demonstration's, the classification that says "
                    + "so (vocabulary uk.gov.tca:data, code DEMONSTRATION); absent for real awards", maxItems = 1)
            List<Classification> classifications) {
    }

    @Schema(name = "ThreeSixtyGivingClassification", description = "A classification of a grant in a vocabulary")
    public record Classification(
            @Schema(description = "The vocabulary", example = "uk.gov.tca:data") String vocabulary,
            @Schema(description = "The code in it", example = "DEMONSTRATION") String code,
            @Schema(description = "Its title", example = "Demonstration data") String title,
            @Schema(description = "What it means", example = "Made up for a demonstration: not a real award")
            String description) {

        /** The grants of a demonstration's decisions: not real awards, whatever else the file says. */
        public static final Classification DEMONSTRATION = new Classification("uk.gov.tca:data", "DEMONSTRATION",
                "Demonstration data", "Made up for a demonstration: not a real award");
    }

    @Schema(name = "ThreeSixtyGivingOrganisation", description = "An organisation by its 360Giving org-id and its name")
    public record Organisation(
            @Schema(description = "The organisation's 360Giving org-id (for a council, GB-LAE- and its code)",
                    example = "GB-LAE-BAB") String id,
            @Schema(description = "The organisation's legal name, as the partner-service's register holds it",
                    example = "Babergh District Council") String name) {
    }

    @Schema(name = "ThreeSixtyGivingProgramme", description = "The grant programme an award was made under: the round")
    public record Programme(
            @Schema(description = "The round's id", example = "tca-2013-14") String code,
            @Schema(description = "The round's name", example = "Transformation Challenge Award 2013/14") String title) {
    }

    @Schema(name = "ThreeSixtyGivingDates", description = "When the funded activity is planned to take place")
    public record Dates(
            @Schema(description = "The first day, YYYY-MM-DD: 1 April of a financial year", format = "date",
                    example = "2013-04-01") String startDate,
            @Schema(description = "The last day, YYYY-MM-DD: 31 March ending a financial year", format = "date",
                    example = "2015-03-31") String endDate) {
    }

    @Schema(name = "ThreeSixtyGivingLocation", description = "A council's area, by its ONS GSS code")
    public record Location(
            @Schema(description = "The area's name: the council's legal name", example = "Babergh District Council")
            String name,
            @Schema(description = "The area's ONS GSS code", example = "E07000200") String geoCode,
            @Schema(description = "The kind of area, from 360Giving's geoCodeType codelist: NMD (a non-metropolitan "
                    + "district), UA (a unitary authority), MD (a metropolitan district), LONB (a London borough) or CTY "
                    + "(a county)", enumeration = {"NMD", "UA", "MD", "LONB", "CTY"}, example = "NMD") String geoCodeType,
            @Schema(description = "The ISO 3166-1 country code: GB", enumeration = "GB", example = "GB")
            String countryCode) {
    }
}
