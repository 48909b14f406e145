package org.smartbizflow.crm.lead.assignment.port.out;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.lead.assignment.AssignmentRuleSet;
import org.smartbizflow.crm.lead.assignment.LeadProfile;
import org.smartbizflow.crm.shared.TenantId;

/**
 * Storage of assignment rule sets, round-robin pointers and lead profiles. Every method is
 * scoped by tenant and runs inside the caller's transaction.
 */
public interface AssignmentRepository {

    Optional<AssignmentRuleSet> findRules(TenantId tenantId);

    /**
     * Stores the tenant's rule set: inserts a new one ({@link AssignmentRuleSet#isNew()}) at
     * version 0 when the tenant has none, otherwise replaces it if the stored version still equals
     * {@code rules.version()} and advances the stored version by one. Round-robin pointers
     * of teams that remain are kept; new teams start at 0.
     *
     * @throws org.smartbizflow.crm.shared.ConcurrencyConflictException when the stored
     *         version differs, a new rule set meets a stored one, or a loaded one meets none
     *         (nothing is written)
     */
    void saveRules(AssignmentRuleSet rules);

    /**
     * Where the team's rotation stands, read so that no concurrent transaction can move the
     * same pointer before this one ends (a row lock in databases); 0 for a team never used.
     */
    int lockPointer(TenantId tenantId, String team);

    /** Moves the team's rotation pointer (after {@link #lockPointer} in the same transaction). */
    void movePointer(TenantId tenantId, String team, int next);

    /** Stores (or replaces) what is known about a lead for routing. */
    void saveProfile(TenantId tenantId, LeadId leadId, LeadProfile profile);

    /** The stored profiles of those leads that have one. */
    Map<LeadId, LeadProfile> findProfiles(TenantId tenantId, Collection<LeadId> leadIds);
}
