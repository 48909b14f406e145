package org.smartbizflow.crm.jpa.internal.contact;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.smartbizflow.crm.contact.Channel;
import org.smartbizflow.crm.contact.ChannelConsent;
import org.smartbizflow.crm.contact.CommunicationPreferences;
import org.smartbizflow.crm.contact.ConsentCount;
import org.smartbizflow.crm.contact.ConsentRecord;
import org.smartbizflow.crm.contact.ConsentStatus;
import org.smartbizflow.crm.contact.ContactId;
import org.smartbizflow.crm.contact.LawfulBasis;
import org.smartbizflow.crm.contact.QuietHours;
import org.smartbizflow.crm.contact.port.out.ConsentRepository;
import org.smartbizflow.crm.jpa.internal.shared.PersistenceFailures;
import org.smartbizflow.crm.shared.ConcurrencyConflictException;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;

/**
 * Communication preferences in {@code crm_contact_preference} (one row per contact, carrying the
 * version) and {@code crm_contact_consent} (one row per contact and channel); consent records
 * appended to {@code crm_consent_record}. Coverage is one GROUP BY over the consent rows joined to
 * the contacts that are not erased.
 */
public final class JpaConsentRepository implements ConsentRepository {

    private static final String RECORD_TYPE = "CommunicationPreferences";

    private final Supplier<EntityManager> entityManager;

    public JpaConsentRepository(Supplier<EntityManager> entityManager) {
        this.entityManager = Objects.requireNonNull(entityManager, "entityManager");
    }

    /** The entity classes this adapter maps. */
    public static List<Class<?>> entityClasses() {
        return List.of(PreferenceEntity.class, ConsentEntity.class, ConsentRecordEntity.class);
    }

