package org.smartbizflow.crm.sales.proposal;

import java.time.Instant;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.UserId;

/**
 * One version of the proposal's document. The CRM keeps a reference to the document (where
 * the host's document store keeps it), not the bytes.
 *
 * @param number      version number, from 1
 * @param documentUri where the document lives, 1 to {@value #URI_MAX} characters
 * @param fileName    its file name, 1 to {@value #NAME_MAX} characters
 * @param note        what changed, optional
 * @param author      who added it
 * @param addedAt     when
 */
public record ProposalVersion(int number, String documentUri, String fileName, String note, UserId author,
                              Instant addedAt) {

    public static final int URI_MAX = 1000;
    public static final int NAME_MAX = 255;
    public static final int NOTE_MAX = 1000;

    public ProposalVersion {
        Preconditions.check(number >= 1, "number", "must be 1 or more");
        documentUri = Preconditions.maxLength(Preconditions.notBlank(documentUri, "documentUri"), URI_MAX, "documentUri");
        fileName = Preconditions.maxLength(Preconditions.notBlank(fileName, "fileName"), NAME_MAX, "fileName");
        note = Preconditions.maxLength(Preconditions.blankToNull(note), NOTE_MAX, "note");
        Preconditions.notNull(author, "author");
        Preconditions.notNull(addedAt, "addedAt");
    }
}
