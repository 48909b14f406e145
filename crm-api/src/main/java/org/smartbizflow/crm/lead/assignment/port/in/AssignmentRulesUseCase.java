package org.smartbizflow.crm.lead.assignment.port.in;

import java.util.Optional;
import org.smartbizflow.crm.lead.assignment.AssignmentRuleSet;

/** Read and replace the tenant's assignment rules. */
public interface AssignmentRulesUseCase {

    /**
     * @return the version now stored
     * @throws org.smartbizflow.crm.shared.ValidationException for inconsistent rules (unknown team, duplicates)
     * @throws org.smartbizflow.crm.shared.ConcurrencyConflictException when {@code expectedVersion} is stale
     * @throws org.smartbizflow.crm.shared.AccessDeniedException unless the actor may change the rules
     */
    long defineRules(DefineAssignmentRules command);

    /** The tenant's rules, if any were defined. */
    Optional<AssignmentRuleSet> rules();
}
