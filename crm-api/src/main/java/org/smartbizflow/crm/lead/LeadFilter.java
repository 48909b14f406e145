package org.smartbizflow.crm.lead;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.smartbizflow.crm.shared.EmailAddress;
import org.smartbizflow.crm.shared.PhoneNumber;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.Tag;
import org.smartbizflow.crm.shared.UserId;

/**
 * Which leads a search returns. Empty sets and nulls mean "any"; all given criteria must hold.
 * Immutable: start from {@link #any()} and narrow it with the {@code with...} methods, each of
 * which returns a new filter. {@link #matches} is the reference every store agrees with.
 *
 * <p>Criteria: status, source, owner, creation and update ranges (from inclusive, before
 * exclusive), free text (name, company or e-mail contain it, ignoring case), name and company
 * contain, exact e-mail and phone, campaign ids, UTM source/medium/campaign (exact), score range
 * (inclusive; a lead without a score never matches a score range), tags (any of / all of) and
 * typed custom field conditions.
 */
public final class LeadFilter {

    private static final LeadFilter ANY = new Builder().build();

    private final Set<LeadStatus> statuses;
    private final Set<LeadSource> sources;
    private final Set<UserId> owners;
    private final Instant createdFrom;
    private final Instant createdBefore;
    private final Instant updatedFrom;
    private final Instant updatedBefore;
    private final String text;
    private final String nameContains;
    private final String companyContains;
    private final EmailAddress email;
    private final PhoneNumber phone;
    private final Set<String> campaignIds;
    private final String utmSource;
    private final String utmMedium;
    private final String utmCampaign;
    private final Integer minScore;
    private final Integer maxScore;
    private final Set<Tag> anyTags;
    private final Set<Tag> allTags;
    private final List<CustomFieldCriterion> customFields;

    private LeadFilter(Builder b) {
        statuses = b.statuses == null ? Set.of() : Set.copyOf(b.statuses);
        sources = b.sources == null ? Set.of() : Set.copyOf(b.sources);
        owners = b.owners == null ? Set.of() : Set.copyOf(b.owners);
        createdFrom = b.createdFrom;
        createdBefore = b.createdBefore;
        updatedFrom = b.updatedFrom;
        updatedBefore = b.updatedBefore;
        text = Preconditions.maxLength(Preconditions.blankToNull(b.text), 200, "text");
        nameContains = Preconditions.maxLength(Preconditions.blankToNull(b.nameContains), 200, "name");
        companyContains = Preconditions.maxLength(Preconditions.blankToNull(b.companyContains), 200, "company");
        email = b.email;
        phone = b.phone;
        campaignIds = b.campaignIds == null ? Set.of() : Set.copyOf(b.campaignIds);
        utmSource = Preconditions.blankToNull(b.utmSource);
        utmMedium = Preconditions.blankToNull(b.utmMedium);
        utmCampaign = Preconditions.blankToNull(b.utmCampaign);
        minScore = b.minScore;
        maxScore = b.maxScore;
        anyTags = b.anyTags == null ? Set.of() : Set.copyOf(b.anyTags);
        allTags = b.allTags == null ? Set.of() : Set.copyOf(b.allTags);
        customFields = b.customFields == null ? List.of() : List.copyOf(b.customFields);
        Preconditions.check(createdFrom == null || createdBefore == null || createdFrom.isBefore(createdBefore),
                "createdBefore", "must be after createdFrom");
        Preconditions.check(updatedFrom == null || updatedBefore == null || updatedFrom.isBefore(updatedBefore),
                "updatedBefore", "must be after updatedFrom");
        Preconditions.check(minScore == null || (minScore >= 0 && minScore <= 100), "minScore", "must be 0 to 100");
        Preconditions.check(maxScore == null || (maxScore >= 0 && maxScore <= 100), "maxScore", "must be 0 to 100");
        Preconditions.check(minScore == null || maxScore == null || minScore <= maxScore, "maxScore",
                "must not be below minScore");
        Preconditions.check(customFields.size() <= 20, "customFields", "at most 20 custom field conditions");
        Preconditions.check(anyTags.size() <= 50 && allTags.size() <= 50, "tags", "at most 50 tags per condition");
    }

    /** Every lead. */
    public static LeadFilter any() {
        return ANY;
    }

    public Set<LeadStatus> statuses() {
        return statuses;
    }

    public Set<LeadSource> sources() {
        return sources;
    }

