package org.smartbizflow.crm.core.inmemory;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.TreeSet;
import java.util.EnumMap;
import java.util.TreeMap;
import java.util.Collection;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.smartbizflow.crm.lead.CustomFieldKey;
import org.smartbizflow.crm.lead.Lead;
import org.smartbizflow.crm.lead.LeadMilestone;
import org.smartbizflow.crm.lead.LeadSort;
import org.smartbizflow.crm.lead.LeadCount;
import org.smartbizflow.crm.lead.LeadDimension;
import org.smartbizflow.crm.lead.LeadFilter;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.lead.LeadScore;
import org.smartbizflow.crm.lead.LeadStatus;
import org.smartbizflow.crm.lead.LeadView;
import org.smartbizflow.crm.lead.port.out.LeadRepository;
import org.smartbizflow.crm.shared.ConcurrencyConflictException;
import org.smartbizflow.crm.shared.Cursor;
import org.smartbizflow.crm.shared.EmailAddress;
import org.smartbizflow.crm.shared.NotFoundException;
import org.smartbizflow.crm.shared.Page;
import org.smartbizflow.crm.shared.PhoneNumber;
import org.smartbizflow.crm.shared.PageRequest;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * Leads in memory, one sorted map per tenant, with the same contract as the database
 * adapters: tenant scope, optimistic versions, keyset paging in id order.
 */
public final class InMemoryLeadRepository implements LeadRepository {

    private final InMemoryTransactionRunner transactions;
    private final Map<TenantId, NavigableMap<UUID, LeadView>> byTenant = new ConcurrentHashMap<>();
    private final Map<TenantId, Map<UUID, LeadScore>> scoresByTenant = new ConcurrentHashMap<>();

    public InMemoryLeadRepository(InMemoryTransactionRunner transactions) {
        this.transactions = transactions;
    }

    private NavigableMap<UUID, LeadView> tenant(TenantId tenantId) {
        return byTenant.computeIfAbsent(tenantId, t -> new ConcurrentSkipListMap<>(UuidOrder.UNSIGNED));
    }

    @Override
    public Optional<Lead> find(TenantId tenantId, LeadId id) {
        return transactions.read(() -> Optional.ofNullable(tenant(tenantId).get(id.value())).map(Lead::restore));
    }

    @Override
    public void insert(Lead lead) {
        LeadView state = lead.view();
        transactions.write(() -> {
            NavigableMap<UUID, LeadView> leads = tenant(state.tenantId());
            if (leads.containsKey(state.id().value())) {
                throw new ValidationException("id", "a lead with id " + state.id() + " already exists");
            }
            LeadView stored = state.withVersion(0);
            leads.put(state.id().value(), stored);
            transactions.onRollback(() -> leads.remove(state.id().value(), stored));
            return null;
        });
    }

    @Override
    public void insertAll(List<Lead> batch) {
        transactions.write(() -> {
            batch.forEach(this::insert);
            return null;
        });
    }

    @Override
    public List<LeadView> findByEmails(TenantId tenantId, Collection<EmailAddress> emails) {
        if (emails.isEmpty()) {
            return List.of();
        }
        Set<EmailAddress> wanted = Set.copyOf(emails);
        return transactions.read(() -> tenant(tenantId).values().stream()
                .filter(lead -> lead.email() != null && wanted.contains(lead.email()))
                .toList());
    }

    @Override
    public List<LeadView> findByPhones(TenantId tenantId, Collection<PhoneNumber> phones) {
        if (phones.isEmpty()) {
            return List.of();
        }
        Set<PhoneNumber> wanted = Set.copyOf(phones);
        return transactions.read(() -> tenant(tenantId).values().stream()
                .filter(lead -> lead.phone() != null && wanted.contains(lead.phone()))
                .toList());
    }

    @Override
    public void update(Lead lead) {
        LeadView state = lead.view();
        transactions.write(() -> {
            NavigableMap<UUID, LeadView> leads = tenant(state.tenantId());
            LeadView previous = leads.get(state.id().value());
            if (previous == null) {
                throw new NotFoundException("Lead", state.id());
            }
            if (previous.version() != state.version()) {
                throw new ConcurrencyConflictException("Lead", state.id(), state.version());
            }
            leads.put(state.id().value(), state.withVersion(state.version() + 1));
            transactions.onRollback(() -> leads.put(state.id().value(), previous));
            return null;
        });
    }

