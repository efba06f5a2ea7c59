package uk.gov.tca.scoring.decision;

import jakarta.enterprise.context.ApplicationScoped;
import uk.gov.tca.scoring.ranking.RankingPublication;

/** A round's ranking is public once its decisions are published. */
@ApplicationScoped
public class DecisionPublication implements RankingPublication {

    @Override
    public boolean published(String roundId) {
        return DecisionService.published(roundId);
    }
}
