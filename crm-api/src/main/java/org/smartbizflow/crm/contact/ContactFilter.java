package org.smartbizflow.crm.contact;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.Tag;
import org.smartbizflow.crm.shared.UserId;

/**
 * Which contacts a plain search returns. Empty sets and nulls mean "any"; all given criteria
 * must hold. Richer conditions (custom fields, OR and NOT) are segment criteria.
 *
 * @param owners   contacts owned by one of these users
 * @param accounts contacts working at one of these accounts
 * @param tags     contacts carrying at least one of these tags
 * @param text     case-insensitive text contained in the name or any e-mail address
 * @param includeErased whether erased (anonymised) contacts are returned too
 */
public record ContactFilter(Set<UserId> owners, Set<AccountId> accounts, Set<Tag> tags, String text,
                            boolean includeErased) {

    public ContactFilter {
        owners = owners == null ? Set.of() : Set.copyOf(owners);
        accounts = accounts == null ? Set.of() : Set.copyOf(accounts);
        tags = tags == null ? Set.of() : Set.copyOf(tags);
        text = Preconditions.maxLength(Preconditions.blankToNull(text), 200, "text");
    }

    /** Every contact that was not erased. */
    public static ContactFilter any() {
        return new ContactFilter(Set.of(), Set.of(), Set.of(), null, false);
    }

    public ContactFilter withOwners(UserId... values) {
        return new ContactFilter(Set.copyOf(Arrays.asList(values)), accounts, tags, text, includeErased);
    }

    public ContactFilter withAccounts(AccountId... values) {
        return new ContactFilter(owners, Set.copyOf(Arrays.asList(values)), tags, text, includeErased);
    }

    public ContactFilter withTags(String... values) {
        return new ContactFilter(owners, accounts, Arrays.stream(values).map(Tag::of).collect(
                java.util.stream.Collectors.toSet()), text, includeErased);
    }

    public ContactFilter withText(String value) {
        return new ContactFilter(owners, accounts, tags, value, includeErased);
    }

    public ContactFilter includingErased() {
        return new ContactFilter(owners, accounts, tags, text, true);
    }

    /** Does the contact satisfy every criterion? The in-memory reference for what queries return. */
    public boolean matches(ContactView contact) {
        if (!includeErased && contact.erased()) {
            return false;
        }
        if (!owners.isEmpty() && !owners.contains(contact.ownerId())) {
            return false;
        }
        ContactProfile profile = contact.profile();
        if (!accounts.isEmpty() && (profile.accountId() == null || !accounts.contains(profile.accountId()))) {
            return false;
        }
        if (!tags.isEmpty() && profile.tags().stream().noneMatch(tags::contains)) {
            return false;
        }
        if (text != null) {
            String needle = text.toLowerCase(Locale.ROOT);
            return profile.name().toLowerCase(Locale.ROOT).contains(needle)
                    || profile.emails().stream().anyMatch(e -> e.address().value().contains(needle));
        }
        return true;
    }
}
