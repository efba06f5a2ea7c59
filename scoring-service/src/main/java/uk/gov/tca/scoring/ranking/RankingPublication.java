package uk.gov.tca.scoring.ranking;

/** Whether a round's ranking is public: the decision feature answers (it is once the decisions are published). */
public interface RankingPublication {

    boolean published(String roundId);
}
