package org.smartbizflow.crm.lead.assignment;

import org.smartbizflow.crm.shared.CountryCode;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * The firmographics assignment rules route on that a lead record does not carry itself:
 * where the lead is and how large its company is. Kept beside the lead by the assignment
 * store, so a later "reassign by rules" routes on the same facts as the capture did.
 *
 * @param country   the lead's country, or null when unknown
 * @param territory the host's territory key (as in {@code Actor.territories()}), or null
 * @param employees the company's head count, or null when unknown
 */
public record LeadProfile(CountryCode country, String territory, Integer employees) {

    public static final int TERRITORY_MAX = 64;

    public LeadProfile {
        territory = Preconditions.maxLength(Preconditions.blankToNull(territory), TERRITORY_MAX, "territory");
        Preconditions.check(employees == null || employees >= 0, "employees", "must not be negative");
    }

    /** Nothing known beyond the lead itself. */
    public static LeadProfile unknown() {
        return new LeadProfile(null, null, null);
    }

    public LeadProfile inCountry(CountryCode value) {
        return new LeadProfile(value, territory, employees);
    }

    public LeadProfile inTerritory(String value) {
        return new LeadProfile(country, value, employees);
    }

    public LeadProfile withEmployees(Integer value) {
        return new LeadProfile(country, territory, value);
    }

    public boolean isUnknown() {
        return country == null && territory == null && employees == null;
    }
}
