package org.smartbizflow.crm.lead.port.in;

import java.util.List;
import org.smartbizflow.crm.lead.DuplicateGroup;
import org.smartbizflow.crm.lead.DuplicateMatch;
import org.smartbizflow.crm.lead.LeadFilter;

/** Find leads that are the same person, by the CRM's duplicate rules. */
public interface FindDuplicatesUseCase {

    /**
     * Stored leads the candidate would duplicate (check before capture, or show a warning).
     * Fuzzy candidates are looked up by a word of the company (or, without one, of the name)
     * and only the first 1,000 such leads are compared.
     */
    List<DuplicateMatch> duplicatesOf(CaptureLead candidate);

    /**
     * Groups of duplicates among the visible leads a filter selects. Reads the selection page
     * by page; fuzzy matching compares leads whose names share a blocking key (first letter of
     * the first word, first two of the last), so memory grows with the selection: scan a
     * period or a segment at a time on very large tenants.
     */
    List<DuplicateGroup> scanDuplicates(LeadFilter scope);
}
