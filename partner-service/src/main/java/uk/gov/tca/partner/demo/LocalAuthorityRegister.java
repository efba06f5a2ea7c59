package uk.gov.tca.partner.demo;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads mySociety's register of UK local authorities (CC BY 4.0) as shipped under reference/: one row per
 * council past and present, and the names people write for each.
 */
final class LocalAuthorityRegister {

    /** One council as the register describes it. */
    record Council(String code, String officialName, String niceName, String gss, LocalDate start, LocalDate end,
            List<String> replacedBy, String nation, String region, String type, String countyCode) {

        String orgId() {
            return orgIdOf(code, nation);
        }
    }

    private LocalAuthorityRegister() {
    }

    /** 360Giving's local-authority lists: England GB-LAE, Scotland GB-LAS, Wales GB-PLA, Northern Ireland GB-LANI. */
    static String orgIdOf(String code, String nation) {
        String prefix = switch (nation) {
            case "Scotland" -> "GB-LAS-";
            case "Wales" -> "GB-PLA-";
            case "Northern Ireland" -> "GB-LANI-";
            default -> "GB-LAE-";
        };
        return prefix + code;
    }

    static List<Council> councils() {
        List<Council> councils = new ArrayList<>();
        for (Map<String, String> row : read("reference/uk_local_authorities.csv")) {
            councils.add(new Council(row.get("local-authority-code"), row.get("official-name"), row.get("nice-name"),
                    blankToNull(row.get("gss-code")), date(row.get("start-date")), date(row.get("end-date")),
                    row.get("replaced-by") == null || row.get("replaced-by").isBlank() ? List.of()
                            : Arrays.stream(row.get("replaced-by").split(",")).map(String::strip).toList(),
                    row.get("nation"), blankToNull(row.get("region")), row.get("local-authority-type"),
                    blankToNull(row.get("county-la"))));
        }
        return councils;
    }

    /** Register code → every name the lookup lists for it, in file order. */
    static Map<String, List<String>> namesByCode() {
        Map<String, List<String>> names = new LinkedHashMap<>();
        for (Map<String, String> row : read("reference/lookup_name_to_registry.csv")) {
            names.computeIfAbsent(row.get("local-authority-code"), k -> new ArrayList<>()).add(row.get("la-name"));
        }
        return names;
    }

    private static List<Map<String, String>> read(String resource) {
        CsvMapper mapper = new CsvMapper();
        try (InputStream in = LocalAuthorityRegister.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the service's resources");
            }
            MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class)
                    .with(CsvSchema.emptySchema().withHeader()).readValues(in);
            return rows.readAll();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
