package org.smartbizflow.crm.lead;

import java.util.List;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * Leads a scan takes for the same person, oldest first, with the rule that joined them.
 *
 * @param leads the leads, at least two
 * @param rule  the rule
 * @param score 1 for exact rules, the lowest pairwise similarity for fuzzy ones
 */
public record DuplicateGroup(List<LeadId> leads, DuplicateRule rule, double score) {

    public DuplicateGroup {
        leads = List.copyOf(leads);
        Preconditions.check(leads.size() >= 2, "leads", "a group needs two leads");
        Preconditions.notNull(rule, "rule");
    }
}
