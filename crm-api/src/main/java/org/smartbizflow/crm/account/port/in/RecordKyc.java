package org.smartbizflow.crm.account.port.in;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.account.DocumentReference;
import org.smartbizflow.crm.account.KycStatus;

/**
 * Record the outcome of a KYC review.
 *
 * @param accountId  the account
 * @param status     the KYC status now
 * @param reviewedOn when it was reviewed
 * @param reviewDue  when the next review is due, or null
 * @param documents  the documents the review rests on (replacing those held before)
 */
public record RecordKyc(@NotNull AccountId accountId, @NotNull KycStatus status, LocalDate reviewedOn,
                        LocalDate reviewDue, @NotNull List<DocumentReference> documents) {
}