    @Override
    public void delete(TenantId tenantId, LeadId id, long expectedVersion) {
        transactions.write(() -> {
            NavigableMap<UUID, LeadView> leads = tenant(tenantId);
            LeadView previous = leads.get(id.value());
            if (previous == null) {
                throw new NotFoundException("Lead", id);
            }
            if (previous.version() != expectedVersion) {
                throw new ConcurrencyConflictException("Lead", id, expectedVersion);
            }
            leads.remove(id.value());
            transactions.onRollback(() -> leads.put(id.value(), previous));
            removeScore(tenantId, id);
            return null;
        });
    }

    @Override
    public List<LeadCount> countByStatus(TenantId tenantId, LeadFilter filter, LeadDimension dimension) {
        return transactions.read(() -> {
            Map<String, Map<LeadStatus, Long>> groups = new TreeMap<>();
            for (LeadView lead : tenant(tenantId).values()) {
                if (filter.matches(lead)) {
                    String group = switch (dimension) {
                        case SOURCE -> lead.source().name();
                        case OWNER -> lead.ownerId().value();
                        case STATUS -> lead.status().name();
                        case DISQUALIFY_REASON -> lead.qualification() == null
                                || lead.qualification().disqualifiedFor() == null ? LeadDimension.NO_REASON
                                : lead.qualification().disqualifiedFor().value();
                        case CAMPAIGN -> lead.attribution().campaignId() == null ? LeadDimension.NO_REASON
                                : lead.attribution().campaignId();
                        case CREATED_DAY, CREATED_WEEK, CREATED_MONTH -> dimension.periodStart(
                                LocalDate.ofInstant(lead.createdAt(), ZoneOffset.UTC)).toString();
                    };
                    groups.computeIfAbsent(group, g -> new EnumMap<>(LeadStatus.class)).merge(lead.status(), 1L, Long::sum);
                }
            }
            List<LeadCount> counts = new ArrayList<>();
            groups.forEach((group, byStatus) -> byStatus.forEach((status, n) -> counts.add(new LeadCount(group, status, n))));
            return counts;
        });
    }

    @Override
    public Page<LeadView> search(TenantId tenantId, LeadFilter filter, LeadSort sort, PageRequest page) {
        return transactions.read(() -> {
            if (sort.key() == LeadSort.Key.ID && sort.ascending()) {
                return byId(tenant(tenantId), filter, page);
            }
            LeadSort.Position after = page.after() == null ? null : sort.position(page.after());
            Comparator<LeadView> order = sort.comparator();
            List<LeadView> matching = new ArrayList<>();
            for (LeadView lead : tenant(tenantId).values()) {
                if (filter.matches(lead) && (after == null || isAfter(sort, lead, after))) {
                    matching.add(lead);
                }
            }
            matching.sort(order);
            if (matching.size() <= page.size()) {
                return Page.last(matching);
            }
            List<LeadView> items = matching.subList(0, page.size());
            return new Page<>(items, sort.cursorAfter(items.get(items.size() - 1)));
        });
    }

    /** Does the lead come after the position in the sort's order? */
    private static boolean isAfter(LeadSort sort, LeadView lead, LeadSort.Position after) {
        int byValue = sort.compareValues(sort.valueOf(lead), after.value());
        if (byValue != 0) {
            return byValue > 0;
        }
        int ids = LeadSort.compareIds(lead.id().value(), after.id());
        return sort.ascending() ? ids > 0 : ids < 0;
    }

    private Page<LeadView> byId(NavigableMap<UUID, LeadView> leads, LeadFilter filter, PageRequest page) {
        NavigableMap<UUID, LeadView> rest = page.after() == null ? leads : leads.tailMap(decode(page.after()), false);
        List<LeadView> items = new ArrayList<>(page.size());
        for (LeadView lead : rest.values()) {
            if (filter.matches(lead)) {
                if (items.size() == page.size()) {
                    return new Page<>(items, encode(items.get(items.size() - 1)));
                }
                items.add(lead);
            }
        }
        return Page.last(items);
    }

    @Override
    public List<CustomFieldKey> customFieldKeys(TenantId tenantId, LeadFilter filter) {
        return transactions.read(() -> {
            TreeSet<CustomFieldKey> keys = new TreeSet<>();
            for (LeadView lead : tenant(tenantId).values()) {
                if (filter.matches(lead)) {
                    lead.customFields().values().forEach((key, value) -> keys.add(new CustomFieldKey(key, value.type())));
                }
            }
            return List.copyOf(keys);
        });
    }

