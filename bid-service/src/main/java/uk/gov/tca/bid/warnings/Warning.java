package uk.gov.tca.bid.warnings;

import java.util.List;

/** Something a bid's figures say that does not add up: never blocks saving, always shown with the bid. */
public record Warning(String code, String message, List<String> fields) {
}
