package org.smartbizflow.crm.jpa.internal.sales;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** One document version of a proposal, a row of {@code crm_proposal_version}. */
@Embeddable
class ProposalVersionRow {

    @Column(name = "version_number", nullable = false)
    int number;

    @Column(name = "document_uri", nullable = false, length = 1000)
    String documentUri;

    @Column(name = "file_name", nullable = false, length = 255)
    String fileName;

    @Column(name = "note", length = 1000)
    String note;

    @Column(name = "author_id", nullable = false, length = 128)
    String authorId;

    @Column(name = "added_at", nullable = false)
    Instant addedAt;

    protected ProposalVersionRow() {
    }
}
