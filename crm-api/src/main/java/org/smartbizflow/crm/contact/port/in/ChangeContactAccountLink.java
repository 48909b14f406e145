package org.smartbizflow.crm.contact.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.smartbizflow.crm.contact.ContactAccountLink;
import org.smartbizflow.crm.contact.ContactAccountLinkType;

/**
 * Replace a link's type, role, dates and primary flag (the contact and account stay).
 *
 * @param linkId   the link
 * @param type     the new type
 * @param role     the new role, or null for none
 * @param startsOn the new first day, or null
 * @param endsOn   the new last day, or null; not before {@code startsOn}
 * @param primary  whether it is the contact's main link
 */
public record ChangeContactAccountLink(@NotNull UUID linkId, @NotNull ContactAccountLinkType type,
                                       @Size(max = 200) String role, LocalDate startsOn, LocalDate endsOn,
                                       boolean primary) {

    /** A change that starts from the link as it is. */
    public static ChangeContactAccountLink of(ContactAccountLink link) {
        return new ChangeContactAccountLink(link.id(), link.type(), link.role(), link.startsOn(), link.endsOn(),
                link.primary());
    }

    public ChangeContactAccountLink withType(ContactAccountLinkType newType) {
        return new ChangeContactAccountLink(linkId, newType, role, startsOn, endsOn, primary);
    }

    public ChangeContactAccountLink as(String newRole) {
        return new ChangeContactAccountLink(linkId, type, newRole, startsOn, endsOn, primary);
    }

    public ChangeContactAccountLink between(LocalDate start, LocalDate end) {
        return new ChangeContactAccountLink(linkId, type, role, start, end, primary);
    }

    public ChangeContactAccountLink primary(boolean newPrimary) {
        return new ChangeContactAccountLink(linkId, type, role, startsOn, endsOn, newPrimary);
    }
}
