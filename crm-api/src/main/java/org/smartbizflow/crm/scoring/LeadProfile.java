package org.smartbizflow.crm.scoring;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * What a lead scorer sees of a lead: profile attributes by name (industry, employees,
 * country, title, ...) and its engagement history. A plain value rather than the Lead
 * aggregate so that scorers stay independent of how the CRM stores leads and so a host can
 * add attributes of its own.
 *
 * @param subjectId  the id of the lead (or contact) being scored, for reports
 * @param attributes profile fields by name; values are text, numbers as text are accepted
 * @param events     engagement history, in any order
 */
public record LeadProfile(String subjectId, Map<String, String> attributes, List<EngagementEvent> events) {

    public LeadProfile {
        Preconditions.notBlank(subjectId, "subjectId");
        Preconditions.notNull(attributes, "attributes");
        Preconditions.notNull(events, "events");
        attributes = Map.copyOf(attributes);
        events = List.copyOf(events);
    }

    /** The attribute's value, if present and not blank. */
    public Optional<String> attribute(String name) {
        return Optional.ofNullable(attributes.get(name)).filter(v -> !v.isBlank());
    }
}
