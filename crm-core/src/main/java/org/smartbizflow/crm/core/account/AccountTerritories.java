package org.smartbizflow.crm.core.account;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.smartbizflow.crm.account.Account;
import org.smartbizflow.crm.account.AccountFilter;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.account.AccountView;
import org.smartbizflow.crm.account.AssignmentRule;
import org.smartbizflow.crm.account.Territory;
import org.smartbizflow.crm.account.TerritoryCount;
import org.smartbizflow.crm.account.TerritoryId;
import org.smartbizflow.crm.account.port.in.DefineTerritory;
import org.smartbizflow.crm.account.port.in.RealignmentPreview;
import org.smartbizflow.crm.account.port.in.RealignmentResult;
import org.smartbizflow.crm.account.port.in.Reassignment;
import org.smartbizflow.crm.account.port.in.SearchAccounts;
import org.smartbizflow.crm.account.port.out.TerritoryRepository;
import org.smartbizflow.crm.shared.Action;
import org.smartbizflow.crm.shared.CrmException;
import org.smartbizflow.crm.shared.FieldChange;
import org.smartbizflow.crm.shared.NotFoundException;
import org.smartbizflow.crm.shared.Page;
import org.smartbizflow.crm.shared.PageRequest;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.RecordAccess;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * The territory tree and rule-based assignment. Rules are evaluated in the core against
 * account views, a page at a time, because they are arbitrary boolean expressions over the
 * profile; the counts per territory come from the store.
 */
final class AccountTerritories {

    static final String RECORD_TYPE = "Territory";
    private static final int PAGE = 500;

    private final AccountService service;
    private final TerritoryRepository territories;

    AccountTerritories(AccountService service) {
        this.service = service;
        this.territories = service.runtime().persistence().territories();
    }

    TerritoryId define(DefineTerritory command) {
        service.runtime().validate(command);
        service.runtime().requireAccess(service.context(), Action.CREATE,
                new RecordAccess(RECORD_TYPE, null, service.actor()));
        return service.runtime().transactions().inTransaction(() -> {
            if (command.parentId() != null && territories.find(service.tenant(), command.parentId()).isEmpty()) {
                throw new ValidationException("parentId", "no territory " + command.parentId());
            }
            Instant now = service.runtime().clock().instant();
            Territory territory = new Territory(new TerritoryId(service.runtime().ids().next()), service.tenant(),
                    command.key(), command.name(), command.parentId(), command.priority(), command.rule(), 0, now, now);
            territories.insert(territory);
            service.runtime().audit(List.of(service.runtime().auditEntry(service.context(), RECORD_TYPE,
                    territory.id(), "rule", null, territory.rule() == null ? null : describe(territory.rule()))));
            return territory.id();
        });
    }

    Territory changeRule(TerritoryId id, AssignmentRule rule, int priority) {
        Preconditions.notNull(id, "territoryId");
        return service.runtime().transactions().inTransaction(() -> {
            Territory territory = territories.find(service.tenant(), id)
                    .orElseThrow(() -> new NotFoundException(RECORD_TYPE, id));
            service.runtime().requireAccess(service.context(), Action.UPDATE,
                    new RecordAccess(RECORD_TYPE, id.toString(), null));
            Territory changed = territory.withRule(rule, priority, service.runtime().clock().instant());
            territories.update(changed);
            service.runtime().audit(List.of(service.runtime().auditEntry(service.context(), RECORD_TYPE, id, "rule",
                    territory.rule() == null ? null : describe(territory.rule()),
                    rule == null ? null : describe(rule))));
            return changed.withVersion(territory.version() + 1);
        });
    }

    /** Parents before children, siblings by key. */
    List<Territory> tree() {
        List<Territory> all = service.runtime().transactions().inTransaction(() -> territories.all(service.tenant()));
        Map<TerritoryId, List<Territory>> children = new HashMap<>();
        List<Territory> roots = new ArrayList<>();
        for (Territory t : all) {
            if (t.parentId() == null) {
                roots.add(t);
            } else {
                children.computeIfAbsent(t.parentId(), k -> new ArrayList<>()).add(t);
            }
        }
        List<Territory> ordered = new ArrayList<>(all.size());
        roots.forEach(root -> visit(root, children, ordered));
        return ordered;
    }

    private static void visit(Territory t, Map<TerritoryId, List<Territory>> children, List<Territory> out) {
        out.add(t);
        children.getOrDefault(t.id(), List.of()).forEach(child -> visit(child, children, out));
    }

    void assign(AccountId accountId, TerritoryId territory) {
        Preconditions.notNull(accountId, "accountId");
        service.runtime().transactions().inTransaction(() -> {
            if (territory != null && territories.find(service.tenant(), territory).isEmpty()) {
                throw new NotFoundException(RECORD_TYPE, territory);
            }
            Account account = service.load(accountId);
            service.runtime().requireAccess(service.context(), Action.UPDATE, AccountService.access(account.view()));
            reassign(account, territory);
            return null;
        });
    }

