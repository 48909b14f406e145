package org.smartbizflow.crm.jpa.internal.activity;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.smartbizflow.crm.activity.ActivityTemplate;
import org.smartbizflow.crm.activity.ActivityTemplateView;
import org.smartbizflow.crm.activity.ActivityType;
import org.smartbizflow.crm.activity.FollowUpRule;
import org.smartbizflow.crm.activity.FollowUpRuleId;
import org.smartbizflow.crm.activity.FollowUpRuleView;
import org.smartbizflow.crm.shared.TenantId;

/** Between playbook rows and the domain's templates and rules. */
final class PlaybookMapper {

    /** A text column without a length limit (text, longtext, clob by vendor). */
    static final int LONG_TEXT = Integer.MAX_VALUE;

    private PlaybookMapper() {
    }

    static void copyInto(ActivityTemplateView view, ActivityTemplateEntity row) {
        ActivityTemplate template = view.template();
        row.activityType = template.type().name();
        row.subject = template.subject();
        row.body = template.body();
        row.durationSeconds = template.defaultDuration().getSeconds();
        row.reminders = reminders(template.reminders());
        row.updatedAt = view.updatedAt();
    }

    static ActivityTemplateView toView(ActivityTemplateEntity row) {
        return new ActivityTemplateView(TenantId.of(row.id.tenantId), new ActivityTemplate(row.id.templateKey,
                ActivityType.valueOf(row.activityType), row.subject, row.body, Duration.ofSeconds(row.durationSeconds),
                reminders(row.reminders)), row.version, row.updatedAt);
    }

    static void copyInto(FollowUpRuleView view, FollowUpRuleEntity row) {
        FollowUpRule rule = view.rule();
        row.whenType = rule.whenType().name();
        row.outcome = rule.outcome();
        row.outcomeCode = rule.outcomeCode();
        row.templateKey = rule.templateKey();
        ActivityTemplate activity = rule.activity();
        row.activityKey = activity == null ? null : activity.key();
        row.activityType = activity == null ? null : activity.type().name();
        row.activitySubject = activity == null ? null : activity.subject();
        row.activityBody = activity == null ? null : activity.body();
        row.activityDurationSeconds = activity == null ? null : activity.defaultDuration().getSeconds();
        row.activityReminders = activity == null ? null : reminders(activity.reminders());
        row.businessDays = rule.businessDays();
        row.updatedAt = view.updatedAt();
    }

    static FollowUpRuleView toView(FollowUpRuleEntity row) {
        ActivityTemplate activity = row.activityKey == null ? null : new ActivityTemplate(row.activityKey,
                ActivityType.valueOf(row.activityType), row.activitySubject, row.activityBody,
                Duration.ofSeconds(row.activityDurationSeconds), reminders(row.activityReminders));
        FollowUpRule rule = new FollowUpRule(ActivityType.valueOf(row.whenType), row.outcome, row.templateKey, activity,
                row.businessDays);
        return new FollowUpRuleView(FollowUpRuleId.of(row.id), TenantId.of(row.tenantId), rule, row.version,
                row.updatedAt);
    }

    /** Reminder lead times as ISO-8601 durations, comma-separated, in order; null for none. */
    private static String reminders(List<Duration> reminders) {
        return reminders.isEmpty() ? null : reminders.stream().map(Duration::toString).collect(Collectors.joining(","));
    }

    private static List<Duration> reminders(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.stream(text.split(",")).map(Duration::parse).toList();
    }
}
