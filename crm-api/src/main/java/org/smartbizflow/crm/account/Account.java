package org.smartbizflow.crm.account;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.smartbizflow.crm.shared.CustomValue;
import org.smartbizflow.crm.shared.FieldChange;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;

/**
 * An organisation the tenant sells to: the aggregate that owns the account's profile, owner
 * and place in the account hierarchy, and records what changed as events and field changes.
 *
 * <p>Create new accounts with {@link #create}; rebuild stored ones with {@link #restore}.
 * Time is always passed in, never read here. Whether a move in the hierarchy would make a
 * cycle depends on other accounts, so the use case checks that against storage before
 * calling {@link #moveUnder}; the aggregate refuses only what it can see itself.
 */
public final class Account {

    private final AccountId id;
    private final TenantId tenantId;
    private UserId ownerId;
    private AccountProfile profile;
    private AccountId parentId;
    private TerritoryId territoryId;
    private Compliance compliance;
    private final long version;
    private final Instant createdAt;
    private Instant updatedAt;
    private final List<AccountEvent> events = new ArrayList<>();

    private Account(AccountView state) {
        this.id = state.id();
        this.tenantId = state.tenantId();
        this.ownerId = state.ownerId();
        this.profile = state.profile();
        this.parentId = state.parentId();
        this.territoryId = state.territoryId();
        this.compliance = state.compliance();
        this.version = state.version();
        this.createdAt = state.createdAt();
        this.updatedAt = state.updatedAt();
    }

    /** A new top-level account, recording {@link AccountEvent.AccountCreated}. */
    public static Account create(AccountId id, TenantId tenantId, UserId ownerId, AccountProfile profile,
                                 UserId actor, Instant now) {
        Preconditions.notNull(now, "now");
        Account account = new Account(new AccountView(id, tenantId, ownerId, profile, null, 0, now, now));
        account.events.add(new AccountEvent.AccountCreated(tenantId, id, profile.legalName(), ownerId, actor, now));
        return account;
    }

    /** Rebuilds a stored account; records no events. */
    public static Account restore(AccountView state) {
        return new Account(Objects.requireNonNull(state, "state"));
    }

    /**
     * Replaces the profile with a new one.
     *
     * @return the fields that changed (empty when the new profile equals the old)
     */
    public List<FieldChange> updateProfile(AccountProfile newProfile, UserId actor, Instant now) {
        Preconditions.notNull(newProfile, "profile");
        List<FieldChange> changes = profileChanges(profile, newProfile);
        if (!changes.isEmpty()) {
            profile = newProfile;
            updatedAt = now;
            events.add(new AccountEvent.AccountProfileChanged(tenantId, id, changes, actor, now));
        }
        return changes;
    }

    /**
     * Hands the account to another owner.
     *
     * @return the change, or null when the account already had that owner
     */
    public FieldChange assignTo(UserId newOwner, UserId actor, Instant now) {
        Preconditions.notNull(newOwner, "owner");
        FieldChange change = FieldChange.between("owner", ownerId, newOwner);
        if (change != null) {
            UserId previous = ownerId;
            ownerId = newOwner;
            updatedAt = now;
            events.add(new AccountEvent.AccountOwnerChanged(tenantId, id, previous, newOwner, actor, now));
        }
        return change;
    }

    /**
     * Puts this account (and so its whole subtree) under another parent, or at the top level
     * for a null parent. The caller has checked that the new parent is not inside this
     * account's subtree.
     *
     * @return the change, or null when the account already had that parent
     */
    public FieldChange moveUnder(AccountId newParent, UserId actor, Instant now) {
        Preconditions.check(!id.equals(newParent), "parentId", "an account cannot be its own parent");
        FieldChange change = FieldChange.between("parent", parentId, newParent);
        if (change != null) {
            AccountId previous = parentId;
            parentId = newParent;
            updatedAt = now;
            events.add(new AccountEvent.AccountMoved(tenantId, id, previous, newParent, actor, now));
        }
        return change;
    }

    /**
     * Puts the account in a territory, or in none for null.
     *
     * @return the change, or null when the account was already there
     */
    public FieldChange assignTerritory(TerritoryId territory, UserId actor, Instant now) {
        FieldChange change = FieldChange.between("territory", territoryId, territory);
        if (change != null) {
            TerritoryId previous = territoryId;
            territoryId = territory;
            updatedAt = now;
            events.add(new AccountEvent.AccountTerritoryChanged(tenantId, id, previous, territory, actor, now));
        }
        return change;
    }

