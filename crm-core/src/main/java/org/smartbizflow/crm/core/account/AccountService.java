package org.smartbizflow.crm.core.account;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import org.smartbizflow.crm.account.Account;
import org.smartbizflow.crm.account.AccountFilter;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.account.AccountNames;
import org.smartbizflow.crm.account.AccountNode;
import org.smartbizflow.crm.account.AccountRelationship;
import org.smartbizflow.crm.account.AccountView;
import org.smartbizflow.crm.account.AssignmentRule;
import org.smartbizflow.crm.account.DomainName;
import org.smartbizflow.crm.account.HierarchyRollup;
import org.smartbizflow.crm.account.MoveResult;
import org.smartbizflow.crm.account.RelationshipGraph;
import org.smartbizflow.crm.account.Territory;
import org.smartbizflow.crm.account.TerritoryCount;
import org.smartbizflow.crm.account.TerritoryId;
import org.smartbizflow.crm.account.port.in.AccountImportOptions;
import org.smartbizflow.crm.account.port.in.AccountImportReport;
import org.smartbizflow.crm.account.port.in.AccountNextActions;
import org.smartbizflow.crm.account.port.in.Accounts;
import org.smartbizflow.crm.account.port.in.CreateAccount;
import org.smartbizflow.crm.account.port.in.DefineTerritory;
import org.smartbizflow.crm.account.port.in.MoveAccount;
import org.smartbizflow.crm.account.port.in.RealignmentPreview;
import org.smartbizflow.crm.account.port.in.RealignmentResult;
import org.smartbizflow.crm.account.port.in.RecordKyc;
import org.smartbizflow.crm.account.port.in.RelateAccounts;
import org.smartbizflow.crm.account.port.in.SearchAccounts;
import org.smartbizflow.crm.account.port.in.UpdateAccount;
import org.smartbizflow.crm.account.port.out.AccountRepository;
import org.smartbizflow.crm.core.runtime.CoreRuntime;
import org.smartbizflow.crm.core.transfer.ImportFiles;
import org.smartbizflow.crm.shared.Action;
import org.smartbizflow.crm.shared.AuditEntry;
import org.smartbizflow.crm.shared.CallContext;
import org.smartbizflow.crm.shared.ConcurrencyConflictException;
import org.smartbizflow.crm.shared.FieldChange;
import org.smartbizflow.crm.shared.NotFoundException;
import org.smartbizflow.crm.shared.Page;
import org.smartbizflow.crm.shared.PageRequest;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.RecordAccess;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;
import org.smartbizflow.crm.shared.ValidationException;
import org.smartbizflow.crm.shared.Visibility;

/** The account use cases for one tenant and actor. */
final class AccountService implements Accounts {

    static final String RECORD_TYPE = "Account";

    private final CoreRuntime runtime;
    private final CallContext context;
    private final AccountRepository accounts;
    private final AccountHierarchy hierarchy;
    private final AccountRelationships relationships;
    private final AccountTerritories territories;
    private final AccountCompliance compliance;
    private final AccountActions actions;

    AccountService(CoreRuntime runtime, CallContext context) {
        this.runtime = runtime;
        this.context = context;
        this.accounts = runtime.persistence().accounts();
        this.hierarchy = new AccountHierarchy(this);
        this.relationships = new AccountRelationships(this);
        this.territories = new AccountTerritories(this);
        this.compliance = new AccountCompliance(this);
        this.actions = new AccountActions(this);
    }

    CoreRuntime runtime() {
        return runtime;
    }

    CallContext context() {
        return context;
    }

    TenantId tenant() {
        return context.tenantId();
    }

    UserId actor() {
        return context.actor().userId();
    }

    AccountRepository accounts() {
        return accounts;
    }

    /** Runs a query about an account after checking the actor may read that account. */
    <T> T readable(AccountId id, Supplier<T> query) {
        return runtime.transactions().inTransaction(() -> {
            runtime.requireAccess(context, Action.READ, access(load(id).view()));
            return query.get();
        });
    }

    @Override
    public MoveResult move(MoveAccount command) {
        return hierarchy.move(command);
    }

    @Override
    public List<AccountNode> subtree(AccountId root) {
        return hierarchy.subtree(root);
    }

    @Override
    public List<AccountNode> ancestors(AccountId account) {
        return hierarchy.ancestors(account);
    }

