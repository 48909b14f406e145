package org.smartbizflow.crm.lead;

import org.smartbizflow.crm.shared.Preconditions;

/**
 * A stored lead that matches another lead or a candidate.
 *
 * @param leadId the stored lead
 * @param rule   the rule that matched
 * @param score  1 for exact rules, the lower of name and company similarity for fuzzy ones
 */
public record DuplicateMatch(LeadId leadId, DuplicateRule rule, double score) {

    public DuplicateMatch {
        Preconditions.notNull(leadId, "leadId");
        Preconditions.notNull(rule, "rule");
    }
}
