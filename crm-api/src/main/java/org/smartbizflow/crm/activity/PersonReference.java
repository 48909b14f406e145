package org.smartbizflow.crm.activity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.smartbizflow.crm.contact.ContactId;
import org.smartbizflow.crm.shared.EmailAddress;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.Redaction;

/**
 * How one person shows up in activities, for a data-protection request: the records that are
 * theirs (their contact and leads), their contact id as an attendee, their e-mail addresses,
 * and the personal values (name, addresses, phone numbers, handles) that free text may quote.
 * The same rules decide, in every store, which activities concern the person
 * ({@link #concerns}) and what erasure leaves of them ({@link #anonymise}).
 *
 * <p>An activity linked to one of the person's records is about them: all of its free text goes
 * (subject, body, meeting place and link, e-mail message id). Any other activity that names them
 * (as attendee, sender, recipient, or in its text) loses only their values. Type, status, owner,
 * times, durations, other links, reminders' timing and the outcome (with the person's values
 * replaced) stay, so counts and calendars still add up.
 *
 * @param records their contact and leads
 * @param contact their contact, or null when they are only a lead
 * @param emails  their e-mail addresses
 * @param values  personal values to find in free text, matched ignoring case
 */
public record PersonReference(Set<RecordLink> records, ContactId contact, Set<EmailAddress> emails,
                              Set<String> values) {

    /** What an erased free-text field becomes when the field may not be empty. */
    public static final String ERASED = Redaction.ERASED;

    public PersonReference {
        records = Set.copyOf(Preconditions.notNull(records, "records"));
        emails = Set.copyOf(Preconditions.notNull(emails, "emails"));
        values = Set.copyOf(Preconditions.notNull(values, "values").stream()
                .filter(v -> v != null && !v.isBlank()).map(String::strip).collect(Collectors.toSet()));
        Preconditions.check(contact == null || records.contains(contactLink(contact)), "records",
                "must contain the contact's own record");
    }

    private static RecordLink contactLink(ContactId contact) {
        return RecordLink.contact(contact);
    }

    /** Every value searched for in text: the personal values and the addresses, lower case. */
    public Set<String> searchValues() {
        Set<String> all = new LinkedHashSet<>();
        values.forEach(v -> all.add(v.toLowerCase(Locale.ROOT)));
        emails.forEach(e -> all.add(e.value().toLowerCase(Locale.ROOT)));
        return all;
    }

    /** Is the activity linked to one of the person's records? */
    public boolean isAbout(ActivityView activity) {
        return activity.links().stream().anyMatch(records::contains);
    }

    /** Is this attendee the person (their contact, or one of their addresses)? */
    public boolean isPerson(Attendee attendee) {
        return (contact != null && attendee.kind() == Attendee.Kind.CONTACT && attendee.key().equals(contact.toString()))
                || (attendee.email() != null && emails.contains(attendee.email()))
                || (attendee.kind() == Attendee.Kind.EXTERNAL && emails.contains(EmailAddress.of(attendee.key())));
    }

    /** Does the activity hold anything of the person: a link, an attendee, an address or a value in its text? */
    public boolean concerns(ActivityView activity) {
        if (isAbout(activity) || activity.attendees().stream().anyMatch(this::isPerson)) {
            return true;
        }
        if (activity.details() instanceof ActivityDetails.Email email
                && (email.from() != null && emails.contains(email.from()) || email.to().stream().anyMatch(emails::contains))) {
            return true;
        }
        Set<String> search = searchValues();
        List<String> texts = new ArrayList<>(List.of(activity.subject()));
        addIfPresent(texts, activity.body());
        addIfPresent(texts, activity.outcome());
        if (activity.details() instanceof ActivityDetails.Meeting meeting) {
            addIfPresent(texts, meeting.location());
            addIfPresent(texts, meeting.onlineLink());
        }
        if (activity.details() instanceof ActivityDetails.Email email) {
            addIfPresent(texts, email.messageId());
        }
        activity.attendees().forEach(a -> addIfPresent(texts, a.name()));
        return texts.stream().anyMatch(text -> Redaction.containsAny(text, search));
    }

    private static void addIfPresent(List<String> texts, String text) {
        if (text != null) {
            texts.add(text);
        }
    }

    /**
     * The activity with the person gone (same version: the store advances it when it writes);
     * the activity itself when it holds nothing of them, or nothing more (already anonymised).
     */
    public ActivityView anonymise(ActivityView activity, Instant now) {
        Preconditions.notNull(activity, "activity");
        Preconditions.notNull(now, "now");
        if (!concerns(activity)) {
            return activity;
        }
        boolean about = isAbout(activity);
        Set<String> search = searchValues();
        String subject = about ? ERASED : redact(activity.subject(), search, ActivityView.SUBJECT_MAX);
        String body = about ? null : redact(activity.body(), search, ActivityView.BODY_MAX);
        String outcome = redact(activity.outcome(), search, ActivityView.OUTCOME_MAX);
        ActivityDetails details = activity.details();
        if (details instanceof ActivityDetails.Meeting meeting) {
            details = about ? new ActivityDetails.Meeting(null, null)
                    : new ActivityDetails.Meeting(redact(meeting.location(), search, ActivityDetails.TEXT_MAX),
                            redact(meeting.onlineLink(), search, ActivityDetails.TEXT_MAX));
        } else if (details instanceof ActivityDetails.Email email) {
            EmailAddress from = email.from() != null && emails.contains(email.from()) ? null : email.from();
            List<EmailAddress> to = email.to().stream().filter(a -> !emails.contains(a)).toList();
            details = new ActivityDetails.Email(from, to, about ? null
                    : redact(email.messageId(), search, ActivityDetails.TEXT_MAX));
        }
        List<Attendee> attendees = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Attendee attendee : activity.attendees()) {
            Attendee kept;
            if (isPerson(attendee)) {
                // The seat stays (attendee counts add up) as the anonymous contact; without a contact it goes.
                kept = contact == null ? null : Attendee.contact(contact, null, null);
            } else {
                kept = new Attendee(attendee.kind(), attendee.key(), redact(attendee.name(), search, Attendee.NAME_MAX),
                        attendee.email());
            }
            if (kept != null && seen.add(kept.toString())) {
                attendees.add(kept);
            }
        }
        ActivityView anonymous = new ActivityView(activity.id(), activity.tenantId(), activity.type(),
                activity.status(), activity.ownerId(), subject, body, activity.start(), activity.end(), activity.zone(),
                details, activity.visibility(), activity.links(), attendees, activity.reminders(), activity.seriesId(),
                activity.recurrence(), activity.originalStart(), outcome, activity.completedAt(), activity.version(),
                activity.createdAt(), activity.updatedAt());
        // Erasing again changes nothing: an activity already anonymous is returned as it is.
        return anonymous.equals(activity) ? activity : anonymous.withUpdatedAt(now);
    }

    /** The text with the values replaced, cut to the field's length (the marker is longer than short values). */
    private static String redact(String text, Set<String> search, int max) {
        if (text == null || !Redaction.containsAny(text, search)) {
            return text;
        }
        String result = Redaction.replaceAll(text, search, ERASED);
        return result.length() <= max ? result : result.substring(0, max);
    }
}
