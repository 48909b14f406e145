package org.smartbizflow.crm.activity;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * A reusable activity: type, subject and body with {@code {{placeholders}}}, a default
 * duration and reminders. Scheduling from a template fills the placeholders; one that is not
 * given is an error naming it, so no activity is stored with a raw {@code {{name}}} in it.
 *
 * @param key             the name hosts and follow-up rules refer to it by
 * @param type            the activity type it creates
 * @param subject         subject with placeholders
 * @param body            body with placeholders, or null
 * @param defaultDuration how long the activity lasts (zero for tasks)
 * @param reminders       reminder lead times
 */
public record ActivityTemplate(String key, ActivityType type, String subject, String body, Duration defaultDuration,
                               List<Duration> reminders) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9_.-]*)\\s*}}");

    public ActivityTemplate {
        key = Preconditions.maxLength(Preconditions.notBlank(key, "template.key"), 100, "template.key");
        Preconditions.notNull(type, "template.type");
        Preconditions.check(!type.isLogOnly(), "template.type", "templates plan calls, meetings and tasks");
        subject = Preconditions.notBlank(subject, "template.subject");
        body = Preconditions.blankToNull(body);
        Preconditions.notNull(defaultDuration, "template.defaultDuration");
        Preconditions.check(!defaultDuration.isNegative() && defaultDuration.compareTo(ActivityView.MAX_SPAN) <= 0,
                "template.defaultDuration", "must be between 0 and " + ActivityView.MAX_SPAN.toDays() + " days");
        Preconditions.check(type != ActivityType.TASK || defaultDuration.isZero(), "template.defaultDuration",
                "of a task is zero");
        reminders = reminders == null ? List.of() : List.copyOf(reminders);
    }

    /** A template without reminders. */
    public static ActivityTemplate of(String key, ActivityType type, String subject, String body,
                                      Duration defaultDuration) {
        return new ActivityTemplate(key, type, subject, body, defaultDuration, List.of());
    }

    /**
     * Refuses a template a tenant may not store: one whose subject or body holds double braces
     * that are not part of a well-formed placeholder (they would reach an activity raw), whose texts are longer than an activity keeps, a call or meeting
     * without a positive duration, durations that are not whole seconds, more reminders than
     * an activity keeps, or a reminder lead time outside 0 to {@link Reminder#MAX_BEFORE}.
     */
    public void requireStorable() {
        requireWellFormed(subject, "template.subject");
        requireWellFormed(body, "template.body");
        Preconditions.maxLength(subject, ActivityView.SUBJECT_MAX, "template.subject");
        Preconditions.maxLength(body, ActivityView.BODY_MAX, "template.body");
        Preconditions.check(type == ActivityType.TASK || defaultDuration.compareTo(Duration.ZERO) > 0,
                "template.defaultDuration", "of a " + type.name().toLowerCase(java.util.Locale.ROOT)
                        + " must be positive");
        Preconditions.check(reminders.size() <= ActivityView.MAX_REMINDERS, "template.reminders",
                "must be at most " + ActivityView.MAX_REMINDERS);
        // stored in whole seconds, like an activity's reminders
        Preconditions.check(defaultDuration.getNano() == 0, "template.defaultDuration", "must be whole seconds");
        for (Duration before : reminders) {
            Preconditions.check(before != null && !before.isNegative() && before.compareTo(Reminder.MAX_BEFORE) <= 0
                            && before.getNano() == 0, "template.reminders",
                    "each must be whole seconds between 0 and " + Reminder.MAX_BEFORE.toDays() + " days");
        }
    }

    private static void requireWellFormed(String text, String field) {
        if (text == null) {
            return;
        }
        String rest = PLACEHOLDER.matcher(text).replaceAll("");
        if (rest.contains("{{") || rest.contains("}}")) {
            throw new ValidationException(field, "has a malformed placeholder: write {{name}}, a name of letters, "
                    + "digits, '_', '.' or '-' starting with a letter");
        }
    }

    /** The placeholder names a text uses (none for null). */
    public static Set<String> placeholdersIn(String text) {
        Set<String> names = new TreeSet<>();
        collect(text, names);
        return names;
    }

    /** The placeholder names the subject and body use. */
    public Set<String> placeholders() {
        Set<String> names = new TreeSet<>();
        collect(subject, names);
        collect(body, names);
        return names;
    }

    /** The subject with placeholders filled. */
    public String subjectWith(Map<String, String> values) {
        return fill(subject, values, "subject");
    }

    /** The body with placeholders filled, or null. */
    public String bodyWith(Map<String, String> values) {
        return body == null ? null : fill(body, values, "body");
    }

    private static void collect(String text, Set<String> names) {
        if (text != null) {
            Matcher m = PLACEHOLDER.matcher(text);
            while (m.find()) {
                names.add(m.group(1));
            }
        }
    }

    private String fill(String text, Map<String, String> values, String field) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new ValidationException("values." + m.group(1), "is used by the " + field
                        + " of template '" + key + "' but was not given");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
