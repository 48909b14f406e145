package org.smartbizflow.crm.core.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.smartbizflow.crm.contact.Segment;
import org.smartbizflow.crm.contact.SegmentId;
import org.smartbizflow.crm.contact.port.out.SegmentRepository;
import org.smartbizflow.crm.shared.ConcurrencyConflictException;
import org.smartbizflow.crm.shared.NotFoundException;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.ValidationException;

/** Saved segments in memory; the criteria are immutable values, kept as they are. */
public final class InMemorySegmentRepository implements SegmentRepository {

    private static final String RECORD_TYPE = "Segment";

    private final InMemoryTransactionRunner transactions;
    private final Map<TenantId, Map<UUID, Segment>> byTenant = new ConcurrentHashMap<>();

    public InMemorySegmentRepository(InMemoryTransactionRunner transactions) {
        this.transactions = transactions;
    }

    private Map<UUID, Segment> tenant(TenantId tenantId) {
        return byTenant.computeIfAbsent(tenantId, t -> new ConcurrentHashMap<>());
    }

    static String nameKey(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private void checkName(Segment segment) {
        boolean taken = tenant(segment.tenantId()).values().stream()
                .anyMatch(s -> !s.id().equals(segment.id()) && nameKey(s.name()).equals(nameKey(segment.name())));
        if (taken) {
            throw new ValidationException("name", "is taken by another segment: " + segment.name());
        }
    }

    @Override
    public void insert(Segment segment) {
        transactions.write(() -> {
            Map<UUID, Segment> segments = tenant(segment.tenantId());
            if (segments.containsKey(segment.id().value())) {
                throw new ValidationException("id", "a segment with id " + segment.id() + " already exists");
            }
            checkName(segment);
            Segment stored = new Segment(segment.id(), segment.tenantId(), segment.name(), segment.criteria(),
                    segment.ownerId(), 0, segment.createdAt(), segment.updatedAt());
            segments.put(segment.id().value(), stored);
            transactions.onRollback(() -> segments.remove(segment.id().value(), stored));
            return null;
        });
    }

    @Override
    public void update(Segment segment) {
        transactions.write(() -> {
            Map<UUID, Segment> segments = tenant(segment.tenantId());
            Segment previous = segments.get(segment.id().value());
            if (previous == null) {
                throw new NotFoundException(RECORD_TYPE, segment.id());
            }
            if (previous.version() != segment.version()) {
                throw new ConcurrencyConflictException(RECORD_TYPE, segment.id(), segment.version());
            }
            checkName(segment);
            segments.put(segment.id().value(), segment.nextVersion());
            transactions.onRollback(() -> segments.put(segment.id().value(), previous));
            return null;
        });
    }

    @Override
    public boolean delete(TenantId tenantId, SegmentId id) {
        return transactions.write(() -> {
            Map<UUID, Segment> segments = tenant(tenantId);
            Segment previous = segments.remove(id.value());
            if (previous != null) {
                transactions.onRollback(() -> segments.put(id.value(), previous));
            }
            return previous != null;
        });
    }

    @Override
    public Optional<Segment> find(TenantId tenantId, SegmentId id) {
        return transactions.read(() -> Optional.ofNullable(tenant(tenantId).get(id.value())));
    }

    @Override
    public Optional<Segment> findByName(TenantId tenantId, String name) {
        return transactions.read(() -> tenant(tenantId).values().stream()
                .filter(s -> nameKey(s.name()).equals(nameKey(name.strip()))).findFirst());
    }

    @Override
    public List<Segment> all(TenantId tenantId) {
        return transactions.read(() -> tenant(tenantId).values().stream()
                .sorted(Comparator.comparing((Segment s) -> nameKey(s.name())).thenComparing(Segment::name))
                .toList());
    }
}
