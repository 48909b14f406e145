package org.smartbizflow.crm.activity;

import java.util.List;
import org.smartbizflow.crm.shared.EmailAddress;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * What only one type of activity has. Each activity carries the details of its own type
 * ({@link #type()}); the aggregate refuses a mismatch.
 */
public sealed interface ActivityDetails {

    int TEXT_MAX = 500;

    /** The activity type these details belong to. */
    ActivityType type();

    /** The empty details of a type, with the defaults (outbound call, normal priority). */
    static ActivityDetails defaultsFor(ActivityType type) {
        switch (Preconditions.notNull(type, "type")) {
            case CALL:
                return new Call(CallDirection.OUTBOUND);
            case MEETING:
                return new Meeting(null, null);
            case TASK:
                return new Task(Priority.NORMAL);
            case EMAIL:
                return new Email(null, List.of(), null);
            default:
                return new Note();
        }
    }

    /**
     * A call. Its duration is the activity's end minus its start.
     *
     * @param direction inbound or outbound
     */
    record Call(CallDirection direction) implements ActivityDetails {
        public Call {
            Preconditions.notNull(direction, "call.direction");
        }

        @Override
        public ActivityType type() {
            return ActivityType.CALL;
        }
    }

    /**
     * A meeting's place.
     *
     * @param location   where, or null
     * @param onlineLink the video-call link, or null
     */
    record Meeting(String location, String onlineLink) implements ActivityDetails {
        public Meeting {
            location = Preconditions.maxLength(Preconditions.blankToNull(location), TEXT_MAX, "meeting.location");
            onlineLink = Preconditions.maxLength(Preconditions.blankToNull(onlineLink), TEXT_MAX, "meeting.onlineLink");
        }

        @Override
        public ActivityType type() {
            return ActivityType.MEETING;
        }
    }

    /**
     * A task's urgency. Its due instant is the activity's start (and end).
     *
     * @param priority how urgent
     */
    record Task(Priority priority) implements ActivityDetails {
        public Task {
            Preconditions.notNull(priority, "task.priority");
        }

        @Override
        public ActivityType type() {
            return ActivityType.TASK;
        }
    }

    /**
     * A logged e-mail's metadata (the message itself stays in the mail system). Its sending
     * time is the activity's start; its subject the activity's subject.
     *
     * @param from      sender, or null
     * @param to        recipients
     * @param messageId the Message-ID header, or null
     */
    record Email(EmailAddress from, List<EmailAddress> to, String messageId) implements ActivityDetails {
        public Email {
            to = to == null ? List.of() : List.copyOf(to);
            Preconditions.check(to.size() <= 50, "email.to", "must list at most 50 recipients");
            messageId = Preconditions.maxLength(Preconditions.blankToNull(messageId), TEXT_MAX, "email.messageId");
        }

        @Override
        public ActivityType type() {
            return ActivityType.EMAIL;
        }
    }

    /** A note has nothing beyond subject and body. */
    record Note() implements ActivityDetails {
        @Override
        public ActivityType type() {
            return ActivityType.NOTE;
        }
    }
}
