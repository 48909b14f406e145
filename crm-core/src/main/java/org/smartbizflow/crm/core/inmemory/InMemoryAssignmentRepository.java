package org.smartbizflow.crm.core.inmemory;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.lead.assignment.AssignmentRuleSet;
import org.smartbizflow.crm.lead.assignment.AssignmentTeam;
import org.smartbizflow.crm.lead.assignment.LeadProfile;
import org.smartbizflow.crm.lead.assignment.port.out.AssignmentRepository;
import org.smartbizflow.crm.shared.ConcurrencyConflictException;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.TenantId;

/**
 * Assignment rules, pointers and lead profiles in memory, with the database adapters'
 * contract; transactions are serialised by the runner, so a pointer read in one is never
 * moved by another before it ends.
 */
public final class InMemoryAssignmentRepository implements AssignmentRepository {

    private final InMemoryTransactionRunner transactions;
    private final Map<TenantId, AssignmentRuleSet> rules = new ConcurrentHashMap<>();
    private final Map<TenantId, Map<String, Integer>> pointers = new ConcurrentHashMap<>();
    private final Map<TenantId, Map<LeadId, LeadProfile>> profiles = new ConcurrentHashMap<>();

    public InMemoryAssignmentRepository(InMemoryTransactionRunner transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<AssignmentRuleSet> findRules(TenantId tenantId) {
        Preconditions.notNull(tenantId, "tenantId");
        return transactions.read(() -> Optional.ofNullable(rules.get(tenantId))
                .map(s -> AssignmentRuleSet.restore(s.tenantId(), s.rules(), s.version(), s.updatedAt())));
    }

    @Override
    public void saveRules(AssignmentRuleSet ruleSet) {
        Preconditions.notNull(ruleSet, "rules");
        transactions.write(() -> {
            TenantId tenant = ruleSet.tenantId();
            AssignmentRuleSet previous = rules.get(tenant);
            if (ruleSet.isNew() ? previous != null : previous == null || previous.version() != ruleSet.version()) {
                throw new ConcurrencyConflictException("AssignmentRuleSet", tenant, ruleSet.version());
            }
            long stored = previous == null ? 0 : previous.version() + 1;
            rules.put(tenant, AssignmentRuleSet.restore(tenant, ruleSet.rules(), stored, ruleSet.updatedAt()));
            Map<String, Integer> tenantPointers = pointers.computeIfAbsent(tenant, t -> new ConcurrentHashMap<>());
            Map<String, Integer> before = Map.copyOf(tenantPointers);
            for (AssignmentTeam team : ruleSet.rules().teams()) {
                tenantPointers.putIfAbsent(team.key(), 0);
            }
            transactions.onRollback(() -> {
                if (previous == null) {
                    rules.remove(tenant);
                } else {
                    rules.put(tenant, previous);
                }
                tenantPointers.clear();
                tenantPointers.putAll(before);
            });
            return null;
        });
    }

    @Override
    public int lockPointer(TenantId tenantId, String team) {
        return transactions.read(() -> pointers.getOrDefault(tenantId, Map.of()).getOrDefault(team, 0));
    }

    @Override
    public void movePointer(TenantId tenantId, String team, int next) {
        transactions.write(() -> {
            Map<String, Integer> tenantPointers = pointers.computeIfAbsent(tenantId, t -> new ConcurrentHashMap<>());
            Integer previous = tenantPointers.put(team, next);
            transactions.onRollback(() -> {
                if (previous == null) {
                    tenantPointers.remove(team);
                } else {
                    tenantPointers.put(team, previous);
                }
            });
            return null;
        });
    }

    @Override
    public void saveProfile(TenantId tenantId, LeadId leadId, LeadProfile profile) {
        Preconditions.notNull(profile, "profile");
        transactions.write(() -> {
            Map<LeadId, LeadProfile> tenantProfiles = profiles.computeIfAbsent(tenantId, t -> new ConcurrentHashMap<>());
            LeadProfile previous = tenantProfiles.put(leadId, profile);
            transactions.onRollback(() -> {
                if (previous == null) {
                    tenantProfiles.remove(leadId);
                } else {
                    tenantProfiles.put(leadId, previous);
                }
            });
            return null;
        });
    }

    @Override
    public Map<LeadId, LeadProfile> findProfiles(TenantId tenantId, Collection<LeadId> leadIds) {
        return transactions.read(() -> {
            Map<LeadId, LeadProfile> tenantProfiles = profiles.getOrDefault(tenantId, Map.of());
            Map<LeadId, LeadProfile> found = new LinkedHashMap<>();
            for (LeadId id : leadIds) {
                LeadProfile profile = tenantProfiles.get(id);
                if (profile != null) {
                    found.put(id, profile);
                }
            }
            return found;
        });
    }
}
