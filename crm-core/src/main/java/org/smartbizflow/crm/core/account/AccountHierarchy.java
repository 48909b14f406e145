package org.smartbizflow.crm.core.account;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.smartbizflow.crm.account.Account;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.account.AccountNode;
import org.smartbizflow.crm.account.HierarchyRollup;
import org.smartbizflow.crm.account.MoveResult;
import org.smartbizflow.crm.account.port.in.MoveAccount;
import org.smartbizflow.crm.account.port.out.AccountRepository;
import org.smartbizflow.crm.shared.Action;
import org.smartbizflow.crm.shared.ConcurrencyConflictException;
import org.smartbizflow.crm.shared.FieldChange;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * Moves in the account hierarchy and the queries over it. A move is checked against the new
 * parent's ancestors as the store has them after locking the accounts involved, so two
 * concurrent moves cannot together build a cycle that each alone would not.
 */
final class AccountHierarchy {

    private final AccountService service;
    private final AccountRepository accounts;

    AccountHierarchy(AccountService service) {
        this.service = service;
        this.accounts = service.accounts();
    }

    MoveResult move(MoveAccount command) {
        service.runtime().validate(command);
        return service.runtime().transactions().inTransaction(() -> {
            AccountId target = command.newParentId();
            if (command.accountId().equals(target)) {
                return new MoveResult.Refused("an account cannot be its own parent");
            }
            if (target != null) {
                Set<AccountId> involved = new LinkedHashSet<>();
                involved.add(command.accountId());
                involved.add(target);
                accounts.ancestors(service.tenant(), target).forEach(node -> involved.add(node.id()));
                accounts.lockForHierarchyChange(service.tenant(), involved);
            }
            Account account = service.load(command.accountId());
            service.runtime().requireAccess(service.context(), Action.UPDATE, AccountService.access(account.view()));
            if (command.expectedVersion() != null && command.expectedVersion() != account.version()) {
                throw new ConcurrencyConflictException(AccountService.RECORD_TYPE, account.id(),
                        command.expectedVersion());
            }
            if (Objects.equals(account.parentId(), target)) {
                return new MoveResult.Unchanged(target);
            }
            if (target != null) {
                Account parent = service.load(target);
                List<AccountNode> above = accounts.ancestors(service.tenant(), target);
                if (above.stream().anyMatch(node -> node.id().equals(account.id()))) {
                    return new MoveResult.Refused(parent.profile().legalName() + " is below "
                            + account.profile().legalName() + "; moving it there would make a cycle");
                }
            }
            AccountId from = account.parentId();
            Instant now = service.runtime().clock().instant();
            FieldChange change = account.moveUnder(target, service.actor(), now);
            accounts.update(account);
            service.audit(account.id(), List.of(change));
            service.runtime().recordEvents(account.pullEvents());
            return new MoveResult.Moved(from, target);
        });
    }

    List<AccountNode> subtree(AccountId root) {
        Preconditions.notNull(root, "root");
        return service.readable(root, () -> accounts.subtree(service.tenant(), root));
    }

    List<AccountNode> ancestors(AccountId account) {
        Preconditions.notNull(account, "account");
        return service.readable(account, () -> accounts.ancestors(service.tenant(), account));
    }

    HierarchyRollup rollup(AccountId root) {
        Preconditions.notNull(root, "root");
        return service.readable(root, () -> accounts.rollup(service.tenant(), root));
    }
}
