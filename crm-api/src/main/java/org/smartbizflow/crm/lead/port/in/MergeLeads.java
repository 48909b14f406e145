package org.smartbizflow.crm.lead.port.in;

import jakarta.validation.constraints.NotNull;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.lead.MergeChoices;

/**
 * Merge one lead into another.
 *
 * @param survivor the lead that remains
 * @param merged   the lead that becomes a tombstone pointing at the survivor
 * @param choices  which lead wins each field
 */
public record MergeLeads(@NotNull LeadId survivor, @NotNull LeadId merged, @NotNull MergeChoices choices) {

    public static MergeLeads of(LeadId survivor, LeadId merged) {
        return new MergeLeads(survivor, merged, MergeChoices.fillBlanks());
    }
}
