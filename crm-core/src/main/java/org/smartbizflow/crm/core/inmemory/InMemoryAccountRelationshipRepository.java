package org.smartbizflow.crm.core.inmemory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.account.AccountRelationship;
import org.smartbizflow.crm.account.RelationshipGraph;
import org.smartbizflow.crm.account.port.out.AccountRelationshipRepository;
import org.smartbizflow.crm.account.port.out.AccountRepository;
import org.smartbizflow.crm.shared.NotFoundException;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.ValidationException;

/** Account relationships in memory; the graph walk is a breadth-first search. */
public final class InMemoryAccountRelationshipRepository implements AccountRelationshipRepository {

    private final InMemoryTransactionRunner transactions;
    private final AccountRepository accounts;
    private final Map<TenantId, NavigableMap<UUID, AccountRelationship>> byTenant = new ConcurrentHashMap<>();

    public InMemoryAccountRelationshipRepository(InMemoryTransactionRunner transactions, AccountRepository accounts) {
        this.transactions = transactions;
        this.accounts = accounts;
    }

    private NavigableMap<UUID, AccountRelationship> tenant(TenantId tenantId) {
        return byTenant.computeIfAbsent(tenantId, t -> new ConcurrentSkipListMap<>(UuidOrder.UNSIGNED));
    }

    @Override
    public void insert(AccountRelationship relationship) {
        transactions.write(() -> {
            NavigableMap<UUID, AccountRelationship> links = tenant(relationship.tenantId());
            if (links.containsKey(relationship.id())) {
                throw new ValidationException("id", "a relationship with id " + relationship.id() + " already exists");
            }
            links.put(relationship.id(), relationship);
            transactions.onRollback(() -> links.remove(relationship.id(), relationship));
            return null;
        });
    }

    @Override
    public void update(AccountRelationship relationship) {
        transactions.write(() -> {
            NavigableMap<UUID, AccountRelationship> links = tenant(relationship.tenantId());
            AccountRelationship previous = links.get(relationship.id());
            if (previous == null) {
                throw new NotFoundException("AccountRelationship", relationship.id());
            }
            links.put(relationship.id(), relationship);
            transactions.onRollback(() -> links.put(relationship.id(), previous));
            return null;
        });
    }

    @Override
    public Optional<AccountRelationship> find(TenantId tenantId, UUID id) {
        return transactions.read(() -> Optional.ofNullable(tenant(tenantId).get(id)));
    }

    @Override
    public List<AccountRelationship> of(TenantId tenantId, AccountId account) {
        return transactions.read(() -> tenant(tenantId).values().stream()
                .filter(r -> r.from().equals(account) || r.to().equals(account)).toList());
    }

    @Override
    public RelationshipGraph graph(TenantId tenantId, AccountId center, int depth, LocalDate day) {
        return transactions.read(() -> {
            List<AccountRelationship> active = tenant(tenantId).values().stream().filter(r -> r.activeOn(day)).toList();
            Map<AccountId, Integer> distance = new LinkedHashMap<>();
            distance.put(center, 0);
            List<AccountId> frontier = List.of(center);
            for (int hop = 1; hop <= depth && !frontier.isEmpty(); hop++) {
                List<AccountId> next = new ArrayList<>();
                for (AccountId at : frontier) {
                    for (AccountRelationship r : active) {
                        if (r.from().equals(at) || r.to().equals(at)) {
                            AccountId other = r.otherThan(at);
                            if (!distance.containsKey(other)) {
                                distance.put(other, hop);
                                next.add(other);
                            }
                        }
                    }
                }
                frontier = next;
            }
            Map<AccountId, String> names = new HashMap<>();
            for (AccountId id : distance.keySet()) {
                names.put(id, accounts.find(tenantId, id).map(a -> a.view().legalName()).orElse(""));
            }
            List<RelationshipGraph.Node> nodes = distance.entrySet().stream()
                    .filter(e -> !names.get(e.getKey()).isEmpty())
                    .map(e -> new RelationshipGraph.Node(e.getKey(), names.get(e.getKey()), e.getValue()))
                    .sorted(Comparator.comparingInt(RelationshipGraph.Node::distance)
                            .thenComparing(n -> n.id().value(), UuidOrder.UNSIGNED))
                    .toList();
            List<AccountRelationship> links = active.stream()
                    .filter(r -> distance.containsKey(r.from()) && distance.containsKey(r.to())).toList();
            return new RelationshipGraph(center, depth, nodes, links);
        });
    }
}
