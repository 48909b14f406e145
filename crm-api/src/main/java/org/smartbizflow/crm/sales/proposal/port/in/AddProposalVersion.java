package org.smartbizflow.crm.sales.proposal.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.smartbizflow.crm.sales.proposal.ProposalId;
import org.smartbizflow.crm.sales.proposal.ProposalVersion;

/**
 * Add a new version of a proposal's document.
 *
 * @param proposalId  the proposal
 * @param documentUri where the new document lives
 * @param fileName    its file name
 * @param note        what changed, optional
 */
public record AddProposalVersion(@NotNull ProposalId proposalId,
                                 @NotBlank @Size(max = ProposalVersion.URI_MAX) String documentUri,
                                 @NotBlank @Size(max = ProposalVersion.NAME_MAX) String fileName,
                                 @Size(max = ProposalVersion.NOTE_MAX) String note) {
}
