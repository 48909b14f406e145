package org.smartbizflow.crm.contact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.TenantId;

/**
 * A typed, dated link from a person to an account: "contact WORKS_AT account as CFO from
 * 2024-01-01". A contact may hold several (a job, a board seat, a former employer); at most
 * one of them is primary, the one a host shows first. Open-ended while {@code endsOn} is null.
 *
 * @param id        identity
 * @param tenantId  owning tenant
 * @param contactId the person
 * @param accountId the account
 * @param type      works at, former, board member
 * @param role      role or title at the account, or null
 * @param startsOn  first day it holds, or null when unknown
 * @param endsOn    last day it holds, or null while it lasts
 * @param primary   whether it is the contact's main link
 * @param createdAt when it was recorded
 */
public record ContactAccountLink(UUID id, TenantId tenantId, ContactId contactId, AccountId accountId,
                                 ContactAccountLinkType type, String role, LocalDate startsOn, LocalDate endsOn,
                                 boolean primary, Instant createdAt) {

    public ContactAccountLink {
        Preconditions.notNull(id, "id");
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(contactId, "contactId");
        Preconditions.notNull(accountId, "accountId");
        Preconditions.notNull(type, "type");
        role = Preconditions.maxLength(Preconditions.blankToNull(role), 200, "role");
        checkDates(startsOn, endsOn);
        Preconditions.notNull(createdAt, "createdAt");
    }

    /** Refuses an end before the start, naming {@code endsOn}. */
    public static void checkDates(LocalDate startsOn, LocalDate endsOn) {
        Preconditions.check(startsOn == null || endsOn == null || !endsOn.isBefore(startsOn), "endsOn",
                "must not be before startsOn");
    }

    /** Does the link hold on that day? */
    public boolean activeOn(LocalDate day) {
        return (startsOn == null || !startsOn.isAfter(day)) && (endsOn == null || !endsOn.isBefore(day));
    }

    /** The same link ending on that day (it holds through the day). */
    public ContactAccountLink endingOn(LocalDate day) {
        return new ContactAccountLink(id, tenantId, contactId, accountId, type, role, startsOn, day, primary,
                createdAt);
    }

    /** The same link with another type, role, dates and primary flag. */
    public ContactAccountLink changedTo(ContactAccountLinkType newType, String newRole, LocalDate newStart,
                                        LocalDate newEnd, boolean newPrimary) {
        return new ContactAccountLink(id, tenantId, contactId, accountId, newType, newRole, newStart, newEnd,
                newPrimary, createdAt);
    }

    /** The same link, primary or not. */
    public ContactAccountLink withPrimary(boolean newPrimary) {
        return new ContactAccountLink(id, tenantId, contactId, accountId, type, role, startsOn, endsOn, newPrimary,
                createdAt);
    }

    /** A readable line for audit entries. */
    public String describe() {
        return type + " " + accountId + (role == null ? "" : " as " + role)
                + (startsOn == null ? "" : " from " + startsOn) + (endsOn == null ? "" : " until " + endsOn)
                + (primary ? " (primary)" : "");
    }
}
