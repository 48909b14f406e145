package org.smartbizflow.crm.core.runtime;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.smartbizflow.crm.activity.ActivityStatus;
import org.smartbizflow.crm.activity.ActivityType;
import org.smartbizflow.crm.activity.ActivityView;
import org.smartbizflow.crm.activity.RecordLink;
import org.smartbizflow.crm.scoring.port.out.SentimentScorer;
import org.smartbizflow.crm.shared.TenantId;

/**
 * What the activities filed under a record say about the work on it, as a next-best-action
 * recommender is told for leads and accounts alike: whole days since the last completed
 * activity took place (-1 when none), open and overdue tasks, whether a future meeting is
 * booked, and the tone of the latest completed activity's outcome and notes.
 *
 * @param daysSinceLastActivity whole days since the latest completed activity, or -1
 * @param openTasks             planned tasks
 * @param overdueTasks          planned tasks whose time has passed
 * @param meetingScheduled      whether a planned meeting lies ahead
 * @param recentSentiment       the tone of the latest completed activity, when a scorer read it
 */
public record WorkFacts(int daysSinceLastActivity, int openTasks, int overdueTasks, boolean meetingScheduled,
                        OptionalDouble recentSentiment) {

    /** Reads the record's activities (inside the caller's transaction) as of the runtime's clock. */
    public static WorkFacts of(CoreRuntime runtime, TenantId tenant, RecordLink record) {
        return of(runtime, FiledActivities.of(runtime, tenant, record, null));
    }

    /** The facts of activities already read, of every status, as of the runtime's clock. */
    public static WorkFacts of(CoreRuntime runtime, List<ActivityView> activities) {
        Instant now = runtime.clock().instant();
        ActivityView latest = null;
        int openTasks = 0;
        int overdueTasks = 0;
        boolean meetingBooked = false;
        for (ActivityView activity : activities) {
            if (activity.status() == ActivityStatus.COMPLETED) {
                Instant at = ActivityTouch.heldAt(activity);
                if (at != null && (latest == null || at.isAfter(ActivityTouch.heldAt(latest)))) {
                    latest = activity;
                }
            } else if (activity.status() == ActivityStatus.PLANNED) {
                if (activity.type() == ActivityType.TASK) {
                    openTasks++;
                    if (activity.start() != null && activity.start().isBefore(now)) {
                        overdueTasks++;
                    }
                } else if (activity.type() == ActivityType.MEETING && activity.start() != null
                        && activity.start().isAfter(now)) {
                    meetingBooked = true;
                }
            }
        }
        int idleDays = latest == null ? -1
                : (int) Math.max(0, Duration.between(ActivityTouch.heldAt(latest), now).toDays());
        OptionalDouble tone = OptionalDouble.empty();
        SentimentScorer sentiment = runtime.scoring().sentiment();
        if (sentiment != null && latest != null) {
            String text = Stream.of(latest.outcome(), latest.body())
                    .filter(t -> t != null && !t.isBlank()).collect(Collectors.joining(". "));
            if (!text.isEmpty()) {
                tone = OptionalDouble.of(sentiment.score(text).score());
            }
        }
        return new WorkFacts(idleDays, openTasks, overdueTasks, meetingBooked, tone);
    }
}
