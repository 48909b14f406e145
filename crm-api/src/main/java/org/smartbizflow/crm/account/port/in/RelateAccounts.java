package org.smartbizflow.crm.account.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.account.RelationshipType;

/**
 * Record that one account is a partner, competitor, reseller or subsidiary of another.
 *
 * @param from     the account the statement is about
 * @param to       the other account
 * @param type     the kind of link
 * @param role     free-text role, optional
 * @param startsOn first day it holds, optional
 * @param endsOn   last day it holds, optional
 */
public record RelateAccounts(@NotNull AccountId from, @NotNull AccountId to, @NotNull RelationshipType type,
                             @Size(max = 200) String role, LocalDate startsOn, LocalDate endsOn) {

    public static RelateAccounts of(AccountId from, RelationshipType type, AccountId to) {
        return new RelateAccounts(from, to, type, null, null, null);
    }

    public RelateAccounts as(String newRole) {
        return new RelateAccounts(from, to, type, newRole, startsOn, endsOn);
    }

    public RelateAccounts between(LocalDate start, LocalDate end) {
        return new RelateAccounts(from, to, type, role, start, end);
    }
}
