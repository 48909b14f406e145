package org.smartbizflow.crm.jpa.internal.activity;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.smartbizflow.crm.activity.ActivityDetails;
import org.smartbizflow.crm.activity.ActivityId;
import org.smartbizflow.crm.activity.ActivityStatus;
import org.smartbizflow.crm.activity.ActivityType;
import org.smartbizflow.crm.activity.ActivityView;
import org.smartbizflow.crm.activity.ActivityVisibility;
import org.smartbizflow.crm.activity.Attendee;
import org.smartbizflow.crm.activity.CallDirection;
import org.smartbizflow.crm.activity.LinkedRecordType;
import org.smartbizflow.crm.activity.Priority;
import org.smartbizflow.crm.activity.RecordLink;
import org.smartbizflow.crm.activity.RecurrenceRule;
import org.smartbizflow.crm.activity.Reminder;
import org.smartbizflow.crm.activity.ReminderId;
import org.smartbizflow.crm.shared.EmailAddress;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;

/** Activity state to rows and back. */
final class ActivityMapper {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private ActivityMapper() {
    }

    static ActivityEntity newRow(ActivityView state) {
        ActivityEntity row = new ActivityEntity();
        row.id = state.id().value();
        row.tenantId = state.tenantId().value();
        row.type = state.type().name();
        row.createdAt = state.createdAt();
        copyInto(state, row);
        ActivityDetails details = state.details();
        if (details instanceof ActivityDetails.Email email) {
            row.emailFrom = email.from() == null ? null : email.from().value();
            row.emailTo = email.to().isEmpty() ? null
                    : email.to().stream().map(EmailAddress::value).collect(Collectors.joining(","));
            row.emailMessageId = email.messageId();
        }
        row.seriesId = state.seriesId() == null ? null : state.seriesId().value();
        if (state.recurrence() != null) {
            row.recurrenceRule = state.recurrence().toRrule();
            row.recurrenceExceptions = state.recurrence().exceptions().isEmpty() ? null
                    : new TreeSet<>(state.recurrence().exceptions()).stream().map(DAY::format)
                    .collect(Collectors.joining(","));
        }
        return row;
    }

    /** The fields that change over an activity's life. */
    static void copyInto(ActivityView state, ActivityEntity row) {
        row.status = state.status().name();
        row.ownerId = state.ownerId().value();
        row.subject = state.subject();
        row.body = state.body();
        row.startAt = state.start();
        row.endAt = state.end();
        row.startDay = state.localStart().toLocalDate();
        row.timeZone = state.zone().getId();
        row.visibility = state.visibility().name();
        row.outcome = state.outcome();
        row.completedAt = state.completedAt();
        row.updatedAt = state.updatedAt();
        row.originalStart = state.originalStart();
        ActivityDetails details = state.details();
        if (details instanceof ActivityDetails.Call call) {
            row.callDirection = call.direction().name();
        } else if (details instanceof ActivityDetails.Meeting meeting) {
            row.meetingLocation = meeting.location();
            row.meetingLink = meeting.onlineLink();
        } else if (details instanceof ActivityDetails.Task task) {
            row.taskPriority = task.priority().name();
        }
    }

    /** The free-text columns of the type details (what erasure may change after creation). */
    static void copyDetails(ActivityView state, ActivityEntity row) {
        ActivityDetails details = state.details();
        if (details instanceof ActivityDetails.Meeting meeting) {
            row.meetingLocation = meeting.location();
            row.meetingLink = meeting.onlineLink();
        } else if (details instanceof ActivityDetails.Email email) {
            row.emailFrom = email.from() == null ? null : email.from().value();
            row.emailTo = email.to().isEmpty() ? null
                    : email.to().stream().map(EmailAddress::value).collect(Collectors.joining(","));
            row.emailMessageId = email.messageId();
        }
    }

    static List<ActivityLinkEntity> linkRows(ActivityView state) {
        List<ActivityLinkEntity> rows = new ArrayList<>();
        for (RecordLink link : state.links()) {
            rows.add(new ActivityLinkEntity(new ActivityLinkEntity.Key(state.id().value(), link.type().name(),
                    link.recordId()), state.tenantId().value(), state.start()));
        }
        return rows;
    }

