package org.smartbizflow.crm.activity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * What to change about an activity's content: each field left null stays as it is. A blank
 * body, location or online link clears it; the subject cannot be cleared. Links and
 * attendees are added and removed one by one, so two people editing different links of the
 * same activity do not undo each other; adding what is there or removing what is not
 * changes nothing. Attendees are matched by kind and key (user id, contact id or e-mail).
 *
 * <p>Times move with {@code reschedule}; status moves with {@code complete} and {@code cancel}.
 *
 * @param subject         new subject, or null
 * @param body            new body (blank: none), or null
 * @param location        a meeting's new location (blank: none), or null
 * @param onlineLink      a meeting's new video-call link (blank: none), or null
 * @param priority        a task's new priority, or null
 * @param direction       a call's new direction, or null
 * @param visibility      new visibility, or null
 * @param addLinks        records to link
 * @param removeLinks     records to unlink
 * @param addAttendees    people to invite (meetings and calls)
 * @param removeAttendees people to uninvite
 */
public record ActivityEdit(String subject, String body, String location, String onlineLink, Priority priority,
                           CallDirection direction, ActivityVisibility visibility, Set<RecordLink> addLinks,
                           Set<RecordLink> removeLinks, List<Attendee> addAttendees, List<Attendee> removeAttendees) {

    public ActivityEdit {
        if (subject != null) {
            subject = Preconditions.maxLength(Preconditions.notBlank(subject, "subject"), ActivityView.SUBJECT_MAX,
                    "subject");
        }
        if (body != null) {
            Preconditions.maxLength(body.strip(), ActivityView.BODY_MAX, "body");
        }
        if (location != null) {
            Preconditions.maxLength(location.strip(), ActivityDetails.TEXT_MAX, "meeting.location");
        }
        if (onlineLink != null) {
            Preconditions.maxLength(onlineLink.strip(), ActivityDetails.TEXT_MAX, "meeting.onlineLink");
        }
        addLinks = addLinks == null ? Set.of() : Set.copyOf(new LinkedHashSet<>(addLinks));
        removeLinks = removeLinks == null ? Set.of() : Set.copyOf(new LinkedHashSet<>(removeLinks));
        Preconditions.check(addLinks.stream().noneMatch(removeLinks::contains), "removeLinks",
                "must not name a record that is also added");
        addAttendees = addAttendees == null ? List.of() : List.copyOf(addAttendees);
        removeAttendees = removeAttendees == null ? List.of() : List.copyOf(removeAttendees);
        Preconditions.check(addAttendees.stream().map(Attendee::toString).distinct().count() == addAttendees.size(),
                "addAttendees", "must not list anyone twice");
        Set<String> removed = new LinkedHashSet<>();
        removeAttendees.forEach(a -> removed.add(a.toString()));
        Preconditions.check(addAttendees.stream().noneMatch(a -> removed.contains(a.toString())), "removeAttendees",
                "must not name someone who is also invited");
    }

    /** No change at all; start from here. */
    public static ActivityEdit none() {
        return new ActivityEdit(null, null, null, null, null, null, null, Set.of(), Set.of(), List.of(), List.of());
    }

    public ActivityEdit withSubject(String newSubject) {
        return new ActivityEdit(newSubject, body, location, onlineLink, priority, direction, visibility, addLinks,
                removeLinks, addAttendees, removeAttendees);
    }

    public ActivityEdit withBody(String newBody) {
        return new ActivityEdit(subject, newBody, location, onlineLink, priority, direction, visibility, addLinks,
                removeLinks, addAttendees, removeAttendees);
    }

    public ActivityEdit withLocation(String newLocation) {
        return new ActivityEdit(subject, body, newLocation, onlineLink, priority, direction, visibility, addLinks,
                removeLinks, addAttendees, removeAttendees);
    }

    public ActivityEdit withOnlineLink(String newLink) {
        return new ActivityEdit(subject, body, location, newLink, priority, direction, visibility, addLinks,
                removeLinks, addAttendees, removeAttendees);
    }

    public ActivityEdit withPriority(Priority newPriority) {
        return new ActivityEdit(subject, body, location, onlineLink, newPriority, direction, visibility, addLinks,
                removeLinks, addAttendees, removeAttendees);
    }

    public ActivityEdit withDirection(CallDirection newDirection) {
        return new ActivityEdit(subject, body, location, onlineLink, priority, newDirection, visibility, addLinks,
                removeLinks, addAttendees, removeAttendees);
    }

    public ActivityEdit withVisibility(ActivityVisibility newVisibility) {
        return new ActivityEdit(subject, body, location, onlineLink, priority, direction, newVisibility, addLinks,
                removeLinks, addAttendees, removeAttendees);
    }

    public ActivityEdit link(RecordLink... records) {
        Set<RecordLink> all = new LinkedHashSet<>(addLinks);
        all.addAll(Arrays.asList(records));
        return new ActivityEdit(subject, body, location, onlineLink, priority, direction, visibility, all,
                removeLinks, addAttendees, removeAttendees);
    }

    public ActivityEdit unlink(RecordLink... records) {
        Set<RecordLink> all = new LinkedHashSet<>(removeLinks);
        all.addAll(Arrays.asList(records));
        return new ActivityEdit(subject, body, location, onlineLink, priority, direction, visibility, addLinks, all,
                addAttendees, removeAttendees);
    }

    public ActivityEdit invite(Attendee... people) {
        List<Attendee> all = new ArrayList<>(addAttendees);
        all.addAll(Arrays.asList(people));
        return new ActivityEdit(subject, body, location, onlineLink, priority, direction, visibility, addLinks,
                removeLinks, all, removeAttendees);
    }

    public ActivityEdit uninvite(Attendee... people) {
        List<Attendee> all = new ArrayList<>(removeAttendees);
        all.addAll(Arrays.asList(people));
        return new ActivityEdit(subject, body, location, onlineLink, priority, direction, visibility, addLinks,
                removeLinks, addAttendees, all);
    }
}
