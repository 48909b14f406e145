package org.smartbizflow.crm.lead;

import java.time.Instant;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;
import org.smartbizflow.crm.shared.CustomFields;
import org.smartbizflow.crm.shared.EmailAddress;
import org.smartbizflow.crm.shared.PhoneNumber;
import org.smartbizflow.crm.shared.Tag;
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
 * @param attribution   campaign and UTM parameters; {@link Attribution#none()} when unknown
 * @param customFields  the host's typed custom fields
 * @param tags          labels, in tag order
 * @param score         the latest score, 0 to 100, or null when never scored
 * @param qualifiedAt   when the lead first became QUALIFIED, or null
 * @param convertedAt   when the lead was converted, or null
 * @param conversion    what the lead was converted into (status CONVERTED), or null
 */
public record LeadView(LeadId id, TenantId tenantId, UserId ownerId, String name, String company,
                       EmailAddress email, PhoneNumber phone, LeadSource source, LeadStatus status,
                       long version, Instant createdAt, Instant updatedAt, LeadId mergedInto,
                       Qualification qualification, Attribution attribution, CustomFields customFields,
                       SortedSet<Tag> tags, Integer score, Instant qualifiedAt, Instant convertedAt,
                       Conversion conversion) {

    /** A lead with its qualification but none of the later fields. */
    public LeadView(LeadId id, TenantId tenantId, UserId ownerId, String name, String company, EmailAddress email,
                    PhoneNumber phone, LeadSource source, LeadStatus status, long version, Instant createdAt,
                    Instant updatedAt, LeadId mergedInto, Qualification qualification) {
        this(id, tenantId, ownerId, name, company, email, phone, source, status, version, createdAt, updatedAt,
                mergedInto, qualification, Attribution.none(), CustomFields.none(), new TreeSet<>(), null, null, null,
                null);
    }

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
        attribution = attribution == null ? Attribution.none() : attribution;
        customFields = customFields == null ? CustomFields.none() : customFields;
        tags = Collections.unmodifiableSortedSet(tags == null ? new TreeSet<>() : new TreeSet<>(tags));
        Preconditions.check(score == null || (score >= 0 && score <= 100), "score", "must be between 0 and 100");
        Preconditions.check(conversion == null || status == LeadStatus.CONVERTED, "conversion",
                "is set only on a CONVERTED lead");
    }

    /** Is the tag on the lead? */
    public boolean hasTag(Tag tag) {
        return tags.contains(tag);
    }

    /** The same state at another version: what a store keeps after an insert or update. */
    public LeadView withVersion(long newVersion) {
        return new LeadView(id, tenantId, ownerId, name, company, email, phone, source, status, newVersion, createdAt,
                updatedAt, mergedInto, qualification, attribution, customFields, tags, score, qualifiedAt, convertedAt,
                conversion);
    }
}
