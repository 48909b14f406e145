package org.smartbizflow.crm.lead.nurture;

import java.util.regex.Pattern;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * One step of a nurture sequence. Every step has a key unique in its sequence, which branches
 * jump to and the run history names. Texts may use the placeholders {@code {{name}}} and
 * {@code {{company}}}, filled from the lead when the step runs.
 */
public sealed interface NurtureStep {

    /** The key a branch uses to end the sequence instead of jumping to a step. */
    String END = "end";

    /** The step's key: lower-case letters, digits, {@code _} and {@code -}, at most 40. */
    String key();

    /**
     * Send the lead an e-mail through the host's {@code EmailGateway}.
     *
     * @param key     step key
     * @param subject subject line
     * @param body    plain-text body
     */
    record SendEmail(String key, String subject, String body) implements NurtureStep {
        public SendEmail {
            key = Keys.check(key);
            subject = Preconditions.maxLength(Preconditions.notBlank(subject, "step.subject"), 200, "step.subject");
            body = Preconditions.maxLength(Preconditions.notNull(body, "step.body"), 10_000, "step.body");
        }
    }

    /**
     * Create a follow-up task for the lead's owner.
     *
     * @param key       step key
     * @param subject   what to do
     * @param dueInDays days from the step's run until the task is due
     */
    record CreateTask(String key, String subject, int dueInDays) implements NurtureStep {
        public CreateTask {
            key = Keys.check(key);
            subject = Preconditions.maxLength(Preconditions.notBlank(subject, "step.subject"), 200, "step.subject");
            Preconditions.check(dueInDays >= 0 && dueInDays <= 365, "step.dueInDays", "must be 0 to 365");
        }
    }

    /**
     * Wait before the next step.
     *
     * @param key    step key
     * @param amount how long, in the unit
     * @param unit   calendar days, or hours inside the sequence's business calendar
     */
    record Wait(String key, int amount, WaitUnit unit) implements NurtureStep {
        public Wait {
            key = Keys.check(key);
            Preconditions.notNull(unit, "step.unit");
            Preconditions.check(amount >= 1 && amount <= 10_000, "step.amount", "must be 1 to 10000");
        }

        public static Wait days(String key, int days) {
            return new Wait(key, days, WaitUnit.DAYS);
        }

        public static Wait businessHours(String key, int hours) {
            return new Wait(key, hours, WaitUnit.BUSINESS_HOURS);
        }
    }

    /**
     * Continue at one step or another depending on whether the lead engaged with the
     * sequence's e-mails.
     *
     * @param key        step key
     * @param engagement the engagement asked for (a click or reply counts as an open)
     * @param emailStep  the key of the e-mail step it must be about, or null for any e-mail of
     *                   this enrolment
     * @param ifEngaged  the step to continue at when it happened, or {@link #END}
     * @param otherwise  the step to continue at when it did not, or {@link #END}
     */
    record Branch(String key, Engagement engagement, String emailStep, String ifEngaged, String otherwise)
            implements NurtureStep {
        public Branch {
            key = Keys.check(key);
            Preconditions.notNull(engagement, "step.engagement");
            emailStep = emailStep == null ? null : Keys.check(emailStep);
            ifEngaged = Keys.check(ifEngaged);
            otherwise = Keys.check(otherwise);
        }
    }

    /** How a wait is measured. */
    enum WaitUnit { DAYS, BUSINESS_HOURS }

    /** The form of step keys. */
    final class Keys {
        private static final Pattern KEY = Pattern.compile("[a-z0-9_-]{1,40}");

        private Keys() {
        }

        static String check(String key) {
            String clean = Preconditions.notBlank(key, "step.key");
            Preconditions.check(KEY.matcher(clean).matches(), "step.key",
                    "must be 1 to 40 lower-case letters, digits, '_' or '-': " + clean);
            return clean;
        }
    }
}
