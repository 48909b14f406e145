package org.smartbizflow.crm.contact;

import java.time.LocalDate;
import java.util.Set;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.UserId;

/**
 * Which links of an account to list.
 *
 * @param types     the link types wanted; empty for all
 * @param currentOn only links that hold on this day, or null for current and past alike
 * @param owners    only links of contacts owned by one of these users; empty for any owner
 *                  (the use cases fill it from the access policy)
 */
public record ContactLinkFilter(Set<ContactAccountLinkType> types, LocalDate currentOn, Set<UserId> owners) {

    public ContactLinkFilter {
        types = Set.copyOf(Preconditions.notNull(types, "types"));
        owners = Set.copyOf(Preconditions.notNull(owners, "owners"));
    }

    /** Every link, of every type, current or not. */
    public static ContactLinkFilter any() {
        return new ContactLinkFilter(Set.of(), null, Set.of());
    }

    public ContactLinkFilter ofTypes(ContactAccountLinkType... wanted) {
        return new ContactLinkFilter(Set.of(wanted), currentOn, owners);
    }

    public ContactLinkFilter currentOn(LocalDate day) {
        return new ContactLinkFilter(types, day, owners);
    }

    public ContactLinkFilter ownedBy(Set<UserId> wanted) {
        return new ContactLinkFilter(types, currentOn, wanted);
    }

    /** Does the link pass the type and date parts (the owner part needs the contact)? */
    public boolean admits(ContactAccountLink link) {
        return (types.isEmpty() || types.contains(link.type())) && (currentOn == null || link.activeOn(currentOn));
    }
}
