package org.smartbizflow.crm.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.contact.ContactId;
import org.smartbizflow.crm.lead.Attribution;
import org.smartbizflow.crm.lead.Conversion;
import org.smartbizflow.crm.lead.CustomFieldCriterion;
import org.smartbizflow.crm.lead.CustomFieldKey;
import org.smartbizflow.crm.lead.Lead;
import org.smartbizflow.crm.lead.LeadFilter;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.lead.LeadMilestone;
import org.smartbizflow.crm.lead.LeadSort;
import org.smartbizflow.crm.lead.LeadSource;
import org.smartbizflow.crm.lead.LeadStatus;
import org.smartbizflow.crm.lead.LeadView;
import org.smartbizflow.crm.lead.port.out.LeadRepository;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.persistence.CrmPersistence;
import org.smartbizflow.crm.shared.CustomValue;
import org.smartbizflow.crm.shared.EmailAddress;
import org.smartbizflow.crm.shared.Page;
import org.smartbizflow.crm.shared.PageRequest;
import org.smartbizflow.crm.shared.PhoneNumber;
import org.smartbizflow.crm.shared.Tag;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * What every {@link LeadRepository} must do with a lead's attribution, custom fields, tags,
 * score and milestones: store them, filter on them in the store, sort and keyset-page by every
 * sort key, and compute medians. {@link LeadFilter#matches} and {@link LeadSort#comparator()}
 * are the references. Subclass it per adapter as {@link LeadRepositoryContract}.
 */
public abstract class LeadSearchContract {

    private static final UserId ACTOR = UserId.of("u-1");

    /** The store under test; called once before each test. */
    protected abstract CrmPersistence persistence();

    private CrmPersistence store;
    private TenantId tenant;

    @BeforeEach
    void openStore() {
        store = persistence();
        tenant = LeadFixtures.freshTenant();
    }

    private <T> T tx(Supplier<T> work) {
        return store.transactions().inTransaction(work);
    }

    private LeadRepository leads() {
        return store.leads();
    }

    private void insertOneByOne(List<Lead> batch) {
        store.transactions().inTransaction(() -> batch.forEach(leads()::insert));
    }

    private void insertBatch(List<Lead> batch) {
        store.transactions().inTransaction(() -> leads().insertAll(batch));
    }

    private LeadView load(LeadId id) {
        return tx(() -> leads().find(tenant, id)).orElseThrow().view();
    }

    private static Lead profiled(TenantId tenant) {
        Map<String, CustomValue> custom = new LinkedHashMap<>();
        custom.put("employees", CustomValue.number(new BigDecimal("1250.50")));
        custom.put("renewal", CustomValue.date(LocalDate.of(2027, 2, 28)));
        custom.put("industry", CustomValue.text("Précision Engineering, \"quoted\""));
        custom.put("partner", CustomValue.bool(true));
        return Lead.capture(LeadFixtures.nextLeadId(), tenant, UserId.of("owner-1"), "Ada Lovelace", "Engines Ltd",
                EmailAddress.of("ada@engines.example"), PhoneNumber.of("+442079460000"), LeadSource.WEB_FORM,
                Attribution.campaign("spring-fair", "Spring Fair 2026").withUtm("newsletter", "email", "spring",
                        "engines", "banner-a"),
                org.smartbizflow.crm.shared.CustomFields.of(custom), Set.of(Tag.of("VIP"), Tag.of("emea")),
                LeadFixtures.BASE_TIME);
    }

    @Test
    void storesAndLoadsAttributionCustomFieldsTagsAndScore() {
        Lead one = profiled(tenant);
        Lead two = profiled(tenant);
        insertOneByOne(List.of(one));
        insertBatch(List.of(two));

        for (Lead lead : List.of(one, two)) {
            LeadView loaded = load(lead.id());
            assertThat(loaded).usingRecursiveComparison().isEqualTo(lead.view().withVersion(0));
            assertThat(loaded.customFields().get("employees")).contains(CustomValue.number(new BigDecimal("1250.5")));
            assertThat(loaded.tags()).containsExactly(Tag.of("emea"), Tag.of("vip"));
        }
    }

    @Test
    void updatesReplaceChangeAndRemoveChildValuesAndMilestones() {
        Lead lead = profiled(tenant);
        insertOneByOne(List.of(lead));
        Instant later = LeadFixtures.BASE_TIME.plusSeconds(3600);

        tx(() -> {
            Lead stored = leads().find(tenant, lead.id()).orElseThrow();
            Map<String, CustomValue> updates = new LinkedHashMap<>();
            updates.put("employees", CustomValue.text("about a thousand"));
            updates.put("renewal", null);
            updates.put("region", CustomValue.text("north"));
            stored.updateCustomFields(updates, ACTOR, later);
            stored.untag(Set.of(Tag.of("vip")), ACTOR, later);
            stored.tag(Set.of(Tag.of("hot")), ACTOR, later);
            stored.attribute(Attribution.campaign("autumn", null), ACTOR, later);
            stored.rescore(87, ACTOR, later);
            stored.moveTo(LeadStatus.QUALIFIED, ACTOR, later);
            leads().update(stored);
            return null;
        });
        tx(() -> {
            Lead stored = leads().find(tenant, lead.id()).orElseThrow();
            stored.convert(new Conversion(AccountId.of(LeadFixtures.nextId()), ContactId.of(LeadFixtures.nextId()),
                    OpportunityId.of(LeadFixtures.nextId())), ACTOR, later.plusSeconds(60));
            leads().update(stored);
            return null;
        });

        LeadView loaded = load(lead.id());
        assertThat(loaded.customFields().values()).containsOnlyKeys("employees", "industry", "partner", "region");
        assertThat(loaded.customFields().get("employees")).contains(CustomValue.text("about a thousand"));
        assertThat(loaded.tags()).containsExactly(Tag.of("emea"), Tag.of("hot"));
        assertThat(loaded.attribution()).isEqualTo(Attribution.campaign("autumn", null));
        assertThat(loaded.score()).isEqualTo(87);
        assertThat(loaded.qualifiedAt()).isEqualTo(later);
        assertThat(loaded.convertedAt()).isEqualTo(later.plusSeconds(60));
        assertThat(loaded.conversion()).isNotNull();
        assertThat(loaded.status()).isEqualTo(LeadStatus.CONVERTED);
        assertThat(tx(() -> leads().count(tenant, LeadFilter.any().withAnyTag(Tag.of("vip"))))).isZero();
        assertThat(tx(() -> leads().count(tenant, LeadFilter.any().withAnyTag(Tag.of("hot"))))).isOne();
    }

    @Test
    void aDeletedLeadLeavesNoTagsOrFieldsBehind() {
        Lead lead = profiled(tenant);
        insertOneByOne(List.of(lead));
        tx(() -> {
            leads().delete(tenant, lead.id(), 0);
            return null;
        });
        Lead again = profiled(tenant);
        insertOneByOne(List.of(again));

        assertThat(tx(() -> leads().count(tenant, LeadFilter.any().withAnyTag(Tag.of("vip"))))).isOne();
        assertThat(tx(() -> leads().customFieldKeys(tenant, LeadFilter.any()))).hasSize(4);
    }

    @Test
    void everyNewCriterionSelectsWhatLeadFilterMatches() {
        List<Lead> stored = new ArrayList<>(LeadFixtures.varied(tenant, 180, 31));
        stored.add(profiled(tenant));
        insertBatch(stored);
        insertBatch(LeadFixtures.varied(LeadFixtures.freshTenant(), 30, 32));
        Instant t = LeadFixtures.BASE_TIME;

        List<LeadFilter> filters = List.of(
                LeadFilter.any().withCampaigns("spring-fair"),
                LeadFilter.any().withCampaigns("spring-fair", "partner-q1").withStatuses(LeadStatus.NEW, LeadStatus.WORKING),
                LeadFilter.any().withUtm("newsletter", null, null),
                LeadFilter.any().withUtm(null, "cpc", null),
                LeadFilter.any().withUtm("newsletter", "email", "spring"),
                LeadFilter.any().scoreBetween(40, 60),
                LeadFilter.any().scoreBetween(null, 10),
                LeadFilter.any().scoreBetween(95, null),
                LeadFilter.any().withAnyTag(Tag.of("vip"), Tag.of("cold")),
                LeadFilter.any().withAllTags(Tag.of("vip"), Tag.of("cold")),
                LeadFilter.any().withAllTags(Tag.of("emea")).withAnyTag(Tag.of("reseller")),
                LeadFilter.any().updatedBetween(t.plus(Duration.ofDays(5)), t.plus(Duration.ofDays(12))),
                LeadFilter.any().createdBetween(t.plus(Duration.ofDays(3)), null).updatedBetween(null, t.plus(Duration.ofDays(20))),
                LeadFilter.any().withNameContaining("LOVE"),
                LeadFilter.any().withCompanyContaining("works"),
                LeadFilter.any().withEmail(EmailAddress.of("ada@engines.example")),
                LeadFilter.any().withPhone(PhoneNumber.of("+442079460000")),
                LeadFilter.any().withCustomField(CustomFieldCriterion.between("employees",
                        CustomValue.number("100"), CustomValue.number("2000.5"))),
                LeadFilter.any().withCustomField(CustomFieldCriterion.between("employees", null, CustomValue.number("10.25"))),
                LeadFilter.any().withCustomField(CustomFieldCriterion.equalTo("employees", CustomValue.number("1250.50"))),
                LeadFilter.any().withCustomField(CustomFieldCriterion.between("renewal",
                        CustomValue.date(LocalDate.of(2026, 3, 1)), CustomValue.date(LocalDate.of(2026, 6, 30)))),
                LeadFilter.any().withCustomField(CustomFieldCriterion.equalTo("renewal",
                        CustomValue.date(LocalDate.of(2027, 2, 28)))),
                LeadFilter.any().withCustomField(CustomFieldCriterion.contains("industry", "BANK")),
                LeadFilter.any().withCustomField(CustomFieldCriterion.contains("industry", "\"quoted")),
                LeadFilter.any().withCustomField(CustomFieldCriterion.equalTo("industry", CustomValue.text("Heavy Industry"))),
                LeadFilter.any().withCustomField(CustomFieldCriterion.equalTo("partner", CustomValue.bool(false))),
                LeadFilter.any().withCustomField(CustomFieldCriterion.equalTo("partner", CustomValue.bool(true)))
                        .withCustomField(CustomFieldCriterion.between("employees", CustomValue.number("1000"), null))
                        .withAnyTag(Tag.of("vip"), Tag.of("emea")).scoreBetween(0, 100),
                // a text value never matches a number criterion of the same key
                LeadFilter.any().withCustomField(CustomFieldCriterion.equalTo("industry", CustomValue.number("1"))));

        for (LeadFilter filter : filters) {
            List<LeadId> expected = stored.stream().map(Lead::view).filter(filter::matches)
                    .sorted(LeadSort.byId().comparator()).map(LeadView::id).toList();
            List<LeadId> read = readAll(filter, LeadSort.byId(), 25, () -> { });
            assertThat(read).as(filter.toString()).containsExactlyElementsOf(expected);
            assertThat(tx(() -> leads().count(tenant, filter))).as(filter.toString()).isEqualTo(expected.size());
        }
        assertThat(stored.stream().map(Lead::view).filter(filters.get(8)::matches).count())
                .as("the fixtures exercise the filters").isGreaterThan(10);
    }

    @Test
    void everySortPagesInTheReferenceOrderWithoutGapsOrRepeats() {
        List<Lead> stored = new ArrayList<>(LeadFixtures.varied(tenant, 140, 41));
        insertBatch(stored);
        LeadFilter filter = LeadFilter.any().withStatuses(LeadStatus.NEW, LeadStatus.WORKING, LeadStatus.QUALIFIED,
                LeadStatus.NURTURING);

        for (LeadSort.Key key : LeadSort.Key.values()) {
            for (boolean ascending : new boolean[] {true, false}) {
                LeadSort sort = new LeadSort(key, ascending);
                List<LeadId> expected = stored.stream().map(Lead::view).filter(filter::matches)
                        .sorted(sort.comparator()).map(LeadView::id).toList();
                assertThat(readAll(filter, sort, 13, () -> { })).as(sort.toString())
                        .containsExactlyElementsOf(expected);
            }
        }
    }

    @Test
    void everySortStaysStableWhenLeadsAreInsertedBetweenPages() {
        List<Lead> before = LeadFixtures.varied(tenant, 90, 51);
        insertBatch(before);

        for (LeadSort.Key key : LeadSort.Key.values()) {
            for (boolean ascending : new boolean[] {true, false}) {
                LeadSort sort = new LeadSort(key, ascending);
                TenantId own = LeadFixtures.freshTenant();
                List<Lead> initial = LeadFixtures.varied(own, 60, 52 + key.ordinal());
                insertBatch(initial);
                List<Lead> all = new ArrayList<>(initial);
                int[] page = {0};
                List<LeadId> read = readAll(own, LeadFilter.any(), sort, 10, () -> {
                    if (page[0]++ < 3) {
                        List<Lead> more = LeadFixtures.varied(own, 7, 900 + page[0]);
                        insertBatch(more);
                        all.addAll(more);
                    }
                });
                List<LeadId> initialIds = initial.stream().map(Lead::id).toList();
                assertThat(read).as(sort.toString()).doesNotHaveDuplicates().containsAll(initialIds);
                // what was read is in sort order: no page went back
                List<LeadId> sortedRead = all.stream().map(Lead::view).filter(v -> read.contains(v.id()))
                        .sorted(sort.comparator()).map(LeadView::id).toList();
                assertThat(read).as(sort.toString()).containsExactlyElementsOf(sortedRead);
            }
        }
    }

    @Test
    void aCursorOfAnotherSortIsRefused() {
        insertBatch(LeadFixtures.varied(tenant, 12, 61));
        Page<LeadView> first = tx(() -> leads().search(tenant, LeadFilter.any(),
                LeadSort.ascending(LeadSort.Key.NAME), PageRequest.first(5)));

        assertThatThrownBy(() -> tx(() -> leads().search(tenant, LeadFilter.any(),
                LeadSort.descending(LeadSort.Key.NAME), PageRequest.first(5).next(first.next()))))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> tx(() -> leads().search(tenant, LeadFilter.any(),
                LeadSort.byId(), PageRequest.first(5).next(first.next()))))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void customFieldKeysAreThoseTheMatchingLeadsUse() {
        List<Lead> stored = new ArrayList<>(LeadFixtures.varied(tenant, 40, 71));
        Lead odd = profiled(tenant);
        odd.updateCustomFields(Map.of("partner", CustomValue.text("maybe")), ACTOR, LeadFixtures.BASE_TIME);
        stored.add(odd);
        insertBatch(stored);
        insertBatch(List.of(profiled(LeadFixtures.freshTenant())));

        for (LeadFilter filter : List.of(LeadFilter.any(), LeadFilter.any().withCampaigns("spring-fair"),
                LeadFilter.any().withStatuses(LeadStatus.MERGED))) {
            TreeSet<CustomFieldKey> expected = new TreeSet<>();
            stored.stream().map(Lead::view).filter(filter::matches).forEach(v -> v.customFields().values()
                    .forEach((k, value) -> expected.add(new CustomFieldKey(k, value.type()))));
            assertThat(tx(() -> leads().customFieldKeys(tenant, filter))).as(filter.toString())
                    .containsExactlyElementsOf(expected);
        }
    }

    @Test
    void mediansOfTimeToQualifyAndConvertAgreeWithTheReference() {
        List<Lead> stored = LeadFixtures.varied(tenant, 121, 81);
        insertBatch(stored);
        insertBatch(LeadFixtures.varied(LeadFixtures.freshTenant(), 25, 82));

        for (LeadFilter filter : List.of(LeadFilter.any(), LeadFilter.any().withSources(LeadSource.WEB_FORM),
                LeadFilter.any().withCampaigns("spring-fair"), LeadFilter.any().withStatuses(LeadStatus.MERGED))) {
            for (LeadMilestone milestone : LeadMilestone.values()) {
                long[] seconds = stored.stream().map(Lead::view).filter(filter::matches)
                        .map(milestone::secondsToReach).filter(s -> s != null).mapToLong(Long::longValue).sorted()
                        .toArray();
                Optional<Duration> expected = seconds.length == 0 ? Optional.empty()
                        : Optional.of(Duration.ofMillis(500 * (seconds[(seconds.length - 1) / 2]
                        + seconds[seconds.length / 2])));
                assertThat(tx(() -> leads().medianTimeTo(tenant, filter, milestone)))
                        .as(milestone + " " + filter).isEqualTo(expected);
            }
        }
        long converted = stored.stream().filter(l -> l.view().convertedAt() != null).count();
        assertThat(converted).as("the fixtures have conversions").isGreaterThan(5);
    }

    @Test
    void anEvenNumberOfDurationsTakesTheMeanOfTheMiddleTwo() {
        List<Lead> four = new ArrayList<>();
        long[] hours = {1, 3, 4, 100};
        for (long h : hours) {
            Lead lead = LeadFixtures.restored(tenant, LeadFixtures.nextLeadId(), "o", "N " + h, null, null,
                    LeadSource.MANUAL, LeadStatus.NEW, LeadFixtures.BASE_TIME);
            lead.moveTo(LeadStatus.QUALIFIED, ACTOR, LeadFixtures.micros(LeadFixtures.BASE_TIME).plusSeconds(3600 * h));
            four.add(lead);
        }
        insertOneByOne(four);

        assertThat(tx(() -> leads().medianTimeTo(tenant, LeadFilter.any(), LeadMilestone.QUALIFIED)))
                .contains(Duration.ofMinutes(210));
        assertThat(tx(() -> leads().medianTimeTo(tenant, LeadFilter.any(), LeadMilestone.CONVERTED))).isEmpty();
    }

    private List<LeadId> readAll(LeadFilter filter, LeadSort sort, int size, Runnable betweenPages) {
        return readAll(tenant, filter, sort, size, betweenPages);
    }

    private List<LeadId> readAll(TenantId in, LeadFilter filter, LeadSort sort, int size, Runnable betweenPages) {
        List<LeadId> read = new ArrayList<>();
        PageRequest request = PageRequest.first(size);
        while (true) {
            PageRequest current = request;
            Page<LeadView> page = tx(() -> leads().search(in, filter, sort, current));
            page.items().forEach(v -> read.add(v.id()));
            if (!page.hasNext()) {
                return read;
            }
            betweenPages.run();
            request = request.next(page.next());
        }
    }
}
