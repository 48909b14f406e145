package org.smartbizflow.crm.contact.port.out;

import java.util.List;
import java.util.Optional;
import org.smartbizflow.crm.contact.CommunicationPreferences;
import org.smartbizflow.crm.contact.ConsentCount;
import org.smartbizflow.crm.contact.ConsentRecord;
import org.smartbizflow.crm.contact.ContactId;
import org.smartbizflow.crm.shared.TenantId;

/**
 * Storage of contacts' communication preferences and of the consent records that prove them.
 * Scoped by tenant; runs inside the caller's transaction.
 */
public interface ConsentRepository {

    /** The stored preferences of a contact; empty when nobody ever asked them. */
    Optional<CommunicationPreferences> find(TenantId tenantId, ContactId contactId);

    /** The preferences with a pending double opt-in whose token has this hash. */
    Optional<CommunicationPreferences> findByTokenHash(TenantId tenantId, String tokenHash);

    /**
     * Stores preferences: new ones (never {@link CommunicationPreferences#stored() stored}) at
     * version 0, stored ones if their version is still the stored one, advancing it by one.
     *
     * @throws org.smartbizflow.crm.shared.ConcurrencyConflictException when another writer
     *         stored them first (nothing is written)
     */
    void save(CommunicationPreferences preferences);

    /** Appends consent records; they are never changed afterwards except by erasure. */
    void append(List<ConsentRecord> records);

    /** A contact's consent records, oldest first. */
    List<ConsentRecord> history(TenantId tenantId, ContactId contactId);

    /**
     * How many contacts that are not erased stand at each status on each channel, counted by
     * the store. Contacts never asked on a channel are not counted (they are UNKNOWN).
     */
    List<ConsentCount> countByChannelAndStatus(TenantId tenantId);

    /**
     * Erasure: replaces the source of every consent record and current consent of the contact
     * (which may name a person, an address or a device) with {@code replacement}. Channel,
     * status, lawful basis and times stay as proof that consent existed or was withdrawn.
     *
     * @return how many records were changed
     */
    int anonymise(TenantId tenantId, ContactId contactId, String replacement);
}
