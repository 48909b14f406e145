package org.smartbizflow.crm.scoring.action;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.smartbizflow.crm.scoring.AccountActionContext;
import org.smartbizflow.crm.scoring.ActionContext;
import org.smartbizflow.crm.scoring.Grade;
import org.smartbizflow.crm.scoring.RecommendedAction;
import org.smartbizflow.crm.scoring.RecommendedAction.ActionType;
import org.smartbizflow.crm.scoring.port.out.AccountActionRecommender;
import org.smartbizflow.crm.scoring.port.out.NextBestActionRecommender;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * Next-best-action from a few readable rules over the score, the recency of contact, open
 * and overdue work, and the tone of recent notes. Each rule that applies proposes one action
 * with a priority and a reason; the list comes back highest priority first. Rules are plain
 * code on purpose: a rep must be able to understand why a suggestion was made.
 *
 * <p>Accounts have rules of their own ({@link #recommendForAccount}): a retention call when the
 * churn risk is high, booking a meeting for open deals, a check-in after {@code staleDays}
 * without contact, and an expansion opportunity for an active, low-risk account without one;
 * overdue tasks and clearly negative notes count as for leads. Nothing is ever disqualified.
 *
 * @param hotScore      score from which a lead is worth an immediate call
 * @param staleDays     days without activity after which a good record needs a follow-up
 * @param coldScore     score under which a record with no activity in {@code staleDays * 3} days may be dropped
 * @param highChurnRisk churn probability from which an account needs a retention call; under
 *                      half of it, an active account is low-risk enough to expand
 */
public record RuleBasedNextBestAction(double hotScore, int staleDays, double coldScore, double highChurnRisk)
        implements NextBestActionRecommender, AccountActionRecommender {

    /** The churn probability from which {@link #defaults()} asks for a retention call. */
    public static final double DEFAULT_HIGH_CHURN_RISK = 0.5;

    public RuleBasedNextBestAction {
        Preconditions.check(hotScore > 0 && hotScore <= 100, "hotScore", "must be in (0, 100]");
        Preconditions.check(staleDays >= 1, "staleDays", "must be at least 1");
        Preconditions.check(coldScore >= 0 && coldScore < hotScore, "coldScore", "must be in [0, hotScore)");
        Preconditions.check(highChurnRisk > 0 && highChurnRisk <= 1, "highChurnRisk", "must be in (0, 1]");
    }

    /** Lead thresholds, with the default churn risk for accounts. */
    public RuleBasedNextBestAction(double hotScore, int staleDays, double coldScore) {
        this(hotScore, staleDays, coldScore, DEFAULT_HIGH_CHURN_RISK);
    }

    public static RuleBasedNextBestAction defaults() {
        return new RuleBasedNextBestAction(70, 14, 20, DEFAULT_HIGH_CHURN_RISK);
    }

    @Override
    public List<RecommendedAction> recommend(ActionContext c) {
        Preconditions.notNull(c, "context");
        List<RecommendedAction> actions = sharedRules(c.recentSentiment(), c.overdueTasks());
        int idle = c.daysSinceLastActivity();
        boolean neverTouched = idle < 0;
        if (c.score() >= hotScore && (neverTouched || idle >= 2) && !c.meetingScheduled()) {
            actions.add(new RecommendedAction(ActionType.CALL_NOW, clamp(c.score()),
                    String.format(Locale.ROOT, "score %.0f is hot and %s", c.score(),
                            neverTouched ? "nobody has contacted it yet" : "no contact for " + idle + " days")));
        }
        if ((c.grade() == Grade.A || c.grade() == Grade.B) && c.openOpportunities() == 0 && c.score() >= hotScore) {
            actions.add(new RecommendedAction(ActionType.CREATE_OPPORTUNITY, clamp(c.score() - 5),
                    "grade " + c.grade() + " with a high score and no open opportunity"));
        }
        if (c.score() >= coldScore && c.openOpportunities() > 0 && !c.meetingScheduled()) {
            actions.add(new RecommendedAction(ActionType.BOOK_MEETING, clamp(40 + c.score() / 2),
                    c.openOpportunities() + " open opportunity(ies) and no meeting booked"));
        }
        if (!neverTouched && idle >= staleDays && c.score() >= coldScore) {
            actions.add(new RecommendedAction(ActionType.SEND_FOLLOW_UP, clamp(30 + Math.min(idle, 60) / 2.0),
                    "no activity for " + idle + " days"));
        }
        if (c.score() < coldScore && c.openOpportunities() == 0 && (neverTouched || idle >= staleDays * 3)) {
            actions.add(new RecommendedAction(ActionType.DISQUALIFY, clamp(20 + (coldScore - c.score())),
                    String.format(Locale.ROOT, "score %.0f is low and %s", c.score(),
                            neverTouched ? "it was never worked" : "it has been idle " + idle + " days")));
        } else if (c.score() < hotScore && actions.isEmpty()) {
            actions.add(new RecommendedAction(ActionType.NURTURE, clamp(10 + c.score() / 5),
                    String.format(Locale.ROOT, "score %.0f is not yet sales-ready", c.score())));
        }
        return ranked(actions);
    }

    @Override
    public List<RecommendedAction> recommendForAccount(AccountActionContext c) {
        Preconditions.notNull(c, "context");
        List<RecommendedAction> actions = sharedRules(c.recentSentiment(), c.overdueTasks());
        int idle = c.daysSinceLastActivity();
        boolean neverTouched = idle < 0;
        if (c.churnRisk().isPresent() && c.churnRisk().getAsDouble() >= highChurnRisk && !c.meetingScheduled()) {
            double risk = c.churnRisk().getAsDouble();
            actions.add(new RecommendedAction(ActionType.RETENTION_CALL, clamp(50 + 50 * risk),
                    String.format(Locale.ROOT, "churn risk %.0f%% is high and %s", 100 * risk,
                            neverTouched ? "nobody has contacted the account yet" : "the last contact was "
                                    + idle + " day(s) ago")));
        }
        if (c.openOpportunities() > 0 && !c.meetingScheduled()) {
            actions.add(new RecommendedAction(ActionType.BOOK_MEETING,
                    clamp(45 + 5 * Math.min(c.openOpportunities(), 5)),
                    c.openOpportunities() + " open opportunity(ies) and no meeting booked"));
        }
        if (neverTouched || idle >= staleDays) {
            actions.add(new RecommendedAction(ActionType.SEND_FOLLOW_UP,
                    clamp(30 + (neverTouched ? 0 : Math.min(idle, 60) / 2.0)),
                    neverTouched ? "no activity is recorded for the account" : "no activity for " + idle + " days"));
        }
        if (c.churnRisk().isPresent() && c.churnRisk().getAsDouble() < highChurnRisk / 2
                && c.openOpportunities() == 0 && !neverTouched && idle < staleDays) {
            double risk = c.churnRisk().getAsDouble();
            actions.add(new RecommendedAction(ActionType.CREATE_OPPORTUNITY, clamp(25 + 20 * (1 - risk)),
                    String.format(Locale.ROOT, "churn risk %.0f%% is low, the account is active and has no open "
                            + "opportunity: room to expand", 100 * risk)));
        }
        return ranked(actions);
    }

    /** The rules leads and accounts share: escalate clearly negative notes, clear overdue tasks. */
    private static List<RecommendedAction> sharedRules(OptionalDouble tone, int overdue) {
        List<RecommendedAction> actions = new ArrayList<>();
        if (tone.isPresent() && tone.getAsDouble() <= -0.5) {
            actions.add(new RecommendedAction(ActionType.ESCALATE_TO_MANAGER, clamp(80 + 20 * -tone.getAsDouble()),
                    String.format(Locale.ROOT, "recent notes read clearly negative (%.2f)", tone.getAsDouble())));
        }
        if (overdue > 0) {
            actions.add(new RecommendedAction(ActionType.CLEAR_OVERDUE_TASKS, clamp(60 + 5 * overdue),
                    overdue + " task(s) are overdue"));
        }
        return actions;
    }

    private static List<RecommendedAction> ranked(List<RecommendedAction> actions) {
        actions.sort(Comparator.comparingDouble(RecommendedAction::priority).reversed());
        return List.copyOf(actions);
    }

    private static double clamp(double priority) {
        return Math.max(0, Math.min(100, priority));
    }
}
