package uk.gov.tca.platform.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import uk.gov.tca.platform.http.PageResult;
import uk.gov.tca.platform.http.Paging;

/** Writes the audit record of a state change in the same transaction as the change itself. */
@ApplicationScoped
public class AuditLog {

    private final ObjectMapper json;
    private final Clock clock;

    public AuditLog(ObjectMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, String action, String entityType, String entityId, Object before, Object after) {
        AuditRecord record = new AuditRecord();
        record.at = Instant.now(clock);
        record.actor = actor;
        record.action = action;
        record.entityType = entityType;
        record.entityId = entityId;
        record.before = write(before);
        record.after = write(after);
        record.persist();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<AuditRecord> history(String entityType, String entityId, Paging paging) {
        var query = AuditRecord.<AuditRecord>find("entityType = ?1 and entityId = ?2 order by id", entityType, entityId);
        return PageResult.of(query, paging);
    }

    /** The entity's history without the given actions (the parts of the trail a caller may not see). */
    public PageResult<AuditRecord> history(String entityType, String entityId, java.util.Collection<String> withoutActions,
            Paging paging) {
        if (withoutActions.isEmpty()) {
            return history(entityType, entityId, paging);
        }
        var query = AuditRecord.<AuditRecord>find("entityType = ?1 and entityId = ?2 and action not in ?3 order by id",
                entityType, entityId, withoutActions);
        return PageResult.of(query, paging);
    }

    private String write(Object state) {
        if (state == null) {
            return null;
        }
        try {
            return json.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write audit state of " + state.getClass().getSimpleName(), e);
        }
    }
}
