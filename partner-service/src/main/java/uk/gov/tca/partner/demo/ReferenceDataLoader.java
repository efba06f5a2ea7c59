package uk.gov.tca.partner.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;
import uk.gov.tca.partner.config.PartnerConfig;
import uk.gov.tca.partner.collaboration.CollaborationMember;
import uk.gov.tca.partner.organisation.CouncilFunctions;
import uk.gov.tca.partner.organisation.Identifier;
import uk.gov.tca.partner.organisation.IdentifierScheme;
import uk.gov.tca.partner.organisation.Organisation;
import uk.gov.tca.partner.organisation.OrganisationDraft;
import uk.gov.tca.partner.organisation.OrganisationFunction;
import uk.gov.tca.partner.organisation.OrganisationStatus;
import uk.gov.tca.partner.organisation.OrganisationType;
import uk.gov.tca.partner.relation.RelationType;
import uk.gov.tca.partner.collaboration.CollaborationDraft;
import uk.gov.tca.partner.collaboration.CollaborationService;
import uk.gov.tca.partner.organisation.OrganisationService;
import uk.gov.tca.partner.relation.RelationService;
import uk.gov.tca.platform.http.ETags;

/**
 * Loads the register of UK councils and the organisations of the 2013/14 winning bids, once, through the
 * same services (and so the same rules and audit trail) as any other change. Enabled by
 * {@code partner.demo-data.load}; the local stack turns it on, production and tests do not.
 */
@ApplicationScoped
public class ReferenceDataLoader {

    static final String REGISTER = "uk-local-authorities";
    static final String BID_ORGANISATIONS = "tca-2013-organisations";

    private static final Logger LOG = Logger.getLogger(ReferenceDataLoader.class);

    private final OrganisationService organisations;
    private final RelationService relations;
    private final CollaborationService collaborations;
    private final PartnerConfig config;
    private final ObjectMapper json;
    private final Clock clock;