    @Override
    public Optional<CommunicationPreferences> find(TenantId tenantId, ContactId contactId) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(contactId, "contactId");
        return row(tenantId, contactId).map(this::restore);
    }

    private Optional<PreferenceEntity> row(TenantId tenantId, ContactId contactId) {
        PreferenceEntity row = entityManager.get().find(PreferenceEntity.class, contactId.value());
        return row != null && row.tenantId().equals(tenantId.value()) ? Optional.of(row) : Optional.empty();
    }

    private CommunicationPreferences restore(PreferenceEntity row) {
        List<ChannelConsent> consents = new ArrayList<>();
        for (ConsentEntity c : consentRows(row.tenantId(), row.contactId())) {
            consents.add(new ChannelConsent(Channel.valueOf(c.channel()), ConsentStatus.valueOf(c.status()),
                    LawfulBasis.valueOf(c.lawfulBasis()), c.source(), c.changedAt(), c.tokenHash(),
                    c.tokenExpiresAt()));
        }
        QuietHours quiet = row.quietFrom() == null ? null : new QuietHours(row.quietFrom(), row.quietTo());
        return CommunicationPreferences.restore(TenantId.of(row.tenantId()), ContactId.of(row.contactId()), consents,
                quiet, row.version());
    }

    private List<ConsentEntity> consentRows(String tenant, java.util.UUID contactId) {
        return entityManager.get()
                .createQuery("select c from CrmContactConsent c where c.tenantId = :tenant and c.contactId = :contact",
                        ConsentEntity.class)
                .setParameter("tenant", tenant)
                .setParameter("contact", contactId)
                .getResultList();
    }

    @Override
    public Optional<CommunicationPreferences> findByTokenHash(TenantId tenantId, String tokenHash) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notBlank(tokenHash, "tokenHash");
        List<java.util.UUID> ids = entityManager.get()
                .createQuery("select c.contactId from CrmContactConsent c where c.tenantId = :tenant"
                        + " and c.tokenHash = :hash and c.status = 'PENDING'", java.util.UUID.class)
                .setParameter("tenant", tenantId.value())
                .setParameter("hash", tokenHash)
                .getResultList();
        return ids.isEmpty() ? Optional.empty() : find(tenantId, ContactId.of(ids.get(0)));
    }

    @Override
    public void save(CommunicationPreferences prefs) {
        Preconditions.notNull(prefs, "preferences");
        EntityManager em = entityManager.get();
        String tenant = prefs.tenantId().value();
        java.util.UUID contact = prefs.contactId().value();
        QuietHours quiet = prefs.quietHours();
        try {
            PreferenceEntity row;
            boolean rowChanged;
            if (!prefs.stored()) {
                if (em.find(PreferenceEntity.class, contact) != null) {
                    throw new ConcurrencyConflictException(RECORD_TYPE, prefs.contactId(), prefs.version());
                }
                row = new PreferenceEntity(contact, tenant);
                row.quietHours(quiet == null ? null : quiet.from(), quiet == null ? null : quiet.to());
                em.persist(row);
                rowChanged = true;
            } else {
                row = row(prefs.tenantId(), prefs.contactId()).orElseThrow(
                        () -> new ConcurrencyConflictException(RECORD_TYPE, prefs.contactId(), prefs.version()));
                if (row.version() != prefs.version()) {
                    throw new ConcurrencyConflictException(RECORD_TYPE, prefs.contactId(), prefs.version());
                }
                rowChanged = row.quietHours(quiet == null ? null : quiet.from(), quiet == null ? null : quiet.to());
            }
            for (ChannelConsent consent : prefs.consents()) {
                ConsentEntity existing = em.find(ConsentEntity.class, new ConsentKey(contact, consent.channel().name()));
                ConsentEntity target = existing != null ? existing
                        : new ConsentEntity(contact, consent.channel().name(), tenant);
                target.assign(consent.status().name(), consent.lawfulBasis().name(), consent.source(), consent.since(),
                        consent.tokenHash(), consent.tokenExpiresAt());
                if (existing == null) {
                    em.persist(target);
                }
            }
            if (prefs.stored() && !rowChanged) {
                // Only consent rows changed: advance the version all the same, one per save.
                em.lock(row, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
            }
            em.flush();
        } catch (OptimisticLockException lost) {
            throw PersistenceFailures.translate(lost);
        } catch (PersistenceException failure) {
            if (failure instanceof jakarta.persistence.EntityExistsException || isConstraintViolation(failure)) {
                throw new ConcurrencyConflictException(RECORD_TYPE, prefs.contactId(), prefs.version());
            }
            throw failure;
        }
    }

    private static boolean isConstraintViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void append(List<ConsentRecord> records) {
        Preconditions.notNull(records, "records");
        EntityManager em = entityManager.get();
        for (ConsentRecord r : records) {
            em.persist(new ConsentRecordEntity(r.id(), r.tenantId().value(), r.contactId().value(), r.channel().name(),
                    r.status().name(), r.lawfulBasis().name(), r.source(), r.recordedBy().value(), r.recordedAt()));
        }
    }

    @Override
    public List<ConsentRecord> history(TenantId tenantId, ContactId contactId) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(contactId, "contactId");
        return entityManager.get()
                .createQuery("select r from CrmConsentRecord r where r.tenantId = :tenant and r.contactId = :contact"
                        + " order by r.recordedAt, r.id", ConsentRecordEntity.class)
                .setParameter("tenant", tenantId.value())
                .setParameter("contact", contactId.value())
                .getResultStream()
                .map(r -> new ConsentRecord(r.id(), TenantId.of(r.tenantId()), ContactId.of(r.contactId()),
                        Channel.valueOf(r.channel()), ConsentStatus.valueOf(r.status()),
                        LawfulBasis.valueOf(r.lawfulBasis()), r.source(), UserId.of(r.recordedBy()), r.recordedAt()))
                .toList();
    }

    @Override
    public List<ConsentCount> countByChannelAndStatus(TenantId tenantId) {
        Preconditions.notNull(tenantId, "tenantId");
        List<Object[]> rows = entityManager.get()
                .createQuery("select c.channel, c.status, count(c) from CrmContactConsent c, CrmContact k"
                        + " where c.tenantId = :tenant and k.tenantId = :tenant and k.id = c.contactId"
                        + " and k.erasedAt is null group by c.channel, c.status", Object[].class)
                .setParameter("tenant", tenantId.value())
                .getResultList();
        return rows.stream().map(r -> new ConsentCount(Channel.valueOf((String) r[0]),
                ConsentStatus.valueOf((String) r[1]), ((Number) r[2]).longValue())).toList();
    }

    @Override
    public int anonymise(TenantId tenantId, ContactId contactId, String replacement) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(contactId, "contactId");
        Preconditions.notBlank(replacement, "replacement");
        EntityManager em = entityManager.get();
        em.flush();
        int records = em.createQuery("update CrmConsentRecord r set r.source = :replacement"
                        + " where r.tenantId = :tenant and r.contactId = :contact")
                .setParameter("replacement", replacement)
                .setParameter("tenant", tenantId.value())
                .setParameter("contact", contactId.value())
                .executeUpdate();
        em.createQuery("update CrmContactConsent c set c.source = :replacement"
                        + " where c.tenantId = :tenant and c.contactId = :contact")
                .setParameter("replacement", replacement)
                .setParameter("tenant", tenantId.value())
                .setParameter("contact", contactId.value())
                .executeUpdate();
        // The bulk updates bypassed the persistence context; drop what it holds so reads see them.
        em.clear();
        return records;
    }
}
