package org.smartbizflow.crm.scoring;

/**
 * The kinds of engagement scoring rules can count. A host maps its activities and marketing
 * events onto these; anything else is {@link #OTHER}.
 */
public enum EngagementType {
    EMAIL_OPENED,
    EMAIL_CLICKED,
    EMAIL_REPLIED,
    FORM_SUBMITTED,
    WEB_VISIT,
    CONTENT_DOWNLOADED,
    WEBINAR_ATTENDED,
    CALL_HELD,
    MEETING_HELD,
    UNSUBSCRIBED,
    OTHER
}