    /**
     * Records the outcome of a KYC review: status, review dates and the documents it rests on.
     *
     * @return the fields that changed
     */
    public List<FieldChange> recordKyc(KycStatus status, LocalDate reviewedOn, LocalDate reviewDue,
                                       List<DocumentReference> documents, UserId actor, Instant now) {
        return changeCompliance(compliance.withKyc(status, reviewedOn, reviewDue, documents), actor, now);
    }

    /**
     * Records what a sanctions/watch-list screening found (an empty list: screened clean).
     *
     * @return the fields that changed
     */
    public List<FieldChange> recordScreening(List<ScreeningFlag> flags, UserId actor, Instant screenedAt) {
        return changeCompliance(compliance.withScreening(flags, screenedAt), actor, screenedAt);
    }

    private List<FieldChange> changeCompliance(Compliance next, UserId actor, Instant now) {
        List<FieldChange> changes = new ArrayList<>();
        add(changes, FieldChange.between("kycStatus", compliance.kycStatus(), next.kycStatus()));
        add(changes, FieldChange.between("kycReviewedOn", compliance.reviewedOn(), next.reviewedOn()));
        add(changes, FieldChange.between("kycReviewDue", compliance.reviewDue(), next.reviewDue()));
        add(changes, FieldChange.between("documents", joined(compliance.documents()), joined(next.documents())));
        add(changes, FieldChange.between("screeningFlags", joined(compliance.flags()), joined(next.flags())));
        add(changes, FieldChange.between("screenedAt", compliance.screenedAt(), next.screenedAt()));
        if (!changes.isEmpty()) {
            compliance = next;
            updatedAt = now;
            events.add(new AccountEvent.AccountComplianceChanged(tenantId, id, next.kycStatus(), next.sanctioned(),
                    changes, actor, now));
        }
        return changes;
    }

    /**
     * The field changes from one profile to another, one per changed field (custom fields per
     * key): what the audit log records.
     *
     * @param before the profile before, or null for a new account (every set field is a change)
     * @param after  the profile after
     */
    public static List<FieldChange> profileChanges(AccountProfile before, AccountProfile after) {
        Preconditions.notNull(after, "profile");
        AccountProfile was = before;
        List<FieldChange> changes = new ArrayList<>();
        add(changes, FieldChange.between("legalName", was == null ? null : was.legalName(), after.legalName()));
        add(changes, FieldChange.between("domains", was == null ? null : joined(was.domains()),
                joined(after.domains())));
        add(changes, FieldChange.between("industry", was == null ? null : was.industry(), after.industry()));
        add(changes, FieldChange.between("sizeBand", was == null ? null : was.sizeBand(), after.sizeBand()));
        add(changes, FieldChange.between("annualRevenue", was == null ? null : was.annualRevenue(),
                after.annualRevenue()));
        add(changes, FieldChange.between("addresses", was == null ? null : joined(was.addresses()),
                joined(after.addresses())));
        add(changes, FieldChange.between("taxIds", was == null ? null : joined(was.taxIds()),
                joined(after.taxIds())));
        add(changes, FieldChange.between("team", was == null ? null : was.team(), after.team()));
        Set<String> keys = new TreeSet<>(after.customFields().values().keySet());
        if (was != null) {
            keys.addAll(was.customFields().values().keySet());
        }
        for (String key : keys) {
            add(changes, FieldChange.between("custom." + key,
                    was == null ? null : was.customFields().get(key).map(CustomValue::asText).orElse(null),
                    after.customFields().get(key).map(CustomValue::asText).orElse(null)));
        }
        add(changes, FieldChange.between("tags", was == null ? null : joined(was.tags()), joined(after.tags())));
        return changes;
    }

    private static String joined(java.util.Collection<?> values) {
        return values.isEmpty() ? null : values.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static void add(List<FieldChange> changes, FieldChange change) {
        if (change != null) {
            changes.add(change);
        }
    }

    /** Events recorded since the account was created or loaded; the list is cleared. */
    public List<AccountEvent> pullEvents() {
        List<AccountEvent> pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }

    public AccountView view() {
        return new AccountView(id, tenantId, ownerId, profile, parentId, territoryId, compliance, version, createdAt,
                updatedAt);
    }

    public AccountId id() {
        return id;
    }

    public TenantId tenantId() {
        return tenantId;
    }

    public UserId ownerId() {
        return ownerId;
    }

    public AccountProfile profile() {
        return profile;
    }

    public AccountId parentId() {
        return parentId;
    }

    public TerritoryId territoryId() {
        return territoryId;
    }

    public Compliance compliance() {
        return compliance;
    }

    public long version() {
        return version;
    }
}
