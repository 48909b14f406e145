package org.smartbizflow.crm.core.account;

import java.time.LocalDate;
import java.util.List;
import org.smartbizflow.crm.account.Account;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.account.AccountView;
import org.smartbizflow.crm.account.ScreeningFlag;
import org.smartbizflow.crm.account.port.in.RecordKyc;
import org.smartbizflow.crm.account.port.out.SanctionsScreening;
import org.smartbizflow.crm.shared.Action;
import org.smartbizflow.crm.shared.FieldChange;
import org.smartbizflow.crm.shared.Page;
import org.smartbizflow.crm.shared.PageRequest;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * KYC records and sanctions screening. The screening service is called outside any
 * transaction (it is remote and slow); its answer is then stored on the account as it is
 * stored at that moment.
 */
final class AccountCompliance {

    private final AccountService service;

    AccountCompliance(AccountService service) {
        this.service = service;
    }

    AccountView recordKyc(RecordKyc command) {
        service.runtime().validate(command);
        return service.runtime().transactions().inTransaction(() -> {
            Account account = service.load(command.accountId());
            service.runtime().requireAccess(service.context(), Action.UPDATE, AccountService.access(account.view()));
            List<FieldChange> changes = account.recordKyc(command.status(), command.reviewedOn(), command.reviewDue(),
                    command.documents(), service.actor(), service.runtime().clock().instant());
            return store(account, changes);
        });
    }

    AccountView screen(AccountId accountId) {
        SanctionsScreening screening = service.runtime().sanctionsScreening();
        if (screening == null) {
            throw new IllegalStateException("no SanctionsScreening is configured: build the Crm with"
                    + " .sanctionsScreening(...) to screen accounts");
        }
        AccountView before = service.get(accountId);
        List<ScreeningFlag> flags = List.copyOf(screening.screen(before));
        return service.runtime().transactions().inTransaction(() -> {
            Account account = service.load(accountId);
            service.runtime().requireAccess(service.context(), Action.UPDATE, AccountService.access(account.view()));
            List<FieldChange> changes = account.recordScreening(flags, service.actor(),
                    service.runtime().clock().instant());
            return store(account, changes);
        });
    }

    private AccountView store(Account account, List<FieldChange> changes) {
        if (changes.isEmpty()) {
            return account.view();
        }
        service.accounts().update(account);
        service.audit(account.id(), changes);
        service.runtime().recordEvents(account.pullEvents());
        return account.view().withVersion(account.version() + 1);
    }

    Page<AccountView> dueForReview(LocalDate day, PageRequest page) {
        Preconditions.notNull(day, "day");
        Preconditions.notNull(page, "page");
        Page<AccountView> due = service.runtime().transactions().inTransaction(
                () -> service.accounts().dueForReview(service.tenant(), day, page));
        return new Page<>(due.items().stream()
                .filter(a -> service.runtime().accessPolicy().permits(service.context().actor(), Action.READ,
                        AccountService.access(a)))
                .toList(), due.next());
    }
}
