package org.smartbizflow.crm.account;

import org.smartbizflow.crm.shared.Preconditions;

/**
 * One hit of a sanctions or watch-list screening, as the screening provider reported it. The
 * CRM stores flags as data; deciding what a hit means stays with the host's compliance team.
 *
 * @param kind        sanctions, watch list or politically exposed person
 * @param list        the list that matched, e.g. {@code EU-CFSP}, 1 to 100 characters
 * @param matchedName the listed name that matched, 1 to 200 characters
 * @param reference   the provider's reference of the entry, or null
 */
public record ScreeningFlag(Kind kind, String list, String matchedName, String reference) {

    /** What sort of list matched. */
    public enum Kind { SANCTIONS, WATCH_LIST, POLITICALLY_EXPOSED }

    public ScreeningFlag {
        Preconditions.notNull(kind, "flag.kind");
        list = Preconditions.maxLength(Preconditions.notBlank(list, "flag.list"), 100, "flag.list");
        matchedName = Preconditions.maxLength(Preconditions.notBlank(matchedName, "flag.matchedName"), 200,
                "flag.matchedName");
        reference = Preconditions.maxLength(Preconditions.blankToNull(reference), 200, "flag.reference");
    }

    @Override
    public String toString() {
        return kind + " " + list + ": " + matchedName + (reference == null ? "" : " (" + reference + ")");
    }
}
