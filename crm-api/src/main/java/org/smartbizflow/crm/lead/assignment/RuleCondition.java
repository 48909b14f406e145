package org.smartbizflow.crm.lead.assignment;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.smartbizflow.crm.lead.LeadSource;
import org.smartbizflow.crm.shared.CountryCode;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * When an assignment rule applies. Empty sets and a null band mean "any"; every given
 * criterion must hold. A criterion on a fact the lead's profile does not know (no country,
 * no territory, no size) does not hold.
 *
 * @param sources     lead channels
 * @param countries   lead countries
 * @param territories territory keys
 * @param employees   company-size band
 */
public record RuleCondition(Set<LeadSource> sources, Set<CountryCode> countries, Set<String> territories,
                            EmployeeBand employees) {

    public RuleCondition {
        sources = sources == null ? Set.of() : Set.copyOf(sources);
        countries = countries == null ? Set.of() : Set.copyOf(countries);
        territories = territories == null ? Set.of() : territories.stream()
                .map(t -> Preconditions.maxLength(Preconditions.notBlank(t, "territories"), LeadProfile.TERRITORY_MAX,
                        "territories"))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Every lead. */
    public static RuleCondition any() {
        return new RuleCondition(Set.of(), Set.of(), Set.of(), null);
    }

    public RuleCondition fromSources(LeadSource... values) {
        return new RuleCondition(Set.copyOf(Arrays.asList(values)), countries, territories, employees);
    }

    public RuleCondition inCountries(CountryCode... values) {
        return new RuleCondition(sources, Set.copyOf(Arrays.asList(values)), territories, employees);
    }

    public RuleCondition inTerritories(String... values) {
        return new RuleCondition(sources, countries, Set.copyOf(Arrays.asList(values)), employees);
    }

    public RuleCondition withEmployees(EmployeeBand band) {
        return new RuleCondition(sources, countries, territories, band);
    }

    /** Does a lead from this channel with this profile satisfy every criterion? */
    public boolean matches(LeadSource source, LeadProfile profile) {
        if (!sources.isEmpty() && !sources.contains(source)) {
            return false;
        }
        if (!countries.isEmpty() && (profile.country() == null || !countries.contains(profile.country()))) {
            return false;
        }
        if (!territories.isEmpty() && (profile.territory() == null || !territories.contains(profile.territory()))) {
            return false;
        }
        return employees == null || employees.contains(profile.employees());
    }
}
