package uk.gov.tca.scoring.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.gov.tca.scoring.client.PartnerClient;
import uk.gov.tca.scoring.decision.DecisionLine;

/**
 * One published award as a 360Giving Data Standard 1.4 grant: the grant id from the publisher's prefix and the
 * bid id, the recipient (the bid's accountable body, else its lead) by org-id, the department as funder, the
 * round as the grant programme, planned dates from the financial years of its costs, and where the recipient
 * is a council, its area by GSS code.
 */
public final class ThreeSixtyGiving {

    private static final Pattern FINANCIAL_YEAR = Pattern.compile("^(\\d{4})/(\\d{2})$");

    /** The 360Giving geoCodeType for each council type (codelist geoCodeType.csv). */
    private static final Map<String, String> GEO_CODE_TYPE = Map.of("DISTRICT", "NMD", "UNITARY", "UA",
            "METROPOLITAN_BOROUGH", "MD", "LONDON_BOROUGH", "LONB", "COUNTY", "CTY");

    public record Funder(String id, String name) {
    }

    /**
     * A funder as 360Giving names it: its org-id (the register's ORG_ID identifier, else its register id, which for
     * a council is an org-id already, GB-LAE-WOR) and its legal name.
     */
    public static Funder funder(String registerId, Optional<PartnerClient.Organisation> onRegister) {
        String orgId = onRegister.flatMap(o -> o.identifiers() == null ? Optional.empty() : o.identifiers().stream()
                .filter(i -> "ORG_ID".equals(i.scheme())).map(PartnerClient.Identifier::value).findFirst())
                .orElse(registerId);
        return new Funder(orgId, onRegister.map(PartnerClient.Organisation::legalName).orElse(registerId));
    }

    public record Programme(String code, String title) {
    }

    private ThreeSixtyGiving() {
    }

    /** The organisation the award is paid to: the accountable body (the first, where joint), else the lead. */
    public static String recipientId(JsonNode bid) {
        for (JsonNode p : bid.path("participants")) {
            for (JsonNode role : p.path("roles")) {
                if ("ACCOUNTABLE_BODY".equals(role.asText())) {
                    return p.path("organisationId").asText();
                }
            }
        }
        return bid.path("leadOrganisationId").asText();
    }

    public static GrantPackage.Grant grant(String prefix, DecisionLine line, JsonNode bid, Funder funder,
            Programme programme, Optional<PartnerClient.Organisation> recipient, String recipientId,
            boolean demonstration) {
        String description = bid.path("narrative").path("full-description").asText("");
        String name = recipient.map(PartnerClient.Organisation::legalName).orElse(recipientId);
        return new GrantPackage.Grant(prefix + "-" + line.bidId(), bid.path("title").asText(),
                description.isBlank() ? bid.path("title").asText() : description, "GBP", line.amountSought(),
                line.amountAwarded(), LocalDate.ofInstant(line.publishedAt(), ZoneId.of("Europe/London")).toString(),
                List.of(new GrantPackage.Organisation(recipientId, name)),
                List.of(new GrantPackage.Organisation(funder.id(), funder.name())),
                List.of(new GrantPackage.Programme(programme.code(), programme.title())),
                plannedDates(bid).map(List::of).orElse(null),
                recipient.flatMap(ThreeSixtyGiving::location).map(List::of).orElse(null),
                demonstration ? List.of(GrantPackage.Classification.DEMONSTRATION) : null);
    }

    /** From 1 April of the first financial year of its costs to 31 March after the last, where the bid gives years. */
    static Optional<GrantPackage.Dates> plannedDates(JsonNode bid) {
        List<Integer> starts = new ArrayList<>();
        for (JsonNode cost : bid.path("costLines")) {
            Matcher m = FINANCIAL_YEAR.matcher(cost.path("period").path("financialYear").asText(""));
            if (m.matches()) {
                starts.add(Integer.parseInt(m.group(1)));
            }
        }
        if (starts.isEmpty()) {
            return Optional.empty();
        }
        int first = starts.stream().min(Integer::compare).get();
        int last = starts.stream().max(Integer::compare).get();
        return Optional.of(new GrantPackage.Dates(first + "-04-01", (last + 1) + "-03-31"));
    }

    static Optional<GrantPackage.Location> location(PartnerClient.Organisation organisation) {
        String type = GEO_CODE_TYPE.get(organisation.type());
        if (type == null || organisation.identifiers() == null) {
            return Optional.empty();
        }
        return organisation.identifiers().stream().filter(i -> "GSS".equals(i.scheme())).findFirst()
                .map(gss -> new GrantPackage.Location(organisation.legalName(), gss.value(), type, "GB"));
    }

    /** The flat form 360Giving publishers also give: one row per grant, the standard's column titles. */
    public static String csv(List<GrantPackage.Grant> grants) {
        String[] columns = {"Identifier", "Title", "Description", "Currency", "Amount Applied For", "Amount Awarded",
            "Award Date", "Recipient Org:Identifier", "Recipient Org:Name", "Funding Org:Identifier", "Funding Org:Name",
            "Grant Programme:Code", "Grant Programme:Title", "Planned Dates:Start Date", "Planned Dates:End Date",
            "Beneficiary Location:Name", "Beneficiary Location:Geographic Code", "Beneficiary Location:Geographic Code Type",
            "Classifications:Vocabulary", "Classifications:Code", "Classifications:Title"};
        StringBuilder out = new StringBuilder(String.join(",", columns)).append("\r\n");
        for (GrantPackage.Grant g : grants) {
            GrantPackage.Organisation recipient = g.recipientOrganization().get(0);
            GrantPackage.Organisation funder = g.fundingOrganization().get(0);
            GrantPackage.Programme programme = g.grantProgramme().get(0);
            GrantPackage.Dates dates = g.plannedDates() == null ? null : g.plannedDates().get(0);
            GrantPackage.Location location = g.beneficiaryLocation() == null ? null : g.beneficiaryLocation().get(0);
            GrantPackage.Classification classification = g.classifications() == null ? null : g.classifications().get(0);
            Object[] row = {g.id(), g.title(), g.description(), g.currency(), g.amountAppliedFor(), g.amountAwarded(),
                g.awardDate(), recipient.id(), recipient.name(), funder.id(), funder.name(), programme.code(),
                programme.title(), dates == null ? null : dates.startDate(), dates == null ? null : dates.endDate(),
                location == null ? null : location.name(), location == null ? null : location.geoCode(),
                location == null ? null : location.geoCodeType(),
                classification == null ? null : classification.vocabulary(),
                classification == null ? null : classification.code(),
                classification == null ? null : classification.title()};
            List<String> cells = new ArrayList<>();
            for (Object cell : row) {
                cells.add(cell(cell));
            }
            out.append(String.join(",", cells)).append("\r\n");
        }
        return out.toString();
    }

    /** RFC 4180 quoting; a cell starting with = + - @ is prefixed so a spreadsheet does not run it as a formula. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof BigDecimal d ? d.toPlainString() : value.toString();
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !(value instanceof BigDecimal)) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
