package org.smartbizflow.crm.contact;

import java.time.Instant;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;

/**
 * A saved dynamic segment: a name and the criteria that select its members, evaluated by the
 * store each time it is read, so membership follows the contacts' data. The criteria are
 * checked here, before anything is stored: a segment that cannot be evaluated is never saved.
 *
 * @param id        identity
 * @param tenantId  owning tenant
 * @param name      unique within the tenant, ignoring case
 * @param criteria  what selects the members
 * @param ownerId   who created it (and may change or delete it, besides managers)
 * @param version   optimistic-concurrency version, 0 when new
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 */
public record Segment(SegmentId id, TenantId tenantId, String name, ContactCriteria criteria, UserId ownerId,
                      long version, Instant createdAt, Instant updatedAt) {

    /** The most conditions and groups a saved criteria tree may hold. */
    public static final int MAX_CRITERIA_NODES = 200;
    /** The deepest nesting of groups a saved criteria tree may have. */
    public static final int MAX_CRITERIA_DEPTH = 12;
    /** The longest segment or list name. */
    public static final int MAX_NAME_LENGTH = 100;

    public Segment {
        Preconditions.notNull(id, "id");
        Preconditions.notNull(tenantId, "tenantId");
        name = checkName(name);
        checkCriteria(criteria);
        Preconditions.notNull(ownerId, "ownerId");
        Preconditions.check(version >= 0, "version", "must not be negative");
        Preconditions.notNull(createdAt, "createdAt");
        Preconditions.notNull(updatedAt, "updatedAt");
    }

    /** A new segment at version 0. */
    public static Segment create(SegmentId id, TenantId tenantId, String name, ContactCriteria criteria,
                                 UserId ownerId, Instant now) {
        return new Segment(id, tenantId, name, criteria, ownerId, 0, now, now);
    }

    /** The same segment with a new name and criteria, changed at {@code now}. */
    public Segment changed(String newName, ContactCriteria newCriteria, Instant now) {
        return new Segment(id, tenantId, newName, newCriteria, ownerId, version, createdAt, now);
    }

    /** The same segment at the next version, as a store returns it after an update. */
    public Segment nextVersion() {
        return new Segment(id, tenantId, name, criteria, ownerId, version + 1, createdAt, updatedAt);
    }

    /** Trims a segment or list name and refuses a blank or overlong one. */
    public static String checkName(String name) {
        String trimmed = Preconditions.notBlank(name, "name").strip();
        Preconditions.check(trimmed.length() <= MAX_NAME_LENGTH, "name",
                "must be at most " + MAX_NAME_LENGTH + " characters");
        return trimmed;
    }

    /**
     * Refuses criteria that are missing or larger than a store keeps: more than
     * {@value #MAX_CRITERIA_NODES} parts or nesting deeper than {@value #MAX_CRITERIA_DEPTH}.
     * Each condition checked its own field, operator and value when it was built.
     */
    public static void checkCriteria(ContactCriteria criteria) {
        Preconditions.notNull(criteria, "criteria");
        int[] nodes = {0};
        int depth = walk(criteria, 1, nodes);
        Preconditions.check(nodes[0] <= MAX_CRITERIA_NODES, "criteria",
                "has " + nodes[0] + " parts; at most " + MAX_CRITERIA_NODES + " are kept");
        Preconditions.check(depth <= MAX_CRITERIA_DEPTH, "criteria",
                "is nested " + depth + " deep; at most " + MAX_CRITERIA_DEPTH + " levels are kept");
    }

    private static int walk(ContactCriteria criteria, int level, int[] nodes) {
        nodes[0]++;
        if (level > MAX_CRITERIA_DEPTH + 1 || nodes[0] > MAX_CRITERIA_NODES + 1) {
            return level;
        }
        if (criteria instanceof ContactCriteria.All all) {
            return deepest(all.parts(), level, nodes);
        }
        if (criteria instanceof ContactCriteria.AnyOf any) {
            return deepest(any.parts(), level, nodes);
        }
        if (criteria instanceof ContactCriteria.Not not) {
            return walk(not.part(), level + 1, nodes);
        }
        return level;
    }

    private static int deepest(java.util.List<ContactCriteria> parts, int level, int[] nodes) {
        int deepest = level;
        for (ContactCriteria part : parts) {
            deepest = Math.max(deepest, walk(part, level + 1, nodes));
        }
        return deepest;
    }
}
