package org.smartbizflow.crm.scoring.action;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.smartbizflow.crm.scoring.ActionContext;
import org.smartbizflow.crm.scoring.Grade;
import org.smartbizflow.crm.scoring.RecommendedAction;
import org.smartbizflow.crm.scoring.RecommendedAction.ActionType;
import org.smartbizflow.crm.scoring.port.out.NextBestActionRecommender;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * Next-best-action from a few readable rules over the score, the recency of contact, open
 * and overdue work, and the tone of recent notes. Each rule that applies proposes one action
 * with a priority and a reason; the list comes back highest priority first. Rules are plain
 * code on purpose: a rep must be able to understand why a suggestion was made.
 *
 * @param hotScore     score from which a lead is worth an immediate call
 * @param staleDays    days without activity after which a good record needs a follow-up
 * @param coldScore    score under which a record with no activity in {@code staleDays * 3} days may be dropped
 */
public record RuleBasedNextBestAction(double hotScore, int staleDays, double coldScore)
        implements NextBestActionRecommender {

    public RuleBasedNextBestAction {
        Preconditions.check(hotScore > 0 && hotScore <= 100, "hotScore", "must be in (0, 100]");
        Preconditions.check(staleDays >= 1, "staleDays", "must be at least 1");
        Preconditions.check(coldScore >= 0 && coldScore < hotScore, "coldScore", "must be in [0, hotScore)");
    }

    public static RuleBasedNextBestAction defaults() {
        return new RuleBasedNextBestAction(70, 14, 20);
    }

    @Override
    public List<RecommendedAction> recommend(ActionContext c) {
        Preconditions.notNull(c, "context");
        List<RecommendedAction> actions = new ArrayList<>();
        int idle = c.daysSinceLastActivity();
        boolean neverTouched = idle < 0;
        double sentiment = c.recentSentiment().orElse(0);
        if (c.recentSentiment().isPresent() && sentiment <= -0.5) {
            actions.add(new RecommendedAction(ActionType.ESCALATE_TO_MANAGER, clamp(80 + 20 * -sentiment),
                    String.format(Locale.ROOT, "recent notes read clearly negative (%.2f)", sentiment)));
        }
        if (c.overdueTasks() > 0) {
            actions.add(new RecommendedAction(ActionType.CLEAR_OVERDUE_TASKS, clamp(60 + 5 * c.overdueTasks()),
                    c.overdueTasks() + " task(s) are overdue"));
        }
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
        actions.sort(Comparator.comparingDouble(RecommendedAction::priority).reversed());
        return List.copyOf(actions);
    }

    private static double clamp(double priority) {
        return Math.max(0, Math.min(100, priority));
    }
}
