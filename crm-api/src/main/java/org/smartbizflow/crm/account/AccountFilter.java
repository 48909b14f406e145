package org.smartbizflow.crm.account;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.Tag;
import org.smartbizflow.crm.shared.UserId;

/**
 * Which accounts a search returns. Empty sets and nulls mean "any"; all given criteria must
 * hold.
 *
 * @param owners     accounts owned by one of these users
 * @param industries accounts in one of these industries (exact, case-insensitive)
 * @param sizeBands  accounts in one of these size bands
 * @param tags       accounts carrying every one of these tags
 * @param text       case-insensitive text contained in the legal name or a domain
 */
public record AccountFilter(Set<UserId> owners, Set<String> industries, Set<SizeBand> sizeBands, Set<Tag> tags,
                            String text) {

    public AccountFilter {
        owners = owners == null ? Set.of() : Set.copyOf(owners);
        industries = industries == null ? Set.of()
                : industries.stream().map(i -> Preconditions.notBlank(i, "industries").toLowerCase(Locale.ROOT))
                        .collect(java.util.stream.Collectors.toUnmodifiableSet());
        sizeBands = sizeBands == null ? Set.of() : Set.copyOf(sizeBands);
        tags = tags == null ? Set.of() : Set.copyOf(tags);
        text = Preconditions.maxLength(Preconditions.blankToNull(text), 200, "text");
    }

    /** Every account. */
    public static AccountFilter any() {
        return new AccountFilter(Set.of(), Set.of(), Set.of(), Set.of(), null);
    }

    public AccountFilter withOwners(Set<UserId> values) {
        return new AccountFilter(values, industries, sizeBands, tags, text);
    }

    public AccountFilter withOwners(UserId... values) {
        return withOwners(Set.copyOf(Arrays.asList(values)));
    }

    public AccountFilter withIndustries(String... values) {
        return new AccountFilter(owners, Set.copyOf(Arrays.asList(values)), sizeBands, tags, text);
    }

    public AccountFilter withSizeBands(SizeBand... values) {
        return new AccountFilter(owners, industries, Set.copyOf(Arrays.asList(values)), tags, text);
    }

    public AccountFilter withTags(Tag... values) {
        return new AccountFilter(owners, industries, sizeBands, Set.copyOf(Arrays.asList(values)), text);
    }

    public AccountFilter withText(String value) {
        return new AccountFilter(owners, industries, sizeBands, tags, value);
    }

    /** Does the account satisfy every criterion? The in-memory reference for what queries return. */
    public boolean matches(AccountView account) {
        AccountProfile profile = account.profile();
        if (!owners.isEmpty() && !owners.contains(account.ownerId())) {
            return false;
        }
        if (!industries.isEmpty() && (profile.industry() == null
                || !industries.contains(profile.industry().toLowerCase(Locale.ROOT)))) {
            return false;
        }
        if (!sizeBands.isEmpty() && (profile.sizeBand() == null || !sizeBands.contains(profile.sizeBand()))) {
            return false;
        }
        if (!profile.tags().containsAll(tags)) {
            return false;
        }
        if (text != null) {
            String needle = text.toLowerCase(Locale.ROOT);
            return profile.legalName().toLowerCase(Locale.ROOT).contains(needle)
                    || profile.domains().stream().anyMatch(d -> d.value().contains(needle));
        }
        return true;
    }
}
