package org.smartbizflow.crm.account;

import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.smartbizflow.crm.shared.CustomFields;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.Tag;

/**
 * What an account says about the organisation: the part a user edits as one form. Creating
 * an account and updating its profile both take a whole profile, so an update states the
 * complete new profile and the aggregate works out which fields changed.
 *
 * @param legalName     the registered name, 1 to {@value #LEGAL_NAME_MAX} characters
 * @param domains       web/e-mail domains, the first being the main one; no duplicates
 * @param industry      free-text industry (the host's own classification), or null
 * @param sizeBand      head-count band, or null when unknown
 * @param annualRevenue yearly revenue, not negative, or null when unknown
 * @param addresses     postal addresses with their use
 * @param taxIds        tax and registration numbers; one number per scheme
 * @param team          the key of the team that works the account, or null
 * @param customFields  the host's own fields
 * @param tags          labels
 */
public record AccountProfile(String legalName, List<DomainName> domains, String industry, SizeBand sizeBand,
                             Money annualRevenue, List<AccountAddress> addresses, List<TaxId> taxIds, String team,
                             CustomFields customFields, Set<Tag> tags) {

    public static final int LEGAL_NAME_MAX = 200;
    public static final int INDUSTRY_MAX = 100;
    public static final int TEAM_MAX = 64;
    public static final int MAX_DOMAINS = 20;
    public static final int MAX_ADDRESSES = 10;
    public static final int MAX_TAX_IDS = 10;
    public static final int MAX_TAGS = 50;

    public AccountProfile {
        legalName = Preconditions.maxLength(Preconditions.notBlank(legalName, "legalName"), LEGAL_NAME_MAX,
                "legalName");
        domains = copy(domains, "domains", MAX_DOMAINS);
        Preconditions.check(new HashSet<>(domains).size() == domains.size(), "domains", "must not repeat a domain");
        industry = Preconditions.maxLength(Preconditions.blankToNull(industry), INDUSTRY_MAX, "industry");
        Preconditions.check(annualRevenue == null || !annualRevenue.isNegative(), "annualRevenue",
                "must not be negative");
        addresses = copy(addresses, "addresses", MAX_ADDRESSES);
        taxIds = copy(taxIds, "taxIds", MAX_TAX_IDS);
        Preconditions.check(taxIds.stream().map(TaxId::scheme).distinct().count() == taxIds.size(), "taxIds",
                "must hold one number per scheme");
        team = Preconditions.maxLength(Preconditions.blankToNull(team), TEAM_MAX, "team");
        customFields = customFields == null ? CustomFields.none() : customFields;
        Set<Tag> sortedTags = new TreeSet<>(copy(tags, "tags", MAX_TAGS));
        tags = Collections.unmodifiableSet(sortedTags);
    }

    /** A profile with just the legal name. */
    public static AccountProfile named(String legalName) {
        return new AccountProfile(legalName, List.of(), null, null, null, List.of(), List.of(), null,
                CustomFields.none(), Set.of());
    }

    private static <T> List<T> copy(Collection<T> values, String field, int max) {
        if (values == null) {
            return List.of();
        }
        Preconditions.check(values.size() <= max, field, "has " + values.size() + " entries, at most " + max
                + " are allowed");
        for (T value : values) {
            Preconditions.notNull(value, field);
        }
        return List.copyOf(values);
    }

    /** The main domain, or null when the account has none. */
    public DomainName primaryDomain() {
        return domains.isEmpty() ? null : domains.get(0);
    }

    public AccountProfile withLegalName(String value) {
        return new AccountProfile(value, domains, industry, sizeBand, annualRevenue, addresses, taxIds, team,
                customFields, tags);
    }

    public AccountProfile withDomains(DomainName... values) {
        return new AccountProfile(legalName, List.of(values), industry, sizeBand, annualRevenue, addresses, taxIds,
                team, customFields, tags);
    }

    public AccountProfile withIndustry(String value) {
        return new AccountProfile(legalName, domains, value, sizeBand, annualRevenue, addresses, taxIds, team,
                customFields, tags);
    }

    public AccountProfile withSizeBand(SizeBand value) {
        return new AccountProfile(legalName, domains, industry, value, annualRevenue, addresses, taxIds, team,
                customFields, tags);
    }

    public AccountProfile withAnnualRevenue(Money value) {
        return new AccountProfile(legalName, domains, industry, sizeBand, value, addresses, taxIds, team,
                customFields, tags);
    }

    public AccountProfile withAddresses(AccountAddress... values) {
        return new AccountProfile(legalName, domains, industry, sizeBand, annualRevenue, List.of(values), taxIds,
                team, customFields, tags);
    }

    public AccountProfile withTaxIds(TaxId... values) {
        return new AccountProfile(legalName, domains, industry, sizeBand, annualRevenue, addresses, List.of(values),
                team, customFields, tags);
    }

    public AccountProfile withTeam(String value) {
        return new AccountProfile(legalName, domains, industry, sizeBand, annualRevenue, addresses, taxIds, value,
                customFields, tags);
    }

    public AccountProfile withCustomFields(CustomFields value) {
        return new AccountProfile(legalName, domains, industry, sizeBand, annualRevenue, addresses, taxIds, team,
                value, tags);
    }

    public AccountProfile withTags(Tag... values) {
        return new AccountProfile(legalName, domains, industry, sizeBand, annualRevenue, addresses, taxIds, team,
                customFields, new java.util.LinkedHashSet<>(List.of(values)));
    }
}
