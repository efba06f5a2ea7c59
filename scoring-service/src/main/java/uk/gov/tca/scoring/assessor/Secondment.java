package uk.gov.tca.scoring.assessor;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An assessor working for another organisation for a while, as a programme manager records it: an employer
 * beside the one the assessor's token names, from a date until another (open-ended when {@code until} is absent).
 * It conflicts the assessor as its employer would, while it lasts; it never takes the token's employer away.
 */
public record Secondment(String organisationId, LocalDate from, LocalDate until, String reason, Instant recordedAt,
        String recordedBy) {

    public boolean activeOn(LocalDate day) {
        return !day.isBefore(from) && (until == null || !day.isAfter(until));
    }
}
