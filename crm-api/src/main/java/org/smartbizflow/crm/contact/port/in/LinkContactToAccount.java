package org.smartbizflow.crm.contact.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.contact.ContactAccountLinkType;
import org.smartbizflow.crm.contact.ContactId;

/**
 * Link a person to an account: works at, former, board member.
 *
 * @param contactId the person
 * @param accountId the account
 * @param type      the kind of link
 * @param role      role or title at the account, optional
 * @param startsOn  first day it holds, optional
 * @param endsOn    last day it holds, optional; not before {@code startsOn}
 * @param primary   make it the contact's main link (any other primary link stops being one)
 */
public record LinkContactToAccount(@NotNull ContactId contactId, @NotNull AccountId accountId,
                                   @NotNull ContactAccountLinkType type, @Size(max = 200) String role,
                                   LocalDate startsOn, LocalDate endsOn, boolean primary) {

    public static LinkContactToAccount of(ContactId contact, ContactAccountLinkType type, AccountId account) {
        return new LinkContactToAccount(contact, account, type, null, null, null, false);
    }

    public LinkContactToAccount as(String newRole) {
        return new LinkContactToAccount(contactId, accountId, type, newRole, startsOn, endsOn, primary);
    }

    public LinkContactToAccount between(LocalDate start, LocalDate end) {
        return new LinkContactToAccount(contactId, accountId, type, role, start, end, primary);
    }

    public LinkContactToAccount asPrimary() {
        return new LinkContactToAccount(contactId, accountId, type, role, startsOn, endsOn, true);
    }
}
