package org.smartbizflow.crm.lead;

import java.time.Instant;
import org.smartbizflow.crm.shared.EmailAddress;
import org.smartbizflow.crm.shared.PhoneNumber;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;

/**
 * A lead's state at one version: what queries return and what storage adapters persist.
 * Immutable; change a lead through the lead use cases.
 *
 * @param id        identity
 * @param tenantId  owning tenant
 * @param ownerId   the user responsible for the lead
 * @param name      the person's full name
 * @param company   company name, or null
 * @param email     e-mail address, or null
 * @param phone     phone number, or null
 * @param source    channel it came from
 * @param status    lifecycle status
 * @param version   optimistic-concurrency version, 0 when first stored
 * @param createdAt when it was captured
 * @param updatedAt when it last changed
 * @param mergedInto the survivor this lead was merged into (status MERGED), or null
 * @param qualification what qualification found and decided, or null before any
 */
public record LeadView(LeadId id, TenantId tenantId, UserId ownerId, String name, String company,
                       EmailAddress email, PhoneNumber phone, LeadSource source, LeadStatus status,
                       long version, Instant createdAt, Instant updatedAt, LeadId mergedInto,
                       Qualification qualification) {

    /** A lead without qualification findings. */
    public LeadView(LeadId id, TenantId tenantId, UserId ownerId, String name, String company, EmailAddress email,
                    PhoneNumber phone, LeadSource source, LeadStatus status, long version, Instant createdAt,
                    Instant updatedAt, LeadId mergedInto) {
        this(id, tenantId, ownerId, name, company, email, phone, source, status, version, createdAt, updatedAt,
                mergedInto, null);
    }

    /** A lead that was never merged. */
    public LeadView(LeadId id, TenantId tenantId, UserId ownerId, String name, String company, EmailAddress email,
                    PhoneNumber phone, LeadSource source, LeadStatus status, long version, Instant createdAt,
                    Instant updatedAt) {
        this(id, tenantId, ownerId, name, company, email, phone, source, status, version, createdAt, updatedAt, null,
                null);
    }

    public LeadView {
        Preconditions.notNull(id, "id");
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(ownerId, "ownerId");
        Preconditions.notBlank(name, "name");
        Preconditions.notNull(source, "source");
        Preconditions.notNull(status, "status");
        Preconditions.check(version >= 0, "version", "must not be negative");
        Preconditions.notNull(createdAt, "createdAt");
        Preconditions.notNull(updatedAt, "updatedAt");
        Preconditions.check((mergedInto != null) == (status == LeadStatus.MERGED), "mergedInto",
                "is set exactly when the status is MERGED");
    }

    /** The same state at another version: what a store keeps after an insert or update. */
    public LeadView withVersion(long newVersion) {
        return new LeadView(id, tenantId, ownerId, name, company, email, phone, source, status, newVersion, createdAt,
                updatedAt, mergedInto, qualification);
    }
}
