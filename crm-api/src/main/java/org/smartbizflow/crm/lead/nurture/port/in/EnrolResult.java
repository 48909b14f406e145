package org.smartbizflow.crm.lead.nurture.port.in;

import org.smartbizflow.crm.lead.nurture.EnrolmentId;

/** What enrolling a lead did. */
public sealed interface EnrolResult {

    /**
     * The lead is now enrolled.
     *
     * @param enrolmentId the new enrolment
     */
    record Enrolled(EnrolmentId enrolmentId) implements EnrolResult {
    }

    /**
     * The lead already goes through this sequence; nothing changed.
     *
     * @param enrolmentId the active enrolment
     */
    record AlreadyEnrolled(EnrolmentId enrolmentId) implements EnrolResult {
    }

    /**
     * The lead cannot be nurtured (converted, merged or disqualified).
     *
     * @param reason why
     */
    record Refused(String reason) implements EnrolResult {
    }
}