    @Override
    public Optional<Duration> medianTimeTo(TenantId tenantId, LeadFilter filter, LeadMilestone milestone) {
        return transactions.read(() -> {
            long[] seconds = tenant(tenantId).values().stream()
                    .filter(filter::matches)
                    .map(milestone::secondsToReach)
                    .filter(java.util.Objects::nonNull)
                    .mapToLong(Long::longValue)
                    .sorted()
                    .toArray();
            if (seconds.length == 0) {
                return Optional.<Duration>empty();
            }
            int mid = (seconds.length - 1) / 2;
            long twiceMedian = seconds.length % 2 == 1 ? 2 * seconds[mid] : seconds[mid] + seconds[mid + 1];
            return Optional.of(Duration.ofMillis(twiceMedian * 500));
        });
    }

    @Override
    public long count(TenantId tenantId, LeadFilter filter) {
        return transactions.read(() -> tenant(tenantId).values().stream().filter(filter::matches).count());
    }

    private Map<UUID, LeadScore> scores(TenantId tenantId) {
        return scoresByTenant.computeIfAbsent(tenantId, t -> new ConcurrentHashMap<>());
    }

    @Override
    public void saveScore(TenantId tenantId, LeadScore score) {
        transactions.write(() -> {
            if (!tenant(tenantId).containsKey(score.leadId().value())) {
                throw new NotFoundException("Lead", score.leadId());
            }
            Map<UUID, LeadScore> scores = scores(tenantId);
            LeadScore previous = scores.put(score.leadId().value(), score);
            transactions.onRollback(() -> {
                if (previous == null) {
                    scores.remove(score.leadId().value(), score);
                } else {
                    scores.put(score.leadId().value(), previous);
                }
            });
            return null;
        });
    }

    @Override
    public Optional<LeadScore> findScore(TenantId tenantId, LeadId id) {
        return transactions.read(() -> Optional.ofNullable(scores(tenantId).get(id.value())));
    }

    @Override
    public void deleteScore(TenantId tenantId, LeadId id) {
        transactions.write(() -> {
            removeScore(tenantId, id);
            return null;
        });
    }

    private void removeScore(TenantId tenantId, LeadId id) {
        Map<UUID, LeadScore> scores = scores(tenantId);
        LeadScore previous = scores.remove(id.value());
        if (previous != null) {
            transactions.onRollback(() -> scores.put(id.value(), previous));
        }
    }

    @Override
    public List<LeadId> scoredOtherwise(TenantId tenantId, String version, Instant scoredBefore, LeadId after,
                                        int limit) {
        return transactions.read(() -> {
            NavigableMap<UUID, LeadView> leads = tenant(tenantId);
            Map<UUID, LeadScore> scores = scores(tenantId);
            List<LeadId> stale = new ArrayList<>();
            for (LeadView lead : (after == null ? leads : leads.tailMap(after.value(), false)).values()) {
                if (stale.size() >= limit) {
                    break;
                }
                if (isStale(lead, scores, version, scoredBefore)) {
                    stale.add(lead.id());
                }
            }
            return List.copyOf(stale);
        });
    }

    @Override
    public long countScoredOtherwise(TenantId tenantId, String version, Instant scoredBefore) {
        return transactions.read(() -> {
            Map<UUID, LeadScore> scores = scores(tenantId);
            return tenant(tenantId).values().stream().filter(lead -> isStale(lead, scores, version, scoredBefore))
                    .count();
        });
    }

    private static boolean isStale(LeadView lead, Map<UUID, LeadScore> scores, String version,
                                   Instant scoredBefore) {
        LeadScore score = scores.get(lead.id().value());
        return lead.status() != LeadStatus.MERGED && (score == null || !score.version().equals(version)
                || (scoredBefore != null && score.scoredAt().isBefore(scoredBefore)));
    }

    private static Cursor encode(LeadView last) {
        return Cursor.of(last.id().value().toString());
    }

    private static UUID decode(Cursor cursor) {
        try {
            return UUID.fromString(cursor.token());
        } catch (IllegalArgumentException e) {
            throw new ValidationException("page.after", "is not a cursor of this result: " + cursor.token());
        }
    }
}
