package org.smartbizflow.crm.account;

import java.time.Instant;
import java.util.regex.Pattern;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.TenantId;

/**
 * A sales territory: a node of the territory tree with an optional assignment rule. The key
 * is what a host puts in {@code Actor.territories} for the users who cover it. When several
 * territories' rules match an account, the lowest priority number wins, then the deeper
 * territory (more specific), then the key.
 *
 * @param id        identity
 * @param tenantId  owning tenant
 * @param key       stable key, 1 to 64 characters of {@code a-z0-9_-}
 * @param name      display name, 1 to 200 characters
 * @param parentId  the parent territory, or null for a root
 * @param priority  order among matching rules, lower first
 * @param rule      when accounts belong here, or null for a territory filled by hand only
 * @param version   optimistic-concurrency version
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 */
public record Territory(TerritoryId id, TenantId tenantId, String key, String name, TerritoryId parentId,
                        int priority, AssignmentRule rule, long version, Instant createdAt, Instant updatedAt) {

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

    public Territory {
        Preconditions.notNull(id, "id");
        Preconditions.notNull(tenantId, "tenantId");
        key = Preconditions.notBlank(key, "key");
        Preconditions.check(KEY.matcher(key).matches(), "key",
                "must be 1 to 64 characters of a-z, 0-9, _ and -, starting with a letter or digit: " + key);
        name = Preconditions.maxLength(Preconditions.notBlank(name, "name"), 200, "name");
        Preconditions.check(!id.equals(parentId), "parentId", "a territory cannot be its own parent");
        Preconditions.check(version >= 0, "version", "must not be negative");
        Preconditions.notNull(createdAt, "createdAt");
        Preconditions.notNull(updatedAt, "updatedAt");
    }

    public Territory withVersion(long newVersion) {
        return new Territory(id, tenantId, key, name, parentId, priority, rule, newVersion, createdAt, updatedAt);
    }

    public Territory withRule(AssignmentRule newRule, int newPriority, Instant now) {
        return new Territory(id, tenantId, key, name, parentId, newPriority, newRule, version, createdAt, now);
    }
}