    public ReferenceDataLoader(OrganisationService organisations, RelationService relations,
            CollaborationService collaborations, PartnerConfig config, ObjectMapper json, Clock clock) {
        this.organisations = organisations;
        this.relations = relations;
        this.collaborations = collaborations;
        this.config = config;
        this.json = json;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.demoData().load()) {
            loadAll();
        }
    }

    @Transactional
    public void loadAll() {
        if (DataLoad.findById(REGISTER) == null) {
            mark(REGISTER, loadRegister());
        }
        if (DataLoad.findById(BID_ORGANISATIONS) == null) {
            mark(BID_ORGANISATIONS, loadBidOrganisations());
        }
    }

    private int loadRegister() {
        List<LocalAuthorityRegister.Council> councils = LocalAuthorityRegister.councils();
        Map<String, List<String>> names = LocalAuthorityRegister.namesByCode();
        LocalDate today = LocalDate.now(clock);
        for (LocalAuthorityRegister.Council c : councils) {
            OrganisationType type = OrganisationType.fromRegisterCode(c.type());
            boolean abolished = c.end() != null && !c.end().isAfter(today);
            List<Identifier> identifiers = new ArrayList<>();
            identifiers.add(new Identifier(IdentifierScheme.ORG_ID, c.orgId()));
            if (c.gss() != null && IdentifierScheme.GSS.check(c.gss()).isEmpty()) {
                identifiers.add(new Identifier(IdentifierScheme.GSS, c.gss()));
            }
            identifiers.add(new Identifier(IdentifierScheme.LA_REGISTER, c.code()));
            organisations.create(new OrganisationDraft(c.orgId(), c.officialName(), c.niceName(), type,
                    abolished ? OrganisationStatus.ABOLISHED : OrganisationStatus.ACTIVE, c.start(), c.end(),
                    c.nation(), c.region(), CouncilFunctions.forType(type), identifiers,
                    names.getOrDefault(c.code(), List.of()), List.of()), Actors.DATA_LOADER);
        }
        for (LocalAuthorityRegister.Council c : councils) {
            Organisation council = organisations.get(c.orgId());
            if (council.status == OrganisationStatus.ABOLISHED && !c.replacedBy().isEmpty()) {
                List<String> successors = c.replacedBy().stream()
                        .map(code -> LocalAuthorityRegister.orgIdOf(code, c.nation())).toList();
                OrganisationDraft draft = draftOf(council);
                organisations.update(council.id, ETags.of(council.version), new OrganisationDraft(draft.id(),
                        draft.legalName(), draft.commonName(), draft.type(), draft.status(), draft.startDate(),
                        draft.endDate(), draft.nation(), draft.region(), draft.functions(), draft.identifiers(),
                        draft.aliases(), successors), Actors.DATA_LOADER);
            }
            if (c.countyCode() != null) {
                String county = LocalAuthorityRegister.orgIdOf(c.countyCode(), c.nation());
                if (organisations.find(county).isPresent()) {
                    relations.relate(c.orgId(), county, RelationType.PART_OF, c.start(), c.end(), null, Actors.DATA_LOADER);
                }
            }
        }
        LOG.infof("Loaded the register of %d UK local authorities", councils.size());
        return councils.size();
    }

    private int loadBidOrganisations() {
        DemoData data = read("demo/tca-2013-organisations.json");
        for (DemoData.CouncilExtra extra : data.councils()) {
            Organisation council = organisations.find(extra.id())
                    .orElseThrow(() -> new IllegalStateException("demo data names unknown council " + extra.id()));
            OrganisationDraft d = draftOf(council);
            Set<OrganisationFunction> functions = new LinkedHashSet<>(d.functions());
            functions.addAll(Optional.ofNullable(extra.functions()).orElse(Set.of()));
            List<String> aliases = new ArrayList<>(d.aliases());
            aliases.addAll(Optional.ofNullable(extra.aliases()).orElse(List.of()));
            organisations.update(council.id, ETags.of(council.version), new OrganisationDraft(d.id(), d.legalName(),
                    d.commonName(), d.type(), d.status(), d.startDate(), d.endDate(), d.nation(), d.region(), functions,
                    d.identifiers(), aliases, d.successors()), Actors.DATA_LOADER);
        }
        // Successors may be listed after their predecessors: create all, then link.
        for (DemoData.Org o : data.organisations()) {
            organisations.create(draftOf(o, List.of()), Actors.DATA_LOADER);
        }
        for (DemoData.Org o : data.organisations()) {
            if (o.successors() != null && !o.successors().isEmpty()) {
                Organisation created = organisations.get(o.id());
                organisations.update(o.id(), ETags.of(created.version), draftOf(o, o.successors()), Actors.DATA_LOADER);
            }
        }
        for (DemoData.Relation r : data.relations()) {
            relations.relate(r.fromId(), r.toId(), r.type(), r.since(), r.until(), r.note(), Actors.DATA_LOADER);
        }
        for (DemoData.Collaboration c : data.collaborations()) {
            collaborations.create(new CollaborationDraft(c.id(), c.name(), c.description(), c.members().stream()
                    .map(m -> new CollaborationMember(m.organisationId(), m.role(), m.since(), m.until())).toList()),
                    Actors.DATA_LOADER);
        }
        LOG.infof("Loaded %d organisations, %d relations and %d collaborations of the 2013/14 winning bids",
                data.organisations().size(), data.relations().size(), data.collaborations().size());
        return data.organisations().size();
    }

    private static OrganisationDraft draftOf(Organisation o) {
        return new OrganisationDraft(o.id, o.legalName, o.commonName, o.type, o.status, o.startDate, o.endDate,
                o.nation, o.region, new LinkedHashSet<>(o.functions), new ArrayList<>(o.identifiers), o.aliases(),
                new ArrayList<>(o.successors));
    }

    private static OrganisationDraft draftOf(DemoData.Org o, List<String> successors) {
        List<Identifier> identifiers = o.identifiers() == null ? List.of()
                : o.identifiers().stream().map(i -> new Identifier(i.scheme(), i.value())).toList();
        return new OrganisationDraft(o.id(), o.legalName(), o.commonName(), o.type(),
                o.status() == null ? OrganisationStatus.ACTIVE : o.status(), o.startDate(), o.endDate(),
                o.nation() == null ? "England" : o.nation(), o.region(),
                o.functions() == null ? Set.of() : o.functions(), identifiers,
                o.aliases() == null ? List.of() : o.aliases(), successors);
    }

    private DemoData read(String resource) {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the service's resources");
            }
            return json.readValue(in, DemoData.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private void mark(String name, int items) {
        DataLoad load = new DataLoad();
        load.name = name;
        load.loadedAt = Instant.now(clock);
        load.items = items;
        load.persist();
    }
}