    private void reassign(Account account, TerritoryId territory) {
        FieldChange change = account.assignTerritory(territory, service.actor(), service.runtime().clock().instant());
        if (change != null) {
            service.accounts().update(account);
            service.audit(account.id(), List.of(change));
            service.runtime().recordEvents(account.pullEvents());
        }
    }

    TerritoryId territoryFor(AccountId accountId) {
        AccountView account = service.get(accountId);
        Rules rules = new Rules(tree());
        return rules.target(account);
    }

    RealignmentPreview preview() {
        Instant preparedAt = service.runtime().clock().instant();
        Rules rules = new Rules(tree());
        List<Reassignment> changes = new ArrayList<>();
        long evaluated = 0;
        SearchAccounts query = new SearchAccounts(AccountFilter.any(), PageRequest.first(PAGE));
        while (true) {
            Page<AccountView> page = service.search(query);
            for (AccountView account : page.items()) {
                if (!service.runtime().accessPolicy().permits(service.context().actor(), Action.UPDATE,
                        AccountService.access(account))) {
                    continue;
                }
                evaluated++;
                TerritoryId target = rules.target(account);
                if (!Objects.equals(target, account.territoryId())) {
                    changes.add(new Reassignment(account.id(), account.legalName(), account.territoryId(), target,
                            account.version()));
                }
            }
            if (!page.hasNext()) {
                break;
            }
            query = new SearchAccounts(AccountFilter.any(), query.page().next(page.next()));
        }
        return new RealignmentPreview(preparedAt, evaluated, changes);
    }

    List<RealignmentResult> apply(RealignmentPreview preview) {
        Preconditions.notNull(preview, "preview");
        List<RealignmentResult> results = new ArrayList<>(preview.changes().size());
        for (Reassignment change : preview.changes()) {
            results.add(applyOne(change));
        }
        return results;
    }

    private RealignmentResult applyOne(Reassignment change) {
        try {
            return service.runtime().transactions().inTransaction(() -> {
                Account account = service.load(change.accountId());
                if (account.version() != change.version()) {
                    return result(change, RealignmentResult.Outcome.SKIPPED, "changed since the preview (version "
                            + change.version() + ", now " + account.version() + ")");
                }
                service.runtime().requireAccess(service.context(), Action.UPDATE,
                        AccountService.access(account.view()));
                if (change.to() != null && territories.find(service.tenant(), change.to()).isEmpty()) {
                    return result(change, RealignmentResult.Outcome.FAILED, "territory " + change.to()
                            + " no longer exists");
                }
                reassign(account, change.to());
                return result(change, RealignmentResult.Outcome.APPLIED, null);
            });
        } catch (CrmException e) {
            return result(change, RealignmentResult.Outcome.FAILED, e.getMessage());
        }
    }

    private static RealignmentResult result(Reassignment change, RealignmentResult.Outcome outcome, String reason) {
        return new RealignmentResult(change.accountId(), outcome, change.from(), change.to(), reason);
    }

    List<TerritoryCount> counts() {
        return service.runtime().transactions().inTransaction(
                () -> service.accounts().countByTerritory(service.tenant()));
    }

    private static String describe(AssignmentRule rule) {
        StringBuilder text = new StringBuilder(rule.expression()).append(" where");
        for (int i = 0; i < rule.conditions().size(); i++) {
            text.append(' ').append(i + 1).append(": ").append(rule.conditions().get(i)).append(';');
        }
        return text.toString();
    }

    /**
     * The rules of a territory tree in the order they are tried: lower priority number first,
     * then the deeper (more specific) territory, then the key.
     */
    private static final class Rules {
        private final List<Territory> ordered;
        private final Map<TerritoryId, Territory> byId = new HashMap<>();

        Rules(List<Territory> tree) {
            tree.forEach(t -> byId.put(t.id(), t));
            Map<TerritoryId, Integer> depth = new HashMap<>();
            for (Territory t : tree) {
                depth.put(t.id(), t.parentId() == null ? 0 : depth.getOrDefault(t.parentId(), 0) + 1);
            }
            ordered = tree.stream().filter(t -> t.rule() != null)
                    .sorted(Comparator.comparingInt(Territory::priority)
                            .thenComparing(t -> -depth.get(t.id()))
                            .thenComparing(Territory::key))
                    .toList();
        }

        /**
         * The territory the rules give the account. When none matches, an account placed by
         * hand in a territory without a rule stays there; one placed by a rule leaves it.
         */
        TerritoryId target(AccountView account) {
            for (Territory t : ordered) {
                if (t.rule().matches(account)) {
                    return t.id();
                }
            }
            Territory current = account.territoryId() == null ? null : byId.get(account.territoryId());
            return current != null && current.rule() == null ? current.id() : null;
        }
    }
}
