package org.smartbizflow.crm.account.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.smartbizflow.crm.account.AssignmentRule;
import org.smartbizflow.crm.account.TerritoryId;

/**
 * Create a territory in the tree.
 *
 * @param key      stable key (what {@code Actor.territories} holds)
 * @param name     display name
 * @param parentId the parent territory, or null for a root
 * @param priority order among matching rules, lower first
 * @param rule     when accounts belong here, or null for hand assignment only
 */
public record DefineTerritory(@NotBlank @Size(max = 64) String key, @NotBlank @Size(max = 200) String name,
                              TerritoryId parentId, int priority, AssignmentRule rule) {

    public static DefineTerritory root(String key, String name) {
        return new DefineTerritory(key, name, null, 100, null);
    }

    public DefineTerritory under(TerritoryId parent) {
        return new DefineTerritory(key, name, parent, priority, rule);
    }

    public DefineTerritory withRule(int newPriority, AssignmentRule newRule) {
        return new DefineTerritory(key, name, parentId, newPriority, newRule);
    }
}
