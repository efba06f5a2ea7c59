package uk.gov.tca.scoring.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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

    public static Map<String, Object> grant(String prefix, DecisionLine line, JsonNode bid, Funder funder,
            Programme programme, Optional<PartnerClient.Organisation> recipient, String recipientId) {
        Map<String, Object> grant = new LinkedHashMap<>();
        grant.put("id", prefix + "-" + line.bidId());
        grant.put("title", bid.path("title").asText());
        String description = bid.path("narrative").path("full-description").asText("");
        grant.put("description", description.isBlank() ? bid.path("title").asText() : description);
        grant.put("currency", "GBP");
        if (line.amountSought() != null) {
            grant.put("amountAppliedFor", line.amountSought());
        }
        grant.put("amountAwarded", line.amountAwarded());
        grant.put("awardDate", LocalDate.ofInstant(line.publishedAt(), ZoneId.of("Europe/London")).toString());
        String name = recipient.map(PartnerClient.Organisation::legalName).orElse(recipientId);
        grant.put("recipientOrganization", List.of(Map.of("id", recipientId, "name", name)));
        grant.put("fundingOrganization", List.of(Map.of("id", funder.id(), "name", funder.name())));
        grant.put("grantProgramme", List.of(Map.of("code", programme.code(), "title", programme.title())));
        plannedDates(bid).ifPresent(dates -> grant.put("plannedDates", List.of(dates)));
        recipient.flatMap(ThreeSixtyGiving::location).ifPresent(l -> grant.put("beneficiaryLocation", List.of(l)));
        return grant;
    }

    /** From 1 April of the first financial year of its costs to 31 March after the last, where the bid gives years. */
    static Optional<Map<String, Object>> plannedDates(JsonNode bid) {
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
        return Optional.of(Map.of("startDate", first + "-04-01", "endDate", (last + 1) + "-03-31"));
    }

    static Optional<Map<String, Object>> location(PartnerClient.Organisation organisation) {
        String type = GEO_CODE_TYPE.get(organisation.type());
        if (type == null || organisation.identifiers() == null) {
            return Optional.empty();
        }
        return organisation.identifiers().stream().filter(i -> "GSS".equals(i.scheme())).findFirst()
                .map(gss -> Map.of("name", organisation.legalName(), "geoCode", gss.value(), "geoCodeType", type,
                        "countryCode", "GB"));
    }

    /** The flat form 360Giving publishers also give: one row per grant, the standard's column titles. */
    public static String csv(List<Map<String, Object>> grants) {
        String[] columns = {"Identifier", "Title", "Description", "Currency", "Amount Applied For", "Amount Awarded",
            "Award Date", "Recipient Org:Identifier", "Recipient Org:Name", "Funding Org:Identifier", "Funding Org:Name",
            "Grant Programme:Code", "Grant Programme:Title", "Planned Dates:Start Date", "Planned Dates:End Date",
            "Beneficiary Location:Name", "Beneficiary Location:Geographic Code", "Beneficiary Location:Geographic Code Type"};
        StringBuilder out = new StringBuilder(String.join(",", columns)).append("\r\n");
        for (Map<String, Object> g : grants) {
            Map<?, ?> recipient = first(g, "recipientOrganization");
            Map<?, ?> funder = first(g, "fundingOrganization");
            Map<?, ?> programme = first(g, "grantProgramme");
            Map<?, ?> dates = first(g, "plannedDates");
            Map<?, ?> location = first(g, "beneficiaryLocation");
            Object[] row = {g.get("id"), g.get("title"), g.get("description"), g.get("currency"), g.get("amountAppliedFor"),
                g.get("amountAwarded"), g.get("awardDate"), recipient.get("id"), recipient.get("name"), funder.get("id"),
                funder.get("name"), programme.get("code"), programme.get("title"), dates.get("startDate"),
                dates.get("endDate"), location.get("name"), location.get("geoCode"), location.get("geoCodeType")};
            List<String> cells = new ArrayList<>();
            for (Object cell : row) {
                cells.add(cell(cell));
            }
            out.append(String.join(",", cells)).append("\r\n");
        }
        return out.toString();
    }

    private static Map<?, ?> first(Map<String, Object> grant, String key) {
        Object value = grant.get(key);
        return value instanceof List<?> list && !list.isEmpty() ? (Map<?, ?>) list.get(0) : Map.of();
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