    public Set<UserId> owners() {
        return owners;
    }

    public Instant createdFrom() {
        return createdFrom;
    }

    public Instant createdBefore() {
        return createdBefore;
    }

    public Instant updatedFrom() {
        return updatedFrom;
    }

    public Instant updatedBefore() {
        return updatedBefore;
    }

    public String text() {
        return text;
    }

    public String nameContains() {
        return nameContains;
    }

    public String companyContains() {
        return companyContains;
    }

    public EmailAddress email() {
        return email;
    }

    public PhoneNumber phone() {
        return phone;
    }

    public Set<String> campaignIds() {
        return campaignIds;
    }

    public String utmSource() {
        return utmSource;
    }

    public String utmMedium() {
        return utmMedium;
    }

    public String utmCampaign() {
        return utmCampaign;
    }

    public Integer minScore() {
        return minScore;
    }

    public Integer maxScore() {
        return maxScore;
    }

    public Set<Tag> anyTags() {
        return anyTags;
    }

    public Set<Tag> allTags() {
        return allTags;
    }

    public List<CustomFieldCriterion> customFields() {
        return customFields;
    }

    public LeadFilter withStatuses(LeadStatus... values) {
        return copy(b -> b.statuses = Set.copyOf(Arrays.asList(values)));
    }

    public LeadFilter withSources(LeadSource... values) {
        return copy(b -> b.sources = Set.copyOf(Arrays.asList(values)));
    }

    public LeadFilter withOwners(Set<UserId> values) {
        return copy(b -> b.owners = values);
    }

    public LeadFilter withOwners(UserId... values) {
        return withOwners(Set.copyOf(Arrays.asList(values)));
    }

    /** Captured at or after {@code from} and before {@code before}; either may be null. */
    public LeadFilter createdBetween(Instant from, Instant before) {
        return copy(b -> {
            b.createdFrom = from;
            b.createdBefore = before;
        });
    }

    /** Last changed at or after {@code from} and before {@code before}; either may be null. */
    public LeadFilter updatedBetween(Instant from, Instant before) {
        return copy(b -> {
            b.updatedFrom = from;
            b.updatedBefore = before;
        });
    }

    public LeadFilter withText(String value) {
        return copy(b -> b.text = value);
    }

    public LeadFilter withNameContaining(String value) {
        return copy(b -> b.nameContains = value);
    }

    public LeadFilter withCompanyContaining(String value) {
        return copy(b -> b.companyContains = value);
    }

    public LeadFilter withEmail(EmailAddress value) {
        return copy(b -> b.email = value);
    }

    public LeadFilter withPhone(PhoneNumber value) {
        return copy(b -> b.phone = value);
    }

    public LeadFilter withCampaigns(String... ids) {
        return copy(b -> b.campaignIds = Set.copyOf(Arrays.asList(ids)));
    }

    /** Exact UTM source, medium and campaign; null leaves a parameter unconstrained. */
    public LeadFilter withUtm(String source, String medium, String campaign) {
        return copy(b -> {
            b.utmSource = source;
            b.utmMedium = medium;
            b.utmCampaign = campaign;
        });
    }

    /** Score between the bounds, both inclusive; null leaves an end open. */
    public LeadFilter scoreBetween(Integer min, Integer max) {
        return copy(b -> {
            b.minScore = min;
            b.maxScore = max;
        });
    }

    /** Leads carrying at least one of these tags. */
    public LeadFilter withAnyTag(Tag... tags) {
        return copy(b -> b.anyTags = Set.copyOf(Arrays.asList(tags)));
    }

    /** Leads carrying every one of these tags. */
    public LeadFilter withAllTags(Tag... tags) {
        return copy(b -> b.allTags = Set.copyOf(Arrays.asList(tags)));
    }

    /** Adds a custom field condition to those already given. */
    public LeadFilter withCustomField(CustomFieldCriterion criterion) {
        Preconditions.notNull(criterion, "criterion");
        return copy(b -> {
            List<CustomFieldCriterion> all = new ArrayList<>(b.customFields == null ? List.of() : b.customFields);
            all.add(criterion);
            b.customFields = all;
        });
    }

    /** Does the lead satisfy every criterion? The in-memory reference for what queries return. */
    public boolean matches(LeadView lead) {
        return matchesStandard(lead) && matchesProfile(lead);
    }

