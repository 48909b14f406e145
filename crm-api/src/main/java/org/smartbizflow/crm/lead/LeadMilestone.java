package org.smartbizflow.crm.lead;

/** A point in a lead's life that analytics measure the time to, from its capture. */
public enum LeadMilestone {
    /** The first time the lead became QUALIFIED. */
    QUALIFIED,
    /** The lead's conversion. */
    CONVERTED;

    /** Whole seconds from capture to this milestone, or null when the lead has not reached it. */
    public Long secondsToReach(LeadView lead) {
        java.time.Instant at = this == QUALIFIED ? lead.qualifiedAt() : lead.convertedAt();
        return at == null ? null : java.time.Duration.between(lead.createdAt(), at).getSeconds();
    }
}
