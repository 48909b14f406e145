package org.smartbizflow.crm.scoring.predict;

import java.time.Instant;
import org.smartbizflow.crm.scoring.LeadProfile;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * A historical lead for training a conversion model: its profile, the moment it is seen as
 * of (before the outcome was known, so engagement after the decision does not leak in), and
 * whether it converted.
 *
 * @param profile   the lead as it was
 * @param asOf      the moment the features are taken at
 * @param converted whether it converted
 */
public record LabelledLead(LeadProfile profile, Instant asOf, boolean converted) {

    public LabelledLead {
        Preconditions.notNull(profile, "profile");
        Preconditions.notNull(asOf, "asOf");
    }
}
