package org.smartbizflow.crm.core.inmemory;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.smartbizflow.crm.contact.Channel;
import org.smartbizflow.crm.contact.ChannelConsent;
import org.smartbizflow.crm.contact.CommunicationPreferences;
import org.smartbizflow.crm.contact.ConsentCount;
import org.smartbizflow.crm.contact.ConsentRecord;
import org.smartbizflow.crm.contact.ConsentStatus;
import org.smartbizflow.crm.contact.ContactId;
import org.smartbizflow.crm.contact.ContactView;
import org.smartbizflow.crm.contact.QuietHours;
import org.smartbizflow.crm.contact.port.out.ConsentRepository;
import org.smartbizflow.crm.shared.ConcurrencyConflictException;
import org.smartbizflow.crm.shared.TenantId;

/** Communication preferences and consent records in memory, with the database adapters' contract. */
public final class InMemoryConsentRepository implements ConsentRepository {

    /** What is stored of one contact's preferences. */
    private record Stored(List<ChannelConsent> consents, QuietHours quietHours, long version) {
    }

    private record Key(TenantId tenantId, ContactId contactId) {
    }

    private final InMemoryTransactionRunner transactions;
    private final InMemoryContactRepository contacts;
    private final Map<Key, Stored> preferences = new ConcurrentHashMap<>();
    private final Map<Key, List<ConsentRecord>> records = new ConcurrentHashMap<>();

    public InMemoryConsentRepository(InMemoryTransactionRunner transactions, InMemoryContactRepository contacts) {
        this.transactions = transactions;
        this.contacts = contacts;
    }

    private static CommunicationPreferences restore(Key key, Stored stored) {
        return CommunicationPreferences.restore(key.tenantId(), key.contactId(), stored.consents(),
                stored.quietHours(), stored.version());
    }

    @Override
    public Optional<CommunicationPreferences> find(TenantId tenantId, ContactId contactId) {
        Key key = new Key(tenantId, contactId);
        return transactions.read(() -> Optional.ofNullable(preferences.get(key)).map(s -> restore(key, s)));
    }

    @Override
    public Optional<CommunicationPreferences> findByTokenHash(TenantId tenantId, String tokenHash) {
        return transactions.read(() -> preferences.entrySet().stream()
                .filter(e -> e.getKey().tenantId().equals(tenantId))
                .filter(e -> e.getValue().consents().stream().anyMatch(c -> c.status() == ConsentStatus.PENDING
                        && c.tokenHash().equals(tokenHash)))
                .findFirst()
                .map(e -> restore(e.getKey(), e.getValue())));
    }

    @Override
    public void save(CommunicationPreferences prefs) {
        Key key = new Key(prefs.tenantId(), prefs.contactId());
        transactions.write(() -> {
            Stored previous = preferences.get(key);
            if (prefs.stored() ? previous == null || previous.version() != prefs.version() : previous != null) {
                throw new ConcurrencyConflictException("CommunicationPreferences", prefs.contactId(),
                        prefs.version());
            }
            long next = prefs.stored() ? prefs.version() + 1 : 0;
            preferences.put(key, new Stored(prefs.consents(), prefs.quietHours(), next));
            transactions.onRollback(() -> {
                if (previous == null) {
                    preferences.remove(key);
                } else {
                    preferences.put(key, previous);
                }
            });
            return null;
        });
    }

    @Override
    public void append(List<ConsentRecord> added) {
        transactions.write(() -> {
            for (ConsentRecord record : added) {
                List<ConsentRecord> list = records.computeIfAbsent(new Key(record.tenantId(), record.contactId()),
                        k -> new java.util.concurrent.CopyOnWriteArrayList<>());
                list.add(record);
                transactions.onRollback(() -> list.remove(record));
            }
            return null;
        });
    }

    @Override
    public List<ConsentRecord> history(TenantId tenantId, ContactId contactId) {
        return transactions.read(() -> List.copyOf(records.getOrDefault(new Key(tenantId, contactId), List.of())));
    }

    @Override
    public List<ConsentCount> countByChannelAndStatus(TenantId tenantId) {
        return transactions.read(() -> {
            Map<Channel, Map<ConsentStatus, Long>> counts = new EnumMap<>(Channel.class);
            preferences.forEach((key, stored) -> {
                if (!key.tenantId().equals(tenantId) || erased(key)) {
                    return;
                }
                stored.consents().forEach(c -> counts.computeIfAbsent(c.channel(),
                        ch -> new EnumMap<>(ConsentStatus.class)).merge(c.status(), 1L, Long::sum));
            });
            List<ConsentCount> rows = new ArrayList<>();
            counts.forEach((channel, byStatus) -> byStatus.forEach((status, n) ->
                    rows.add(new ConsentCount(channel, status, n))));
            return rows;
        });
    }

    private boolean erased(Key key) {
        return contacts.find(key.tenantId(), key.contactId()).map(c -> c.view()).map(ContactView::erased)
                .orElse(true);
    }

    @Override
    public int anonymise(TenantId tenantId, ContactId contactId, String replacement) {
        Key key = new Key(tenantId, contactId);
        return transactions.write(() -> {
            int changed = 0;
            List<ConsentRecord> list = records.get(key);
            if (list != null) {
                List<ConsentRecord> before = List.copyOf(list);
                List<ConsentRecord> after = before.stream().map(r -> new ConsentRecord(r.id(), r.tenantId(),
                        r.contactId(), r.channel(), r.status(), r.lawfulBasis(), replacement, r.recordedBy(),
                        r.recordedAt())).toList();
                list.clear();
                list.addAll(after);
                changed += after.size();
                transactions.onRollback(() -> {
                    list.clear();
                    list.addAll(before);
                });
            }
            Stored stored = preferences.get(key);
            if (stored != null) {
                List<ChannelConsent> anonymous = stored.consents().stream().map(c -> new ChannelConsent(c.channel(),
                        c.status(), c.lawfulBasis(), replacement, c.since(), c.tokenHash(), c.tokenExpiresAt()))
                        .toList();
                preferences.put(key, new Stored(anonymous, stored.quietHours(), stored.version()));
                transactions.onRollback(() -> preferences.put(key, stored));
            }
            return changed;
        });
    }
}
