package uk.gov.tca.bid.lifecycle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import uk.gov.tca.bid.participation.Participant;
import uk.gov.tca.bid.participation.ParticipantRole;
import uk.gov.tca.bid.participation.ParticipationRules;
import uk.gov.tca.bid.round.AwardType;
import uk.gov.tca.bid.round.FundingRound;
import uk.gov.tca.bid.round.Prompt;
import uk.gov.tca.platform.rules.RuleViolation;


/**
 * What must hold before a bid can be submitted, each a named rule with its reason. These block submission;
 * everything else a bid says that does not add up is a warning and never blocks.
 */
public final class SubmissionRules {

    /** A rule: the reasons a bid cannot yet be submitted to its round at a moment, none when it may. */
    public interface Rule extends BiFunction<Bid, SubmissionContext, List<RuleViolation>> {
    }

    /** The round and the moment of submission. */
    public record SubmissionContext(FundingRound round, Instant now) {
    }

    /** Only a draft is submitted. */
    public static final Rule IS_A_DRAFT = (bid, ctx) -> bid.status.mayBecome(BidStatus.SUBMITTED) ? List.of()
            : List.of(new RuleViolation("status", "only a draft can be submitted; this bid is " + bid.status));

    /** The round takes bids from its opening to its close; a rolling fund has no close, an old one no opening. */
    public static final Rule ROUND_IS_OPEN = (bid, ctx) -> {
        FundingRound round = ctx.round();
        if (round.opensAt != null && ctx.now().isBefore(round.opensAt)) {
            return List.of(new RuleViolation("roundId", "the round opens at " + round.opensAt));
        }
        if (round.closesAt != null && !ctx.now().isBefore(round.closesAt)) {
            return List.of(new RuleViolation("roundId", "the round closed at " + round.closesAt));
        }
        return List.of();
    };

    /** Every participant is confirmed on the register (a partner-service outage leaves them unverified). */
    public static final Rule PARTICIPANTS_ARE_VERIFIED = (bid, ctx) -> {
        List<RuleViolation> violations = new ArrayList<>();
        for (int i = 0; i < bid.participants.size(); i++) {
            if (!bid.participants.get(i).verified()) {
                violations.add(new RuleViolation("participants[" + i + "].organisationId",
                        bid.participants.get(i).organisationId() + " is not yet verified on the register"));
            }
        }
        return violations;
    };

    /** Every question the round marks required has an answer. */
    public static final Rule REQUIRED_PROMPTS_ARE_ANSWERED = (bid, ctx) -> ctx.round().prompts.stream()
            .filter(Prompt::required)
            .filter(p -> bid.content.narrative().get(p.code()) == null || bid.content.narrative().get(p.code()).isBlank())
            .map(p -> new RuleViolation("narrative." + p.code(), "the round requires an answer to: " + p.text()))
            .toList();

    /** The award type asked for is one the round offers. */
    public static final Rule AWARD_TYPE_IS_OFFERED = (bid, ctx) -> {
        List<RuleViolation> violations = new ArrayList<>();
        for (String field : List.of("awardType", "fallbackAwardType")) {
            String code = field.equals("awardType") ? bid.awardType : bid.fallbackAwardType;
            if (code != null && ctx.round().awardTypes.stream().noneMatch(a -> a.code().equals(code))) {
                violations.add(new RuleViolation(field, code + " is not an award type of this round"));
            }
        }
        return violations;
    };

    /**
     * Every organisation that takes on obligations by taking part (co-applicant, accountable body, grant recipient)
     * has confirmed it does, through a bidder of its own: naming an organisation is not its consent.
     */
    public static final Rule PARTICIPANTS_HAVE_CONSENTED = (bid, ctx) -> {
        List<RuleViolation> violations = new ArrayList<>();
        for (int i = 0; i < bid.participants.size(); i++) {
            Participant p = bid.participants.get(i);
            boolean lead = p.plays(ParticipantRole.LEAD) || p.organisationId().equals(bid.leadOrganisationId);
            if (!lead && p.hasObligations() && !p.hasConfirmed()) {
                violations.add(new RuleViolation("participants[" + i + "].organisationId", p.organisationId()
                        + " has not confirmed it takes part as " + p.roles() + ": a bidder of " + p.organisationId()
                        + " confirms through POST /bids/" + bid.id + "/participants/" + p.organisationId() + "/confirmation"));
            }
        }
        return violations;
    };

    /** The round's own funder never takes part in a bid to it: a bidder would be choosing its assessors. */
    public static final Rule FUNDER_TAKES_NO_PART = (bid, ctx) -> ParticipationRules.funderTakingPart(bid.participants,
            bid.leadOrganisationId, ctx.round());

    /**
     * A bid says how much it asks for: without an amount it can be neither ranked nor funded — unless the round lets
     * a bid seek no award (a savings proposal), and this one seeks none.
     */
    public static final Rule AMOUNT_IS_STATED = (bid, ctx) -> bid.amountSought == null && !seeksNoAward(bid, ctx)
            ? List.of(new RuleViolation("amountSought", "the bid must say how much it asks for"
                    + (ctx.round().awardsOptional ? ", or, seeking no award, name no award type" : "")))
            : List.of();

    /** A round that offers award types needs to know which one the bid is for, unless it seeks no award. */
    public static final Rule AWARD_TYPE_IS_CHOSEN = (bid, ctx) -> bid.awardType == null && !ctx.round().awardTypes.isEmpty()
            && !seeksNoAward(bid, ctx)
            ? List.of(new RuleViolation("awardType", "the round offers " + ctx.round().awardTypes.stream()
                    .map(AwardType::code).toList() + ": the bid must say which it is for"))
            : List.of();

    /** In a round where awards are optional, a bid naming neither an amount nor an award type seeks no award. */
    static boolean seeksNoAward(Bid bid, SubmissionContext ctx) {
        return ctx.round().awardsOptional && bid.amountSought == null && bid.awardType == null;
    }

    /** A round that requires a cost-benefit case gets the costs and the benefits, line by line, to appraise. */
    public static final Rule COSTS_AND_BENEFITS_ARE_GIVEN = (bid, ctx) -> {
        if (!ctx.round().costBenefitRequired) {
            return List.of();
        }
        List<RuleViolation> violations = new ArrayList<>();
        if (bid.content.costLines().isEmpty()) {
            violations.add(new RuleViolation("costLines", "the round requires the bid's costs, line by line"));
        }
        if (bid.content.benefitLines().isEmpty()) {
            violations.add(new RuleViolation("benefitLines", "the round requires the bid's benefits, line by line"));
        }
        return violations;
    };

    public static final List<Rule> ALL = List.of(IS_A_DRAFT, ROUND_IS_OPEN, PARTICIPANTS_ARE_VERIFIED,
            PARTICIPANTS_HAVE_CONSENTED, FUNDER_TAKES_NO_PART, REQUIRED_PROMPTS_ARE_ANSWERED, AMOUNT_IS_STATED,
            AWARD_TYPE_IS_CHOSEN, AWARD_TYPE_IS_OFFERED, COSTS_AND_BENEFITS_ARE_GIVEN);

    private SubmissionRules() {
    }

    public static List<RuleViolation> check(Bid bid, SubmissionContext context) {
        List<RuleViolation> violations = new ArrayList<>();
        ALL.forEach(rule -> violations.addAll(rule.apply(bid, context)));
        return violations;
    }
}