    @Override
    public HierarchyRollup rollup(AccountId root) {
        return hierarchy.rollup(root);
    }

    @Override
    public UUID relate(RelateAccounts command) {
        return relationships.relate(command);
    }

    @Override
    public AccountRelationship endRelationship(UUID relationshipId, LocalDate endsOn) {
        return relationships.end(relationshipId, endsOn);
    }

    @Override
    public List<AccountRelationship> relationships(AccountId account) {
        return relationships.of(account);
    }

    @Override
    public RelationshipGraph graph(AccountId center, int depth, LocalDate day) {
        return relationships.graph(center, depth, day);
    }

    @Override
    public TerritoryId defineTerritory(DefineTerritory command) {
        return territories.define(command);
    }

    @Override
    public Territory changeRule(TerritoryId territory, AssignmentRule rule, int priority) {
        return territories.changeRule(territory, rule, priority);
    }

    @Override
    public List<Territory> territories() {
        return territories.tree();
    }

    @Override
    public void assignTerritory(AccountId account, TerritoryId territory) {
        territories.assign(account, territory);
    }

    @Override
    public TerritoryId territoryFor(AccountId account) {
        return territories.territoryFor(account);
    }

    @Override
    public RealignmentPreview previewRealignment() {
        return territories.preview();
    }

    @Override
    public List<RealignmentResult> applyRealignment(RealignmentPreview preview) {
        return territories.apply(preview);
    }

    @Override
    public List<TerritoryCount> accountsByTerritory() {
        return territories.counts();
    }

    @Override
    public AccountView recordKyc(RecordKyc command) {
        return compliance.recordKyc(command);
    }

    @Override
    public AccountView screen(AccountId account) {
        return compliance.screen(account);
    }

    @Override
    public Page<AccountView> dueForReview(LocalDate day, PageRequest page) {
        return compliance.dueForReview(day, page);
    }

    @Override
    public AccountNextActions nextActions(AccountId accountId) {
        return actions.nextActions(accountId);
    }

    @Override
    public AccountId create(CreateAccount command) {
        runtime.validate(command);
        UserId owner = command.ownerId() != null ? command.ownerId() : context.actor().userId();
        runtime.requireAccess(context, Action.CREATE, new RecordAccess(RECORD_TYPE, null, owner));
        return runtime.transactions().inTransaction(() -> {
            Instant now = runtime.clock().instant();
            if (command.parentId() != null) {
                AccountView parent = accounts.find(context.tenantId(), command.parentId())
                        .orElseThrow(() -> new ValidationException("parentId", "no account " + command.parentId()))
                        .view();
                runtime.requireAccess(context, Action.READ, access(parent));
            }
            Account account = Account.create(new AccountId(runtime.ids().next()), context.tenantId(), owner,
                    command.profile(), context.actor().userId(), now);
            FieldChange parent = command.parentId() == null ? null
                    : account.moveUnder(command.parentId(), context.actor().userId(), now);
            accounts.insert(account);
            List<FieldChange> fields = new ArrayList<>(Account.profileChanges(null, command.profile()));
            fields.add(new FieldChange("owner", null, owner.value()));
            if (parent != null) {
                fields.add(parent);
            }
            audit(account.id(), fields);
            runtime.recordEvents(account.pullEvents());
            return account.id();
        });
    }

    @Override
    public AccountView update(UpdateAccount command) {
        runtime.validate(command);
        return runtime.transactions().inTransaction(() -> {
            Account account = load(command.accountId());
            runtime.requireAccess(context, Action.UPDATE, access(account.view()));
            if (command.expectedVersion() != null && command.expectedVersion() != account.version()) {
                throw new ConcurrencyConflictException(RECORD_TYPE, account.id(), command.expectedVersion());
            }
            Instant now = runtime.clock().instant();
            UserId actor = context.actor().userId();
            List<FieldChange> changes = new ArrayList<>(account.updateProfile(command.profile(), actor, now));
            if (command.ownerId() != null) {
                FieldChange owner = account.assignTo(command.ownerId(), actor, now);
                if (owner != null) {
                    changes.add(owner);
                }
            }
            if (changes.isEmpty()) {
                return account.view();
            }
            accounts.update(account);
            audit(account.id(), changes);
            runtime.recordEvents(account.pullEvents());
            return account.view().withVersion(account.version() + 1);
        });
    }