    static List<ActivityAttendeeEntity> attendeeRows(ActivityView state) {
        List<ActivityAttendeeEntity> rows = new ArrayList<>();
        int position = 0;
        for (Attendee attendee : state.attendees()) {
            ActivityAttendeeEntity row = new ActivityAttendeeEntity();
            row.id = new ActivityAttendeeEntity.Key(state.id().value(), position++);
            row.tenantId = state.tenantId().value();
            row.kind = attendee.kind().name();
            row.attendeeKey = attendee.key();
            row.name = attendee.name();
            row.email = attendee.email() == null ? null : attendee.email().value();
            rows.add(row);
        }
        return rows;
    }

    static List<ActivityReminderEntity> reminderRows(ActivityView state) {
        List<ActivityReminderEntity> rows = new ArrayList<>();
        int position = 0;
        for (Reminder reminder : state.reminders()) {
            ActivityReminderEntity row = new ActivityReminderEntity();
            row.id = reminder.id().value();
            row.tenantId = state.tenantId().value();
            row.activityId = state.id().value();
            row.position = position++;
            row.beforeSeconds = reminder.before().getSeconds();
            row.fireAt = reminder.fireAt();
            row.firedAt = reminder.firedAt();
            rows.add(row);
        }
        return rows;
    }

    static ActivityView toView(ActivityEntity row, List<ActivityLinkEntity> links,
                               List<ActivityAttendeeEntity> attendees, List<ActivityReminderEntity> reminders) {
        ActivityType type = ActivityType.valueOf(row.type);
        ActivityDetails details;
        switch (type) {
            case CALL:
                details = new ActivityDetails.Call(CallDirection.valueOf(row.callDirection));
                break;
            case MEETING:
                details = new ActivityDetails.Meeting(row.meetingLocation, row.meetingLink);
                break;
            case TASK:
                details = new ActivityDetails.Task(Priority.valueOf(row.taskPriority));
                break;
            case EMAIL:
                details = new ActivityDetails.Email(row.emailFrom == null ? null : EmailAddress.of(row.emailFrom),
                        row.emailTo == null ? List.of()
                                : Arrays.stream(row.emailTo.split(",")).map(EmailAddress::of).toList(),
                        row.emailMessageId);
                break;
            default:
                details = new ActivityDetails.Note();
        }
        Set<RecordLink> linkSet = new HashSet<>();
        links.forEach(l -> linkSet.add(new RecordLink(LinkedRecordType.valueOf(l.id.recordType), l.id.recordId)));
        List<Attendee> attendeeList = attendees.stream()
                .sorted((a, b) -> Integer.compare(a.id.position, b.id.position))
                .map(a -> new Attendee(Attendee.Kind.valueOf(a.kind), a.attendeeKey, a.name,
                        a.email == null ? null : EmailAddress.of(a.email)))
                .toList();
        List<Reminder> reminderList = reminders.stream()
                .sorted((a, b) -> Integer.compare(a.position, b.position))
                .map(r -> new Reminder(ReminderId.of(r.id), Duration.ofSeconds(r.beforeSeconds), r.fireAt, r.firedAt))
                .toList();
        RecurrenceRule rule = null;
        if (row.recurrenceRule != null) {
            Set<LocalDate> exceptions = new TreeSet<>();
            if (row.recurrenceExceptions != null) {
                for (String day : row.recurrenceExceptions.split(",")) {
                    exceptions.add(LocalDate.parse(day, DAY));
                }
            }
            rule = RecurrenceRule.parse(row.recurrenceRule, exceptions);
        }
        return new ActivityView(ActivityId.of(row.id), TenantId.of(row.tenantId), type,
                ActivityStatus.valueOf(row.status), UserId.of(row.ownerId), row.subject, row.body, row.startAt,
                row.endAt, ZoneId.of(row.timeZone), details, ActivityVisibility.valueOf(row.visibility), linkSet,
                attendeeList, reminderList, row.seriesId == null ? null : ActivityId.of(row.seriesId), rule,
                row.seriesId == null ? null : row.originalStart, row.outcome, row.completedAt, row.version,
                row.createdAt, row.updatedAt);
    }
}