    private boolean matchesStandard(LeadView lead) {
        if (!statuses.isEmpty() && !statuses.contains(lead.status())
                || !sources.isEmpty() && !sources.contains(lead.source())
                || !owners.isEmpty() && !owners.contains(lead.ownerId())) {
            return false;
        }
        if (!inRange(lead.createdAt(), createdFrom, createdBefore) || !inRange(lead.updatedAt(), updatedFrom, updatedBefore)) {
            return false;
        }
        if (text != null) {
            String needle = text.toLowerCase(Locale.ROOT);
            if (!(contains(lead.name(), needle) || contains(lead.company(), needle)
                    || (lead.email() != null && lead.email().value().contains(needle)))) {
                return false;
            }
        }
        return (nameContains == null || contains(lead.name(), nameContains.toLowerCase(Locale.ROOT)))
                && (companyContains == null || contains(lead.company(), companyContains.toLowerCase(Locale.ROOT)))
                && (email == null || email.equals(lead.email()))
                && (phone == null || phone.equals(lead.phone()));
    }

    private boolean matchesProfile(LeadView lead) {
        Attribution a = lead.attribution();
        if (!campaignIds.isEmpty() && (a.campaignId() == null || !campaignIds.contains(a.campaignId()))
                || utmSource != null && !utmSource.equals(a.utmSource())
                || utmMedium != null && !utmMedium.equals(a.utmMedium())
                || utmCampaign != null && !utmCampaign.equals(a.utmCampaign())) {
            return false;
        }
        if ((minScore != null || maxScore != null) && (lead.score() == null
                || minScore != null && lead.score() < minScore || maxScore != null && lead.score() > maxScore)) {
            return false;
        }
        if (!anyTags.isEmpty() && Collections.disjoint(anyTags, lead.tags())
                || !lead.tags().containsAll(allTags)) {
            return false;
        }
        return customFields.stream().allMatch(c -> c.matches(lead.customFields()));
    }

    private static boolean inRange(Instant at, Instant from, Instant before) {
        return (from == null || !at.isBefore(from)) && (before == null || at.isBefore(before));
    }

    private static boolean contains(String haystack, String needle) {
        return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle);
    }

    private LeadFilter copy(java.util.function.Consumer<Builder> change) {
        Builder b = new Builder(this);
        change.accept(b);
        return b.build();
    }

    private List<Object> parts() {
        return Arrays.asList(statuses, sources, owners, createdFrom, createdBefore, updatedFrom, updatedBefore, text,
                nameContains, companyContains, email, phone, campaignIds, utmSource, utmMedium, utmCampaign, minScore,
                maxScore, anyTags, allTags, customFields);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LeadFilter f && parts().equals(f.parts());
    }

    @Override
    public int hashCode() {
        return Objects.hash(parts().toArray());
    }

    @Override
    public String toString() {
        return "LeadFilter" + parts();
    }

    /** The mutable state behind the copy-on-write methods. */
    private static final class Builder {
        private Set<LeadStatus> statuses;
        private Set<LeadSource> sources;
        private Set<UserId> owners;
        private Instant createdFrom;
        private Instant createdBefore;
        private Instant updatedFrom;
        private Instant updatedBefore;
        private String text;
        private String nameContains;
        private String companyContains;
        private EmailAddress email;
        private PhoneNumber phone;
        private Set<String> campaignIds;
        private String utmSource;
        private String utmMedium;
        private String utmCampaign;
        private Integer minScore;
        private Integer maxScore;
        private Set<Tag> anyTags;
        private Set<Tag> allTags;
        private List<CustomFieldCriterion> customFields;

        Builder() {
        }

        Builder(LeadFilter f) {
            statuses = f.statuses;
            sources = f.sources;
            owners = f.owners;
            createdFrom = f.createdFrom;
            createdBefore = f.createdBefore;
            updatedFrom = f.updatedFrom;
            updatedBefore = f.updatedBefore;
            text = f.text;
            nameContains = f.nameContains;
            companyContains = f.companyContains;
            email = f.email;
            phone = f.phone;
            campaignIds = f.campaignIds;
            utmSource = f.utmSource;
            utmMedium = f.utmMedium;
            utmCampaign = f.utmCampaign;
            minScore = f.minScore;
            maxScore = f.maxScore;
            anyTags = f.anyTags;
            allTags = f.allTags;
            customFields = f.customFields;
        }

        LeadFilter build() {
            return new LeadFilter(this);
        }
    }
}
