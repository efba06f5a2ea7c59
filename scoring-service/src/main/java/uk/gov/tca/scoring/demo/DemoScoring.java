package uk.gov.tca.scoring.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import uk.gov.tca.platform.audit.AuditLog;
import uk.gov.tca.scoring.assessor.Assessor;
import uk.gov.tca.scoring.scheme.Scheme;
import uk.gov.tca.scoring.scheme.SchemeInput;
import uk.gov.tca.scoring.scheme.SchemeService;

/**
 * The local stack's demo: schemes for the two demo rounds (through the scheme rules and audit) and the profiles
 * of the realm's demo assessors, loaded once when {@code scoring.demo-data.load} is on.
 */
@ApplicationScoped
public class DemoScoring {

    private static final Logger LOG = Logger.getLogger(DemoScoring.class);

    record Profile(String username, String displayName, String employerOrganisationId) {
    }

    record Data(String _note, String funderOrganisationId, List<SchemeInput> schemes, List<Profile> assessors) {
    }

    private final SchemeService schemes;
    private final ObjectMapper json;
    private final AuditLog audit;
    private final Clock clock;
    private final boolean load;

    public DemoScoring(SchemeService schemes, ObjectMapper json, AuditLog audit, Clock clock,
            @ConfigProperty(name = "scoring.demo-data.load", defaultValue = "false") boolean load) {
        this.schemes = schemes;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
        this.load = load;
    }

    void onStart(@Observes StartupEvent start) {
        if (!load) {
            return;
        }
        Data data = read();
        for (SchemeInput scheme : data.schemes()) {
            if (QuarkusTransaction.requiringNew().call(() -> Scheme.forRound(scheme.roundId()).isEmpty())) {
                schemes.create("demo-loader", data.funderOrganisationId(), scheme);
            }
        }
        QuarkusTransaction.requiringNew().run(() -> {
            for (Profile p : data.assessors()) {
                if (Assessor.findById(p.username()) == null) {
                    Assessor a = new Assessor();
                    a.username = p.username();
                    a.displayName = p.displayName();
                    a.employerOrganisationId = p.employerOrganisationId();
                    a.createdBy("demo-loader", clock.instant());
                    a.persist();
                    audit.record("demo-loader", "ASSESSOR_REGISTERED", "assessor", a.username, null, a.snapshot());
                }
            }
        });
        LOG.infof("Demo schemes and %d assessor profiles in place", data.assessors().size());
    }

    private Data read() {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("demo/scoring.json")) {
            return json.copy().configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                    false).readValue(in, Data.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read demo/scoring.json", e);
        }
    }
}
