package org.smartbizflow.crm.lead.assignment;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.smartbizflow.crm.lead.LeadSource;
import org.smartbizflow.crm.shared.CountryCode;
import org.smartbizflow.crm.shared.CustomFields;
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
 * @param custom      conditions on the lead's custom fields, all of which must hold
 */
public record RuleCondition(Set<LeadSource> sources, Set<CountryCode> countries, Set<String> territories,
                            EmployeeBand employees, List<CustomCondition> custom) {

    /** The most custom-field conditions one rule may have. */
    public static final int MAX_CUSTOM = 20;

    public RuleCondition {
        sources = sources == null ? Set.of() : Set.copyOf(sources);
        countries = countries == null ? Set.of() : Set.copyOf(countries);
        territories = territories == null ? Set.of() : territories.stream()
                .map(t -> Preconditions.maxLength(Preconditions.notBlank(t, "territories"), LeadProfile.TERRITORY_MAX,
                        "territories"))
                .collect(Collectors.toUnmodifiableSet());
        custom = custom == null ? List.of() : List.copyOf(custom);
        Preconditions.check(custom.size() <= MAX_CUSTOM, "custom", "at most " + MAX_CUSTOM + " custom-field conditions");
    }

    /** Without custom-field conditions. */
    public RuleCondition(Set<LeadSource> sources, Set<CountryCode> countries, Set<String> territories,
                         EmployeeBand employees) {
        this(sources, countries, territories, employees, List.of());
    }

    /** Every lead. */
    public static RuleCondition any() {
        return new RuleCondition(Set.of(), Set.of(), Set.of(), null, List.of());
    }

    public RuleCondition fromSources(LeadSource... values) {
        return new RuleCondition(Set.copyOf(Arrays.asList(values)), countries, territories, employees, custom);
    }

    public RuleCondition inCountries(CountryCode... values) {
        return new RuleCondition(sources, Set.copyOf(Arrays.asList(values)), territories, employees, custom);
    }

    public RuleCondition inTerritories(String... values) {
        return new RuleCondition(sources, countries, Set.copyOf(Arrays.asList(values)), employees, custom);
    }

    public RuleCondition withEmployees(EmployeeBand band) {
        return new RuleCondition(sources, countries, territories, band, custom);
    }

    /** Also these conditions on the lead's custom fields. */
    public RuleCondition withCustom(CustomCondition... conditions) {
        List<CustomCondition> all = new java.util.ArrayList<>(custom);
        all.addAll(Arrays.asList(conditions));
        return new RuleCondition(sources, countries, territories, employees, all);
    }

    /** Does a lead from this channel with this profile and no custom fields satisfy every criterion? */
    public boolean matches(LeadSource source, LeadProfile profile) {
        return matches(source, profile, CustomFields.none());
    }

    /** Does a lead from this channel, with this profile and these custom fields, satisfy every criterion? */
    public boolean matches(LeadSource source, LeadProfile profile, CustomFields fields) {
        for (CustomCondition condition : custom) {
            if (!condition.matches(fields)) {
                return false;
            }
        }
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
