package org.smartbizflow.crm.account;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.TenantId;

/**
 * A typed, dated link between two accounts: "from is a {@code type} of to", with an
 * optional role (such as "preferred reseller for DACH"). Open-ended when {@code endsOn} is
 * null.
 *
 * @param id        identity
 * @param tenantId  owning tenant
 * @param from      the account the statement is about
 * @param to        the other account
 * @param type      partner, competitor, reseller or subsidiary
 * @param role      free-text role, or null
 * @param startsOn  first day it holds, or null when unknown
 * @param endsOn    last day it holds, or null while it lasts
 * @param createdAt when it was recorded
 */
public record AccountRelationship(UUID id, TenantId tenantId, AccountId from, AccountId to, RelationshipType type,
                                  String role, LocalDate startsOn, LocalDate endsOn, Instant createdAt) {

    public AccountRelationship {
        Preconditions.notNull(id, "id");
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(from, "from");
        Preconditions.notNull(to, "to");
        Preconditions.check(!from.equals(to), "to", "an account cannot be related to itself");
        Preconditions.notNull(type, "type");
        role = Preconditions.maxLength(Preconditions.blankToNull(role), 200, "role");
        Preconditions.check(startsOn == null || endsOn == null || !endsOn.isBefore(startsOn), "endsOn",
                "must not be before startsOn");
        Preconditions.notNull(createdAt, "createdAt");
    }

    /** Does the link hold on that day? */
    public boolean activeOn(LocalDate day) {
        return (startsOn == null || !startsOn.isAfter(day)) && (endsOn == null || !endsOn.isBefore(day));
    }

    /** The account at the other end from {@code account}. */
    public AccountId otherThan(AccountId account) {
        return from.equals(account) ? to : from;
    }

    public AccountRelationship endingOn(LocalDate day) {
        return new AccountRelationship(id, tenantId, from, to, type, role, startsOn, day, createdAt);
    }
}
