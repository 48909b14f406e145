package org.smartbizflow.crm.lead;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.UserId;

/**
 * Which leads a search returns. Empty sets and nulls mean "any"; all given criteria must hold.
 *
 * @param statuses      leads in one of these statuses
 * @param sources       leads from one of these channels
 * @param owners        leads owned by one of these users
 * @param createdFrom   captured at or after this instant
 * @param createdBefore captured before this instant
 * @param text          case-insensitive text contained in name, company or e-mail
 */
public record LeadFilter(Set<LeadStatus> statuses, Set<LeadSource> sources, Set<UserId> owners,
                         Instant createdFrom, Instant createdBefore, String text) {

    public LeadFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        sources = sources == null ? Set.of() : Set.copyOf(sources);
        owners = owners == null ? Set.of() : Set.copyOf(owners);
        text = Preconditions.maxLength(Preconditions.blankToNull(text), 200, "text");
        Preconditions.check(createdFrom == null || createdBefore == null || createdFrom.isBefore(createdBefore),
                "createdBefore", "must be after createdFrom");
    }

    /** Every lead. */
    public static LeadFilter any() {
        return new LeadFilter(Set.of(), Set.of(), Set.of(), null, null, null);
    }

    public LeadFilter withStatuses(LeadStatus... values) {
        return new LeadFilter(Set.copyOf(Arrays.asList(values)), sources, owners, createdFrom, createdBefore, text);
    }

    public LeadFilter withSources(LeadSource... values) {
        return new LeadFilter(statuses, Set.copyOf(Arrays.asList(values)), owners, createdFrom, createdBefore, text);
    }

    public LeadFilter withOwners(Set<UserId> values) {
        return new LeadFilter(statuses, sources, values, createdFrom, createdBefore, text);
    }

    public LeadFilter withOwners(UserId... values) {
        return withOwners(Set.copyOf(Arrays.asList(values)));
    }

    public LeadFilter createdBetween(Instant from, Instant before) {
        return new LeadFilter(statuses, sources, owners, from, before, text);
    }

    public LeadFilter withText(String value) {
        return new LeadFilter(statuses, sources, owners, createdFrom, createdBefore, value);
    }

    /** Does the lead satisfy every criterion? The in-memory reference for what queries return. */
    public boolean matches(LeadView lead) {
        if (!statuses.isEmpty() && !statuses.contains(lead.status())) {
            return false;
        }
        if (!sources.isEmpty() && !sources.contains(lead.source())) {
            return false;
        }
        if (!owners.isEmpty() && !owners.contains(lead.ownerId())) {
            return false;
        }
        if (createdFrom != null && lead.createdAt().isBefore(createdFrom)) {
            return false;
        }
        if (createdBefore != null && !lead.createdAt().isBefore(createdBefore)) {
            return false;
        }
        if (text != null) {
            String needle = text.toLowerCase(java.util.Locale.ROOT);
            return contains(lead.name(), needle) || contains(lead.company(), needle)
                    || (lead.email() != null && lead.email().value().contains(needle));
        }
        return true;
    }

    private static boolean contains(String haystack, String needle) {
        return haystack != null && haystack.toLowerCase(java.util.Locale.ROOT).contains(needle);
    }
}
