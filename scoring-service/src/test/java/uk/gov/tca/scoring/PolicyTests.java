package uk.gov.tca.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.gov.tca.scoring.assessor.Assessor;
import uk.gov.tca.scoring.assessor.Dispensation;
import uk.gov.tca.scoring.assessor.Interest;
import uk.gov.tca.scoring.assignment.AutoAssignment;
import uk.gov.tca.scoring.conflict.Conflict;
import uk.gov.tca.scoring.conflict.ConflictRules;
import uk.gov.tca.scoring.decision.AllocationPolicy;
import uk.gov.tca.scoring.ranking.RankingRules;

/** The rules in plain Java: conflicts, sharing out, ranking ties and allocation at the budget's edge. */
class PolicyTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static Assessor midSuffolk() {
        Assessor a = new Assessor();
        a.username = "assessor.midsuffolk";
        a.employerOrganisationId = "GB-LAE-MSU";
        return a;
    }

    private static final Map<String, Map<String, String>> SHARED_WORKFORCE = Map.of("GB-LAE-MSU",
            Map.of("GB-LAE-BAB", "SHARED_WORKFORCE"));

    @Test
    void anEmployerThatIsAParticipantOrRelatedToOneConflicts() {
        List<Conflict> onJointBid = ConflictRules.of(midSuffolk(), "b1", "TCA-DCLG", () -> false, List.of("GB-LAE-BAB", "GB-LAE-MSU"),
                SHARED_WORKFORCE, TODAY);
        assertThat(onJointBid).extracting(Conflict::rule).containsExactly(Conflict.Rule.EMPLOYER_IS_PARTICIPANT,
                Conflict.Rule.EMPLOYER_RELATED_TO_PARTICIPANT);
        assertThat(onJointBid.get(1).relation()).isEqualTo("SHARED_WORKFORCE");
        assertThat(onJointBid).allMatch(Conflict::blocking);
        // Babergh without Mid Suffolk: still conflicted through the shared workforce
        assertThat(ConflictRules.of(midSuffolk(), "b2", "TCA-DCLG", () -> false, List.of("GB-LAE-BAB"), SHARED_WORKFORCE, TODAY))
                .extracting(Conflict::participantId).containsExactly("GB-LAE-BAB");
        assertThat(ConflictRules.of(midSuffolk(), "b3", "TCA-DCLG", () -> false, List.of("GB-LAE-CHR"), SHARED_WORKFORCE, TODAY)).isEmpty();
    }

    @Test
    void aDeclaredInterestConflictsAndADispensationInDateLiftsIt() {
        Assessor a = new Assessor();
        a.username = "assessor.dclg";
        a.employerOrganisationId = "TCA-DCLG";
        a.interests = List.of(new Interest(Interest.Type.DISCLOSABLE_PECUNIARY, "GB-LAE-CHR", null, Interest.Holder.SPOUSE_OR_PARTNER,
                "Spouse is employed by Cherwell District Council", null, Instant.now()));
        List<Conflict> conflicts = ConflictRules.of(a, "b1", "TCA-DCLG", () -> false, List.of("GB-LAE-CHR"), Map.of(), TODAY);
        assertThat(conflicts).extracting(Conflict::rule, Conflict::interestType, Conflict::blocking)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Conflict.Rule.INTEREST_IN_PARTICIPANT,
                        "DISCLOSABLE_PECUNIARY", true));
        a.dispensations = List.of(new Dispensation("d1", "GB-LAE-CHR", null, "Spouse works in an unrelated service", TODAY, null, "m", "TCA-DCLG",
                null, null, null));
        assertThat(ConflictRules.of(a, "b1", "TCA-DCLG", () -> false, List.of("GB-LAE-CHR"), Map.of(), TODAY)).allMatch(Conflict::dispensed);
        assertThat(ConflictRules.of(a, "b1", "TCA-DCLG", () -> false, List.of("GB-LAE-CHR"), Map.of(), TODAY.plusDays(1)))
                .noneMatch(Conflict::dispensed);
        // a funder lifts conflicts in its own rounds only: the same dispensation covers nothing in another's,
        // nor in a round whose funder is not known here yet
        assertThat(ConflictRules.of(a, "b1", "GB-LAE-WOR", () -> false, List.of("GB-LAE-CHR"), Map.of(), TODAY))
                .noneMatch(Conflict::dispensed);
        assertThat(ConflictRules.of(a, "b1", null, () -> false, List.of("GB-LAE-CHR"), Map.of(), TODAY)).noneMatch(Conflict::dispensed);
        // one granted before funders were kept apart names none, and covers any round
        a.dispensations = List.of(new Dispensation("d1", "GB-LAE-CHR", null, "Spouse works in an unrelated service", TODAY, null, "m", null,
                null, null, null));
        assertThat(ConflictRules.of(a, "b1", "GB-LAE-WOR", () -> false, List.of("GB-LAE-CHR"), Map.of(), TODAY)).allMatch(Conflict::dispensed);
        // a revoked one covers nothing, whatever its expiry
        a.dispensations = List.of(a.dispensations.get(0).revoked(Instant.now(), "m", "The contract now covers the bid"));
        assertThat(ConflictRules.of(a, "b1", "GB-LAE-WOR", () -> false, List.of("GB-LAE-CHR"), Map.of(), TODAY))
                .noneMatch(Conflict::dispensed);
    }

    @Test
    void autoAssignmentBalancesLoadAndNeverGivesAConflictedPair() {
        List<AutoAssignment.BidNeed> bids = List.of(new AutoAssignment.BidNeed("bab", 0, Set.of()),
                new AutoAssignment.BidNeed("chr", 0, Set.of()), new AutoAssignment.BidNeed("chw", 0, Set.of()));
        Map<String, Integer> load = Map.of("a1", 0, "a2", 0, "ams", 0);
        AutoAssignment.Plan plan = AutoAssignment.plan(bids, load, 2, (a, b) -> a.equals("ams") && b.equals("bab"));
        assertThat(plan.picks()).hasSize(6).noneMatch(p -> p.assessor().equals("ams") && p.bidId().equals("bab"));
        assertThat(plan.picks().stream().collect(java.util.stream.Collectors.groupingBy(AutoAssignment.Pick::assessor,
                java.util.stream.Collectors.counting()))).containsOnly(Map.entry("a1", 2L), Map.entry("a2", 2L),
                Map.entry("ams", 2L));
        assertThat(plan.shortfalls()).isEmpty();
        // with one free assessor a bid needing two is short, and says why
        AutoAssignment.Plan short1 = AutoAssignment.plan(List.of(new AutoAssignment.BidNeed("bab", 0, Set.of("a2"))),
                Map.of("a1", 3, "a2", 0, "ams", 0), 2, (a, b) -> a.equals("ams"));
        assertThat(short1.picks()).extracting(AutoAssignment.Pick::assessor).containsExactly("a1");
        assertThat(short1.shortfalls().get(0).reason()).contains("1 conflicted").contains("1 already had it");
    }

    private static RankingRules.Candidate candidate(String id, String score, String heaviest, String amount, String at) {
        return new RankingRules.Candidate(id, new BigDecimal(score), new BigDecimal(heaviest),
                amount == null ? null : new BigDecimal(amount), Instant.parse(at));
    }

    @Test
    void tiesAreBrokenByTheHeaviestCriterionThenTheSmallerAmountThenTheEarlierBid() {
        List<RankingRules.Candidate> ranked = RankingRules.rank(List.of(
                candidate("d", "3.5", "3", "100000", "2013-07-12T10:00:00Z"),
                candidate("c", "3.5", "3", "100000", "2013-07-11T10:00:00Z"),
                candidate("b", "3.5", "3", "50000", "2013-07-12T10:00:00Z"),
                candidate("a", "3.5", "4", "900000", "2013-07-12T10:00:00Z"),
                candidate("e", "4.0", "1", "900000", "2013-07-12T10:00:00Z")));
        assertThat(ranked).extracting(RankingRules.Candidate::bidId).containsExactly("e", "a", "b", "c", "d");
    }

    /** The tie rule as the comparator chain it reads as; the written-out order must agree on every pair. */
    @Test
    void theOrderIsTheTieRuleWithMissingValuesLastOnRandomCandidates() {
        java.util.Comparator<RankingRules.Candidate> asWritten = java.util.Comparator
                .comparing(RankingRules.Candidate::score, java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder()))
                .thenComparing(RankingRules.Candidate::heaviestCriterion,
                        java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder()))
                .thenComparing(RankingRules.Candidate::amountSought, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
                .thenComparing(RankingRules.Candidate::submittedAt, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
                .thenComparing(RankingRules.Candidate::bidId);
        java.util.Random random = new java.util.Random(2013);
        List<RankingRules.Candidate> candidates = new java.util.ArrayList<>();
        for (int i = 0; i < 400; i++) {
            // few distinct values, some missing, different scales for equal numbers: ties at every level
            candidates.add(new RankingRules.Candidate("bid-" + random.nextInt(300),
                    random.nextInt(10) == 0 ? null : new BigDecimal(random.nextInt(3) + "." + random.nextInt(2) + "0"),
                    random.nextInt(10) == 0 ? null : BigDecimal.valueOf(random.nextInt(3)).setScale(random.nextInt(3)),
                    random.nextInt(10) == 0 ? null : BigDecimal.valueOf(50_000L * random.nextInt(3)),
                    random.nextInt(10) == 0 ? null : Instant.parse("2013-07-12T10:00:00Z").plusSeconds(random.nextInt(3))));
        }
        for (RankingRules.Candidate a : candidates) {
            for (RankingRules.Candidate b : candidates) {
                assertThat(Integer.signum(RankingRules.ORDER.compare(a, b))).as("%s against %s", a, b)
                        .isEqualTo(Integer.signum(asWritten.compare(a, b)));
            }
        }
        assertThat(RankingRules.rank(candidates)).isEqualTo(candidates.stream().sorted(asWritten).toList());
    }

    private static List<AllocationPolicy.Ranked> ranking() {
        return List.of(new AllocationPolicy.Ranked("one", new BigDecimal("300000"), new BigDecimal("4.5")),
                new AllocationPolicy.Ranked("xxxx", null, new BigDecimal("4")),
                new AllocationPolicy.Ranked("two", new BigDecimal("166900"), new BigDecimal("3.2")),
                new AllocationPolicy.Ranked("three", new BigDecimal("100000"), new BigDecimal("2.5")),
                new AllocationPolicy.Ranked("four", new BigDecimal("60000"), new BigDecimal("1.9")));
    }

    @Test
    void wholeAwardsOnlyStopsAtTheFirstBidThatDoesNotFit() {
        List<AllocationPolicy.Allocation> a = AllocationPolicy.allocate(ranking(), new BigDecimal("500000"),
                AllocationPolicy.Mode.WHOLE_AWARDS_ONLY, new BigDecimal("0.5"), 1, null);
        assertThat(a).extracting(AllocationPolicy.Allocation::outcome).containsExactly(AllocationPolicy.Outcome.FUNDED,
                AllocationPolicy.Outcome.UNFUNDED, AllocationPolicy.Outcome.FUNDED, AllocationPolicy.Outcome.RESERVE,
                AllocationPolicy.Outcome.UNFUNDED);
        // "four" would fit in the £33,100 left, but is not funded over "three" above it
        assertThat(a.get(3).reason()).contains("£33,100 left");
    }

    @Test
    void theMarginalBidIsPartFundedOnlyAboveTheMinimumShare() {
        List<AllocationPolicy.Allocation> enough = AllocationPolicy.allocate(ranking(), new BigDecimal("516900"),
                AllocationPolicy.Mode.PART_FUND_MARGINAL, new BigDecimal("0.5"), null, null);
        assertThat(enough.get(3).outcome()).isEqualTo(AllocationPolicy.Outcome.PART_FUNDED);
        assertThat(enough.get(3).amountAwarded()).isEqualByComparingTo("50000");
        assertThat(enough.get(4).outcome()).isEqualTo(AllocationPolicy.Outcome.RESERVE);
        List<AllocationPolicy.Allocation> tooLittle = AllocationPolicy.allocate(ranking(), new BigDecimal("516899.99"),
                AllocationPolicy.Mode.PART_FUND_MARGINAL, new BigDecimal("0.5"), null, null);
        assertThat(tooLittle.get(3).outcome()).isEqualTo(AllocationPolicy.Outcome.RESERVE);
        // exactly the budget: everything that fits is funded whole, nothing part-funded
        List<AllocationPolicy.Allocation> exact = AllocationPolicy.allocate(ranking(), new BigDecimal("626900"),
                AllocationPolicy.Mode.PART_FUND_MARGINAL, new BigDecimal("0.5"), null, null);
        assertThat(exact).extracting(AllocationPolicy.Allocation::outcome).containsExactly(AllocationPolicy.Outcome.FUNDED,
                AllocationPolicy.Outcome.UNFUNDED, AllocationPolicy.Outcome.FUNDED, AllocationPolicy.Outcome.FUNDED,
                AllocationPolicy.Outcome.FUNDED);
    }

    @Test
    void aBidBelowTheMinimumQualityScoreIsNotFundedWhateverIsLeftNorHeldInReserve() {
        // budget enough for all; "three" (2.5) and "four" (1.9) are under a minimum of 2.6
        List<AllocationPolicy.Allocation> a = AllocationPolicy.allocate(ranking(), new BigDecimal("1000000"),
                AllocationPolicy.Mode.PART_FUND_MARGINAL, new BigDecimal("0.5"), 5, new BigDecimal("2.6"));
        assertThat(a).extracting(AllocationPolicy.Allocation::outcome).containsExactly(AllocationPolicy.Outcome.FUNDED,
                AllocationPolicy.Outcome.UNFUNDED, AllocationPolicy.Outcome.FUNDED, AllocationPolicy.Outcome.UNFUNDED,
                AllocationPolicy.Outcome.UNFUNDED);
        assertThat(a.get(3).reason()).isEqualTo("scored 2.5, below the scheme's minimum quality score of 2.6: not funded "
                + "whatever the budget has left");
        // at the minimum exactly is not below it
        assertThat(AllocationPolicy.allocate(ranking(), new BigDecimal("1000000"), AllocationPolicy.Mode.WHOLE_AWARDS_ONLY,
                new BigDecimal("0.5"), 5, new BigDecimal("2.5")).get(3).outcome()).isEqualTo(AllocationPolicy.Outcome.FUNDED);
    }

    @Test
    void aRoundOfAnotherFunderIsPublishedUnderThatFundersOwnOrgIdAndName() {
        var worcestershire = new uk.gov.tca.scoring.client.PartnerClient.Organisation("GB-LAE-WOR",
                "Worcestershire County Council", "COUNTY", List.of(
                        new uk.gov.tca.scoring.client.PartnerClient.Identifier("GSS", "E10000034")));
        assertThat(uk.gov.tca.scoring.export.ThreeSixtyGiving.funder("GB-LAE-WOR", java.util.Optional.of(worcestershire)))
                .isEqualTo(new uk.gov.tca.scoring.export.ThreeSixtyGiving.Funder("GB-LAE-WOR",
                        "Worcestershire County Council"));
        var withOrgId = new uk.gov.tca.scoring.client.PartnerClient.Organisation("TCA-OTHER", "Another Fund", "OTHER",
                List.of(new uk.gov.tca.scoring.client.PartnerClient.Identifier("ORG_ID", "GB-CHC-1234567")));
        assertThat(uk.gov.tca.scoring.export.ThreeSixtyGiving.funder("TCA-OTHER", java.util.Optional.of(withOrgId)).id())
                .isEqualTo("GB-CHC-1234567");
        // not on the register (or the register away): its id, which is what the round names
        assertThat(uk.gov.tca.scoring.export.ThreeSixtyGiving.funder("GB-LAE-WOR", java.util.Optional.empty()))
                .isEqualTo(new uk.gov.tca.scoring.export.ThreeSixtyGiving.Funder("GB-LAE-WOR", "GB-LAE-WOR"));
    }
}