    @Override
    public AccountView get(AccountId id) {
        Preconditions.notNull(id, "accountId");
        AccountView account = runtime.transactions().inTransaction(() -> load(id).view());
        runtime.requireAccess(context, Action.READ, access(account));
        return account;
    }

    @Override
    public Page<AccountView> search(SearchAccounts query) {
        runtime.validate(query);
        AccountFilter visible = restrictToVisible(query.filter());
        if (visible == null) {
            return Page.last(List.of());
        }
        return runtime.transactions().inTransaction(() -> accounts.search(context.tenantId(), visible, query.page()));
    }

    @Override
    public long count(SearchAccounts query) {
        runtime.validate(query);
        AccountFilter visible = restrictToVisible(query.filter());
        if (visible == null) {
            return 0;
        }
        return runtime.transactions().inTransaction(() -> accounts.count(context.tenantId(), visible));
    }

    @Override
    public List<AccountView> findByDomain(DomainName domain) {
        Preconditions.notNull(domain, "domain");
        return visibleOnly(runtime.transactions().inTransaction(
                () -> accounts.findByDomain(context.tenantId(), domain)));
    }

    @Override
    public List<AccountView> findByName(String name) {
        String key = AccountNames.normalise(Preconditions.notBlank(name, "name"));
        return visibleOnly(runtime.transactions().inTransaction(
                () -> accounts.findByNormalisedName(context.tenantId(), key)));
    }

    private List<AccountView> visibleOnly(List<AccountView> found) {
        return found.stream()
                .filter(a -> runtime.accessPolicy().permits(context.actor(), Action.READ, access(a)))
                .toList();
    }

    @Override
    public AccountImportReport importCsv(java.nio.file.Path file, AccountImportOptions options) {
        return ImportFiles.read(file, in -> importCsv(in, options));
    }

    @Override
    public AccountImportReport importCsv(java.io.InputStream csv, AccountImportOptions options) {
        Preconditions.notNull(csv, "csv");
        Preconditions.notNull(options, "options");
        return new AccountImport(runtime, context, this, options).run(csv);
    }

    @Override
    public long exportCsv(AccountFilter filter, java.io.OutputStream out) {
        return exportOf(Preconditions.notNull(filter, "filter")).csv(Preconditions.notNull(out, "out"));
    }

    @Override
    public long exportJson(AccountFilter filter, java.io.OutputStream out) {
        return exportOf(Preconditions.notNull(filter, "filter")).json(Preconditions.notNull(out, "out"));
    }

    /**
     * The export of what the filter selects, through the visibility-checked search; its custom
     * columns are the custom fields of the same visible selection, asked of the store first.
     */
    private AccountExport exportOf(AccountFilter filter) {
        return new AccountExport(page -> search(new SearchAccounts(filter, page)), () -> {
            AccountFilter visible = restrictToVisible(filter);
            return visible == null ? new TreeMap<>()
                    : runtime.transactions().inTransaction(() -> accounts.customFieldTypes(context.tenantId(), visible));
        });
    }

    Account load(AccountId id) {
        return accounts.find(context.tenantId(), id).orElseThrow(() -> new NotFoundException(RECORD_TYPE, id));
    }

    /** The filter narrowed to what the actor may see, or null when nothing can match. */
    private AccountFilter restrictToVisible(AccountFilter filter) {
        Visibility visibility = runtime.accessPolicy().visibility(context.actor(), RECORD_TYPE);
        if (visibility instanceof Visibility.OwnedBy ownedBy) {
            Set<UserId> owners = new HashSet<>(ownedBy.owners());
            if (!filter.owners().isEmpty()) {
                owners.retainAll(filter.owners());
            }
            return owners.isEmpty() ? null : filter.withOwners(owners);
        }
        return filter;
    }

    static RecordAccess access(AccountView account) {
        return new RecordAccess(RECORD_TYPE, account.id().toString(), account.ownerId());
    }

    void audit(AccountId id, List<FieldChange> changes) {
        List<AuditEntry> entries = new ArrayList<>(changes.size());
        for (FieldChange change : changes) {
            entries.add(runtime.auditEntry(context, RECORD_TYPE, id, change.field(), change.oldValue(),
                    change.newValue()));
        }
        runtime.audit(entries);
    }
}
