package org.smartbizflow.crm.sales.proposal.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.sales.proposal.Proposal;
import org.smartbizflow.crm.sales.proposal.ProposalVersion;

/**
 * Attach a proposal document to a deal.
 *
 * @param opportunityId the deal
 * @param title         title
 * @param documentUri   where the document lives (the host's document store)
 * @param fileName      its file name
 * @param note          optional note
 */
public record CreateProposal(@NotNull OpportunityId opportunityId, @NotBlank @Size(max = Proposal.TITLE_MAX) String title,
                             @NotBlank @Size(max = ProposalVersion.URI_MAX) String documentUri,
                             @NotBlank @Size(max = ProposalVersion.NAME_MAX) String fileName,
                             @Size(max = ProposalVersion.NOTE_MAX) String note) {
}
