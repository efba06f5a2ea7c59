package uk.gov.tca.scoring.assessor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import uk.gov.tca.platform.audit.Audited;

/**
 * An assessor's profile: who (the token's user), who employs them (the organisation its token names, taken from the
 * token each time it acts, never edited), where it is seconded, what it has declared, what is dispensed.
 */
@Entity
public class Assessor extends Audited {

    @Id
    public String username;

    @Column(name = "display_name")
    public String displayName;

    @Column(name = "employer_organisation_id")
    public String employerOrganisationId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Interest> interests = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Dispensation> dispensations = new ArrayList<>();

    /** Recorded by programme managers, never removed: each conflicts the assessor while it lasts. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Secondment> secondments = new ArrayList<>();

    /** Only active assessors are given bids. */
    @Column(nullable = false)
    public boolean active = true;

    public Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("displayName", displayName);
        state.put("employerOrganisationId", employerOrganisationId);
        state.put("interests", interests);
        state.put("dispensations", dispensations);
        state.put("secondments", secondments);
        state.put("active", active);
        return state;
    }
}
