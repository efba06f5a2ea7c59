package uk.gov.tca.partner.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.gov.tca.partner.config.PartnerConfig;
import uk.gov.tca.partner.naming.NameFolding;
import uk.gov.tca.partner.naming.NameKind;
import uk.gov.tca.partner.naming.NameSimilarity;
import uk.gov.tca.partner.naming.OrganisationName;

/**
 * Links names as bids write them ("Cheshire West and Cheshire UA", "Kings Lynn", "SWASFT") to the
 * register. PostgreSQL's trigram index narrows the register to the plausible names; the ranking itself is
 * {@link NameSimilarity}, so it reads (and is tested) as plain rules.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class NameResolver {

    private static final int PREFILTER = 200;

    private final EntityManager em;
    private final OrganisationService organisations;
    private final PartnerConfig config;

    public NameResolver(EntityManager em, OrganisationService organisations, PartnerConfig config) {
        this.em = em;
        this.organisations = organisations;
        this.config = config;
    }

    public List<Candidate> resolve(String written, int limit) {
        String core = NameFolding.core(written);
        String normalised = NameFolding.normalise(written);
        if (normalised.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT n.organisation_id, n.name, n.kind, n.normalised, n.core
                FROM organisation_name n
                WHERE n.normalised = :normalised OR n.core = :core OR n.core % :core
                   OR word_similarity(:core, n.core) > 0.5 OR n.core LIKE :contains
                ORDER BY greatest(similarity(n.core, :core), word_similarity(:core, n.core)) DESC, n.organisation_id
                LIMIT :prefilter""")
                .setParameter("normalised", normalised)
                .setParameter("core", core)
                .setParameter("contains", "%" + core.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .setParameter("prefilter", PREFILTER)
                .getResultList();

        Map<String, Best> best = new HashMap<>();
        for (Object[] row : rows) {
            OrganisationName name = OrganisationName.stored((String) row[1], NameKind.valueOf((String) row[2]),
                    (String) row[3], (String) row[4]);
            NameSimilarity.Score score = NameSimilarity.score(written, name);
            if (score.value() < config.resolve().minimumScore()) {
                continue;
            }
            best.merge((String) row[0], new Best(score, name.name),
                    (a, b) -> a.score.value() >= b.score.value() ? a : b);
        }
        Map<String, Organisation> found = organisations.findAll(best.keySet());
        List<Candidate> candidates = new ArrayList<>();
        // a proposal (unconfirmed, or merged into an entry) is never what a name written elsewhere resolves to: a bidder
        // proposing "Mid Suffolk District Council" must not capture, or make ambiguous, every other bid's mention of it
        best.forEach((id, b) -> {
            Organisation o = found.get(id);
            if (o != null && o.verified && o.mergedInto == null) {
                candidates.add(new Candidate(o, round(b.score.value()), b.name, b.score.match()));
            }
        });
        // Equal scores: a body that still exists before an abolished one, then by name, so the order is stable.
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparing(c -> c.organisation().status == OrganisationStatus.ABOLISHED)
                .thenComparing(c -> c.organisation().legalName)
                .thenComparing(c -> c.organisation().id));
        return candidates.subList(0, Math.min(limit, candidates.size()));
    }

    private record Best(NameSimilarity.Score score, String name) {
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }
}
