package org.smartbizflow.crm.account.port.in;

import java.util.List;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.account.AssignmentRule;
import org.smartbizflow.crm.account.Territory;
import org.smartbizflow.crm.account.TerritoryCount;
import org.smartbizflow.crm.account.TerritoryId;

/** The territory tree, its assignment rules, and realigning accounts when rules change. */
public interface TerritoriesUseCase {

    /**
     * @throws org.smartbizflow.crm.shared.ValidationException when the key is taken or the parent unknown
     */
    TerritoryId defineTerritory(DefineTerritory command);

    /** Replaces a territory's rule and priority; accounts move only when a realignment is applied. */
    Territory changeRule(TerritoryId territory, AssignmentRule rule, int priority);

    /** Every territory, parents before children, siblings by key. */
    List<Territory> territories();

    /** Puts one account in a territory by hand (null: in none). */
    void assignTerritory(AccountId account, TerritoryId territory);

    /** The territory the current rules give the account, or null when none matches. */
    TerritoryId territoryFor(AccountId account);

    /** Evaluates the rules for every account the actor may change and lists what would move. */
    RealignmentPreview previewRealignment();

    /**
     * Applies a preview, each account in its own transaction: one failure does not stop the
     * others, and an account changed since the preview is skipped, not overwritten.
     */
    List<RealignmentResult> applyRealignment(RealignmentPreview preview);

    /** Accounts and revenue per territory, counted by the store. */
    List<TerritoryCount> accountsByTerritory();
}
