package org.smartbizflow.crm.lead.nurture;

/** Where an enrolment stands: running, through all its steps, or ended early. */
public enum EnrolmentStatus {
    ACTIVE, COMPLETED, ENDED
}
