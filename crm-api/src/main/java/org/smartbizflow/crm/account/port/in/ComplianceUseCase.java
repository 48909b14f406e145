package org.smartbizflow.crm.account.port.in;

import java.time.LocalDate;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.account.AccountView;
import org.smartbizflow.crm.shared.Page;
import org.smartbizflow.crm.shared.PageRequest;

/** KYC records, sanctions screening and review scheduling of accounts. */
public interface ComplianceUseCase {

    /** Stores a KYC review's outcome; returns the account as stored. */
    AccountView recordKyc(RecordKyc command);

    /**
     * Asks the configured {@link org.smartbizflow.crm.account.port.out.SanctionsScreening} about
     * the account and stores its flags.
     *
     * @throws IllegalStateException when the CRM was built without a screening service
     */
    AccountView screen(AccountId account);

    /** Accounts whose review is due on or before the day, soonest first. */
    Page<AccountView> dueForReview(LocalDate day, PageRequest page);
}
