package org.smartbizflow.crm.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.lead.Lead;
import org.smartbizflow.crm.lead.LeadFilter;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.lead.LeadScore;
import org.smartbizflow.crm.lead.LeadSource;
import org.smartbizflow.crm.lead.LeadStatus;
import org.smartbizflow.crm.lead.LeadView;
import org.smartbizflow.crm.lead.port.out.LeadRepository;
import org.smartbizflow.crm.persistence.CrmPersistence;
import org.smartbizflow.crm.scoring.Factor;
import org.smartbizflow.crm.scoring.Grade;
import org.smartbizflow.crm.shared.ConcurrencyConflictException;
import org.smartbizflow.crm.shared.Cursor;
import org.smartbizflow.crm.shared.CustomValue;
import org.smartbizflow.crm.shared.NotFoundException;
import org.smartbizflow.crm.shared.Page;
import org.smartbizflow.crm.shared.PageRequest;
import org.smartbizflow.crm.shared.Tag;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * What every {@link LeadRepository} must do, whatever the storage. Subclass it per adapter
 * and return the adapter from {@link #persistence()}; every test works in tenants of its own,
 * so one store may serve all tests. Repository calls run inside
 * {@code persistence().transactions().inTransaction(...)}, as the use cases call them.
 *
 * <p>Search order is ascending id; the fixtures make time-ordered (version 7) ids, for
 * which {@link java.util.UUID#compareTo} agrees with the byte order databases use.
 */
public abstract class LeadRepositoryContract {

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

    private void txRun(Runnable work) {
        store.transactions().inTransaction(work);
    }

    private LeadRepository leads() {
        return store.leads();
    }

    private Optional<Lead> find(TenantId tenantId, LeadId id) {
        return tx(() -> leads().find(tenantId, id));
    }

    private void insertAll(List<Lead> leads) {
        txRun(() -> leads.forEach(leads()::insert));
    }

    @Test
    void storesAndLoadsEveryField() {
        Lead lead = LeadFixtures.lead(tenant);
        txRun(() -> leads().insert(lead));

        Lead loaded = find(tenant, lead.id()).orElseThrow();

        assertThat(loaded.view()).isEqualTo(lead.view());
        assertThat(loaded.view().version()).isZero();
        assertThat(loaded.view().createdAt()).isEqualTo(Instant.parse("2026-03-02T09:15:30.123456Z"));
    }

    @Test
    void storesAndLoadsNullOptionalFields() {
        Lead lead = LeadFixtures.bareLead(tenant);
        txRun(() -> leads().insert(lead));

        LeadView loaded = find(tenant, lead.id()).orElseThrow().view();

        assertThat(loaded).isEqualTo(lead.view());
        assertThat(loaded.company()).isNull();
        assertThat(loaded.email()).isNull();
        assertThat(loaded.phone()).isNull();
    }

    @Test
    void findsNothingForAnUnknownId() {
        assertThat(find(tenant, LeadFixtures.nextLeadId())).isEmpty();
    }

    @Test
    void findAllReturnsTheTenantsStoredLeadsAmongTheIds() {
        TenantId other = LeadFixtures.freshTenant();
        Lead full = LeadFixtures.lead(tenant);
        Lead bare = LeadFixtures.bareLead(tenant);
        Lead notAsked = LeadFixtures.lead(tenant);
        Lead theirs = LeadFixtures.lead(other);
        insertAll(List.of(full, bare, notAsked));
        insertAll(List.of(theirs));
        LeadId missing = LeadFixtures.nextLeadId();

        List<Lead> found = tx(() -> leads().findAll(tenant, List.of(bare.id(), missing, theirs.id(), full.id())));

        assertThat(found).extracting(Lead::view).containsExactlyInAnyOrder(full.view(), bare.view());
        assertThat(tx(() -> leads().findAll(tenant, List.of()))).isEmpty();
        assertThat(tx(() -> leads().findAll(other, List.of(full.id(), theirs.id())))).extracting(Lead::view)
                .containsExactly(theirs.view());
    }

    @Test
    void findAllReadsMoreLeadsThanOneQueryMayList() {
        List<Lead> stored = new ArrayList<>();
        for (int i = 0; i < 1_200; i++) {
            stored.add(i % 2 == 0 ? LeadFixtures.lead(tenant) : LeadFixtures.bareLead(tenant));
        }
        insertAll(stored);

        List<Lead> found = tx(() -> leads().findAll(tenant, stored.stream().map(Lead::id).toList()));

        assertThat(found).extracting(Lead::view)
                .containsExactlyInAnyOrderElementsOf(stored.stream().map(Lead::view).toList());
    }

    @Test
    void updateStoresTheNewStateAndAdvancesTheVersion() {
        Lead lead = LeadFixtures.lead(tenant);
        txRun(() -> leads().insert(lead));
        Instant later = LeadFixtures.micros(LeadFixtures.BASE_TIME.plus(Duration.ofHours(2).plusNanos(654_321_000)));

        txRun(() -> {
            Lead working = leads().find(tenant, lead.id()).orElseThrow();
            working.moveTo(LeadStatus.WORKING, UserId.of("u-1"), later);
            leads().update(working);
        });
        LeadView afterFirst = find(tenant, lead.id()).orElseThrow().view();
        txRun(() -> {
            Lead qualified = leads().find(tenant, lead.id()).orElseThrow();
            qualified.moveTo(LeadStatus.QUALIFIED, UserId.of("u-1"), later.plusSeconds(1));
            leads().update(qualified);
        });
        LeadView afterSecond = find(tenant, lead.id()).orElseThrow().view();

        assertThat(afterFirst.version()).isEqualTo(1);
        assertThat(afterFirst.status()).isEqualTo(LeadStatus.WORKING);
        assertThat(afterFirst.updatedAt()).isEqualTo(later);
        assertThat(afterFirst.createdAt()).isEqualTo(lead.view().createdAt());
        assertThat(afterSecond.version()).isEqualTo(2);
        assertThat(afterSecond.status()).isEqualTo(LeadStatus.QUALIFIED);
        assertThat(afterSecond.qualifiedAt()).isEqualTo(later.plusSeconds(1));
        assertThat(afterSecond).usingRecursiveComparison()
                .ignoringFields("status", "version", "updatedAt", "qualifiedAt").isEqualTo(lead.view());
    }

    @Test
    void everyUpdateInOneTransactionAdvancesTheVersionByOne() {
        Lead lead = LeadFixtures.lead(tenant);
        Instant now = LeadFixtures.BASE_TIME.plusSeconds(30);

        txRun(() -> {
            leads().insert(lead);
            Lead first = leads().find(tenant, lead.id()).orElseThrow();
            first.moveTo(LeadStatus.WORKING, UserId.of("u-1"), now);
            leads().update(first);
            Lead second = leads().find(tenant, lead.id()).orElseThrow();
            assertThat(second.version()).isEqualTo(1);
            second.moveTo(LeadStatus.QUALIFIED, UserId.of("u-1"), now.plusSeconds(1));
            leads().update(second);
        });

        LeadView stored = find(tenant, lead.id()).orElseThrow().view();
        assertThat(stored.version()).isEqualTo(2);
        assertThat(stored.status()).isEqualTo(LeadStatus.QUALIFIED);
    }

    @Test
    void customFieldsAndTagsFollowEveryUpdateInOneTransaction() {
        Lead lead = LeadFixtures.bareLead(tenant);
        Instant now = LeadFixtures.BASE_TIME.plusSeconds(30);
        UserId actor = UserId.of("u-1");
        Map<String, CustomValue> plan = Map.of("plan", CustomValue.text("gold"));

        txRun(() -> {
            leads().insert(lead);
            Lead tagged = leads().find(tenant, lead.id()).orElseThrow();
            tagged.tag(Set.of(Tag.of("vip"), Tag.of("eu")), actor, now);
            tagged.updateCustomFields(plan, actor, now);
            leads().update(tagged);
            Lead rescored = leads().find(tenant, lead.id()).orElseThrow();
            rescored.rescore(40, actor, now.plusSeconds(1));
            leads().update(rescored);
            Lead untagged = leads().find(tenant, lead.id()).orElseThrow();
            untagged.untag(Set.of(Tag.of("eu")), actor, now.plusSeconds(2));
            leads().update(untagged);
        });
        LeadView afterFirst = find(tenant, lead.id()).orElseThrow().view();
        txRun(() -> {
            Lead again = leads().find(tenant, lead.id()).orElseThrow();
            again.rescore(55, actor, now.plusSeconds(3));
            leads().update(again);
            Map<String, CustomValue> cleared = new HashMap<>();
            cleared.put("plan", null);
            Lead emptied = leads().find(tenant, lead.id()).orElseThrow();
            emptied.updateCustomFields(cleared, actor, now.plusSeconds(4));
            emptied.untag(Set.of(Tag.of("vip")), actor, now.plusSeconds(4));
            leads().update(emptied);
        });
        LeadView afterSecond = find(tenant, lead.id()).orElseThrow().view();

        assertThat(afterFirst.tags()).containsExactly(Tag.of("vip"));
        assertThat(afterFirst.customFields().values()).isEqualTo(plan);
        assertThat(afterFirst.score()).isEqualTo(40);
        assertThat(afterFirst.version()).isEqualTo(3);
        assertThat(afterSecond.tags()).isEmpty();
        assertThat(afterSecond.customFields().values()).isEmpty();
        assertThat(afterSecond.score()).isEqualTo(55);

        Lead inserted = LeadFixtures.bareLead(tenant);
        txRun(() -> {
            inserted.tag(Set.of(Tag.of("new")), actor, now);
            leads().insert(inserted);
            inserted.retag(Set.of(Tag.of("changed")), actor, now.plusSeconds(1));
            inserted.updateCustomFields(plan, actor, now.plusSeconds(1));
            leads().update(inserted);
        });
        LeadView insertedThenChanged = find(tenant, inserted.id()).orElseThrow().view();
        assertThat(insertedThenChanged.tags()).containsExactly(Tag.of("changed"));
        assertThat(insertedThenChanged.customFields().values()).isEqualTo(plan);
    }

    @Test
    void updateAllStoresEveryLeadAndAdvancesEachVersionByOne() {
        Lead first = LeadFixtures.lead(tenant);
        Lead second = LeadFixtures.bareLead(tenant);
        Lead untouched = LeadFixtures.lead(tenant);
        insertAll(List.of(first, second, untouched));
        Instant later = LeadFixtures.BASE_TIME.plusSeconds(60);
        UserId actor = UserId.of("u-1");

        txRun(() -> {
            Lead one = leads().find(tenant, first.id()).orElseThrow();
            Lead two = leads().find(tenant, second.id()).orElseThrow();
            one.rescore(70, actor, later);
            two.moveTo(LeadStatus.WORKING, actor, later);
            two.tag(Set.of(Tag.of("hot")), actor, later);
            leads().updateAll(List.of(one, two));
            leads().updateAll(List.of());
        });

        LeadView one = find(tenant, first.id()).orElseThrow().view();
        LeadView two = find(tenant, second.id()).orElseThrow().view();
        assertThat(one.score()).isEqualTo(70);
        assertThat(one.version()).isEqualTo(1);
        assertThat(two.status()).isEqualTo(LeadStatus.WORKING);
        assertThat(two.tags()).containsExactly(Tag.of("hot"));
        assertThat(two.version()).isEqualTo(1);
        assertThat(find(tenant, untouched.id()).orElseThrow().view()).isEqualTo(untouched.view());
    }

    @Test
    void updateAllWithOneStaleLeadConflictsAndTheTransactionKeepsNothing() {
        Lead fresh = LeadFixtures.lead(tenant);
        Lead stale = LeadFixtures.lead(tenant);
        insertAll(List.of(fresh, stale));
        Instant later = LeadFixtures.BASE_TIME.plusSeconds(60);
        UserId actor = UserId.of("u-1");
        Lead staleCopy = find(tenant, stale.id()).orElseThrow();
        txRun(() -> {
            Lead winner = leads().find(tenant, stale.id()).orElseThrow();
            winner.rescore(10, actor, later);
            leads().update(winner);
        });

        assertThatThrownBy(() -> txRun(() -> {
            Lead one = leads().find(tenant, fresh.id()).orElseThrow();
            one.rescore(70, actor, later);
            staleCopy.rescore(90, actor, later);
            leads().updateAll(List.of(one, staleCopy));
        })).isInstanceOf(ConcurrencyConflictException.class);

        assertThat(find(tenant, fresh.id()).orElseThrow().view()).isEqualTo(fresh.view());
        assertThat(find(tenant, stale.id()).orElseThrow().view().score()).isEqualTo(10);
    }

    @Test
    void updateFromAStaleVersionConflictsAndWritesNothing() {
        Lead lead = LeadFixtures.lead(tenant);
        txRun(() -> leads().insert(lead));
        Lead first = find(tenant, lead.id()).orElseThrow();
        Lead stale = find(tenant, lead.id()).orElseThrow();
        Instant now = LeadFixtures.BASE_TIME.plusSeconds(60);
        first.moveTo(LeadStatus.NURTURING, UserId.of("u-1"), now);
        txRun(() -> leads().update(first));
        stale.moveTo(LeadStatus.UNQUALIFIED, UserId.of("u-2"), now.plusSeconds(5));

        assertThatThrownBy(() -> txRun(() -> leads().update(stale)))
                .isInstanceOf(ConcurrencyConflictException.class);

        LeadView stored = find(tenant, lead.id()).orElseThrow().view();
        assertThat(stored.status()).isEqualTo(LeadStatus.NURTURING);
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.updatedAt()).isEqualTo(now);
    }

    @Test
    void updateOfAMissingLeadIsNotFound() {
        Lead neverStored = LeadFixtures.lead(tenant);

        assertThatThrownBy(() -> txRun(() -> leads().update(neverStored)))
                .isInstanceOf(NotFoundException.class);
        assertThat(find(tenant, neverStored.id())).isEmpty();
    }

    @Test
    void insertAllStoresABatchThatCanBeUpdatedInTheSameTransaction() {
        List<Lead> batch = LeadFixtures.varied(tenant, 120, 11);
        txRun(() -> {
            leads().insertAll(batch);
            Lead first = leads().find(tenant, batch.get(0).id()).orElseThrow();
            first.changeStatus(first.status() == LeadStatus.CONVERTED ? LeadStatus.CONVERTED : LeadStatus.UNQUALIFIED,
                    UserId.of("u"), LeadFixtures.BASE_TIME.plusSeconds(5));
            leads().update(first);
        });
        assertThat(tx(() -> leads().count(tenant, LeadFilter.any()))).isEqualTo(120);
        for (Lead lead : batch.subList(1, batch.size())) {
            assertThat(find(tenant, lead.id()).orElseThrow().view()).isEqualTo(lead.view());
        }
    }

    @Test
    void insertAllStoresPlainAndProfiledLeadsMixedInOneBatch() {
        List<Lead> batch = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            batch.add(i % 2 == 0 ? LeadFixtures.bareLead(tenant) : LeadFixtures.lead(tenant));
        }
        batch.addAll(LeadFixtures.varied(tenant, 40, 23));
        txRun(() -> leads().insertAll(batch));
        for (Lead lead : batch) {
            assertThat(find(tenant, lead.id()).orElseThrow().view()).isEqualTo(lead.view());
        }
    }

    @Test
    void findsLeadsByEmailWithinTheTenantOnly() {
        TenantId other = LeadFixtures.freshTenant();
        Lead ada = LeadFixtures.lead(tenant);
        Lead bare = LeadFixtures.bareLead(tenant);
        Lead adasTwin = LeadFixtures.lead(other);
        insertAll(List.of(ada, bare));
        insertAll(List.of(adasTwin));

        assertThat(tx(() -> leads().findByEmails(tenant, List.of(ada.view().email(),
                org.smartbizflow.crm.shared.EmailAddress.of("nobody@nowhere.example")))))
                .extracting(LeadView::id).containsExactly(ada.id());
        assertThat(tx(() -> leads().findByEmails(tenant, List.of()))).isEmpty();
        assertThat(tx(() -> leads().findByPhones(tenant, List.of(ada.view().phone()))))
                .extracting(LeadView::id).containsExactly(ada.id());
        assertThat(tx(() -> leads().findByPhones(other, List.of(ada.view().phone()))))
                .extracting(LeadView::id).containsExactly(adasTwin.id());
    }

    @Test
    void deleteRemovesOnlyTheCurrentVersionOfTheTenantsLead() {
        TenantId other = LeadFixtures.freshTenant();
        Lead lead = LeadFixtures.lead(tenant);
        Lead keep = LeadFixtures.bareLead(tenant);
        insertAll(List.of(lead, keep));

        assertThatThrownBy(() -> txRun(() -> leads().delete(tenant, lead.id(), 5)))
                .isInstanceOf(ConcurrencyConflictException.class);
        assertThatThrownBy(() -> txRun(() -> leads().delete(other, lead.id(), 0)))
                .isInstanceOf(NotFoundException.class);
        assertThat(find(tenant, lead.id())).isPresent();

        txRun(() -> leads().delete(tenant, lead.id(), 0));
        assertThat(find(tenant, lead.id())).isEmpty();
        assertThat(find(tenant, keep.id())).isPresent();
        assertThatThrownBy(() -> txRun(() -> leads().delete(tenant, lead.id(), 0)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void countsByDimensionAndStatusAgreeWithTheFilter() {
        List<Lead> stored = LeadFixtures.varied(tenant, 150, 21);
        insertAll(stored);
        insertAll(LeadFixtures.varied(LeadFixtures.freshTenant(), 20, 22));
        LeadFilter filter = LeadFilter.any().withSources(LeadSource.WEB_FORM, LeadSource.REFERRAL, LeadSource.EVENT,
                LeadSource.MANUAL);
        for (org.smartbizflow.crm.lead.LeadDimension dimension : org.smartbizflow.crm.lead.LeadDimension.values()) {
            java.util.Map<String, Long> expected = new java.util.TreeMap<>();
            for (Lead lead : stored) {
                LeadView v = lead.view();
                if (filter.matches(v)) {
                    String group = switch (dimension) {
                        case SOURCE -> v.source().name();
                        case OWNER -> v.ownerId().value();
                        case STATUS -> v.status().name();
                        case DISQUALIFY_REASON -> v.qualification() == null || v.qualification().disqualifiedFor() == null
                                ? org.smartbizflow.crm.lead.LeadDimension.NO_REASON
                                : v.qualification().disqualifiedFor().value();
                        case CAMPAIGN -> v.attribution().campaignId() == null
                                ? org.smartbizflow.crm.lead.LeadDimension.NO_REASON : v.attribution().campaignId();
                        case CREATED_DAY, CREATED_WEEK, CREATED_MONTH -> dimension.periodStart(
                                java.time.LocalDate.ofInstant(v.createdAt(), java.time.ZoneOffset.UTC)).toString();
                    };
                    expected.merge(group + "/" + v.status(), 1L, Long::sum);
                }
            }
            java.util.Map<String, Long> actual = new java.util.TreeMap<>();
            for (org.smartbizflow.crm.lead.LeadCount count : tx(() -> leads().countByStatus(tenant, filter, dimension))) {
                actual.merge(count.group() + "/" + count.status(), count.count(), Long::sum);
            }
            assertThat(actual).as(dimension.name()).isEqualTo(expected);
        }
    }

    @Test
    void aMergedTombstoneKeepsItsSurvivor() {
        Lead survivor = LeadFixtures.lead(tenant);
        Lead merged = LeadFixtures.bareLead(tenant);
        insertAll(List.of(survivor, merged));
        merge(survivor, merged);
        LeadView tombstone = find(tenant, merged.id()).orElseThrow().view();
        assertThat(tombstone.status()).isEqualTo(LeadStatus.MERGED);
        assertThat(tombstone.mergedInto()).isEqualTo(survivor.id());
        assertThat(tombstone.version()).isEqualTo(1);
        assertThat(find(tenant, survivor.id()).orElseThrow().view().mergedInto()).isNull();
        assertThat(ids(tx(() -> leads().search(tenant, LeadFilter.any().withStatuses(LeadStatus.MERGED),
                PageRequest.first(10))))).containsExactly(merged.id());
    }

    @Test
    void qualificationFindingsAndReasonsRoundTrip() {
        Lead qualified = LeadFixtures.lead(tenant);
        Lead disqualified = LeadFixtures.bareLead(tenant);
        insertAll(List.of(qualified, disqualified));
        org.smartbizflow.crm.lead.Qualification findings = org.smartbizflow.crm.lead.Qualification.bant(
                org.smartbizflow.crm.shared.Money.of("120000.50", "GBP"), Boolean.TRUE, "Retrofit the difference engine",
                java.time.LocalDate.parse("2027-03-31"));
        txRun(() -> {
            Lead q = leads().find(tenant, qualified.id()).orElseThrow();
            q.qualify(findings, UserId.of("u"), LeadFixtures.BASE_TIME.plusSeconds(3));
            leads().update(q);
            Lead d = leads().find(tenant, disqualified.id()).orElseThrow();
            d.disqualify(org.smartbizflow.crm.lead.ReasonCode.of("NO_BUDGET"), "Frozen until next year", UserId.of("u"),
                    LeadFixtures.BASE_TIME.plusSeconds(4));
            leads().update(d);
        });
        LeadView q = find(tenant, qualified.id()).orElseThrow().view();
        assertThat(q.status()).isEqualTo(LeadStatus.QUALIFIED);
        assertThat(q.qualification()).isEqualTo(findings);
        LeadView d = find(tenant, disqualified.id()).orElseThrow().view();
        assertThat(d.qualification().disqualifiedFor()).isEqualTo(org.smartbizflow.crm.lead.ReasonCode.of("NO_BUDGET"));
        assertThat(d.qualification().disqualifyNote()).isEqualTo("Frozen until next year");
        assertThat(d.qualification().budget()).isNull();
        assertThat(tx(() -> leads().countByStatus(tenant, LeadFilter.any(),
                org.smartbizflow.crm.lead.LeadDimension.DISQUALIFY_REASON)))
                .extracting(org.smartbizflow.crm.lead.LeadCount::group, org.smartbizflow.crm.lead.LeadCount::count)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("NO_BUDGET", 1L),
                        org.assertj.core.groups.Tuple.tuple(org.smartbizflow.crm.lead.LeadDimension.NO_REASON, 1L));
    }

    @Test
    void tenantsNeverSeeOrTouchEachOthersLeads() {
        TenantId other = LeadFixtures.freshTenant();
        // Differs only in case: tenant keys compare exactly.
        TenantId shouting = TenantId.of(tenant.value().toUpperCase(java.util.Locale.ROOT));
        List<Lead> mine = LeadFixtures.varied(tenant, 5, 1);
        List<Lead> theirs = LeadFixtures.varied(other, 7, 2);
        insertAll(mine);
        insertAll(theirs);
        Lead myLead = mine.get(0);

        assertThat(find(other, myLead.id())).isEmpty();
        assertThat(find(shouting, myLead.id())).isEmpty();
        assertThat(ids(tx(() -> leads().search(other, LeadFilter.any(), PageRequest.first(100)))))
                .containsExactlyElementsOf(idsOf(theirs));
        assertThat(tx(() -> leads().search(shouting, LeadFilter.any(), PageRequest.first(100))).items()).isEmpty();
        assertThat(tx(() -> leads().count(tenant, LeadFilter.any()))).isEqualTo(5);
        assertThat(tx(() -> leads().count(other, LeadFilter.any()))).isEqualTo(7);
        assertThat(tx(() -> leads().count(shouting, LeadFilter.any()))).isZero();

        // The same id presented as another tenant's lead must not reach this tenant's row.
        Lead impostor = Lead.restore(new LeadView(myLead.id(), other, UserId.of("intruder"), "Mallory",
                null, null, null, LeadSource.OTHER, LeadStatus.UNQUALIFIED, 0, LeadFixtures.BASE_TIME,
                LeadFixtures.BASE_TIME));
        assertThatThrownBy(() -> txRun(() -> leads().update(impostor))).isInstanceOf(NotFoundException.class);
        assertThat(find(tenant, myLead.id()).orElseThrow().view()).isEqualTo(myLead.view());
    }

    @Test
    void pagesThroughEveryLeadInIdOrderWithoutGapsOrRepeats() {
        List<Lead> stored = LeadFixtures.varied(tenant, 259, 3); // 7 full pages of 37, no remainder
        insertAll(stored);

        List<List<LeadId>> pages = readAllPages(tenant, LeadFilter.any(), 37, () -> { });

        assertThat(pages).hasSize(7).allSatisfy(page -> assertThat(page).hasSize(37));
        assertThat(pages.stream().flatMap(List::stream).toList()).containsExactlyElementsOf(sortedIds(stored));
    }

    @Test
    void rowsInsertedBetweenPagesAppearOnlyAfterAndNeverTwice() {
        List<Lead> before = LeadFixtures.varied(tenant, 150, 4);
        insertAll(before);
        List<Lead> added = new ArrayList<>();
        int[] pageNumber = {0};

        List<List<LeadId>> pages = readAllPages(tenant, LeadFilter.any(), 40, () -> {
            if (pageNumber[0]++ < 2) {
                List<Lead> more = LeadFixtures.varied(tenant, 11, 100 + pageNumber[0]);
                insertAll(more);
                added.addAll(more);
            }
        });

        List<LeadId> expected = new ArrayList<>(sortedIds(before));
        expected.addAll(idsOf(added));
        List<LeadId> read = pages.stream().flatMap(List::stream).toList();
        assertThat(read).doesNotHaveDuplicates().containsExactlyElementsOf(expected);
        assertThat(pages).hasSize((150 + 22 + 39) / 40);
    }

    @Test
    void theLastPageHasNoCursorAndAnEmptyTenantHasOneEmptyPage() {
        insertAll(LeadFixtures.varied(tenant, 3, 5));

        Page<LeadView> all = tx(() -> leads().search(tenant, LeadFilter.any(), PageRequest.first(3)));
        Page<LeadView> none = tx(() -> leads().search(LeadFixtures.freshTenant(), LeadFilter.any(),
                PageRequest.first(3)));

        assertThat(all.items()).hasSize(3);
        assertThat(all.hasNext()).isFalse();
        assertThat(none.items()).isEmpty();
        assertThat(none.hasNext()).isFalse();
    }

    @Test
    void aCursorThatNoSearchMadeIsRefused() {
        PageRequest forged = new PageRequest(10, Cursor.of("not a cursor"));

        assertThatThrownBy(() -> tx(() -> leads().search(tenant, LeadFilter.any(), forged)))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void everyFilterCriterionSelectsWhatLeadFilterMatches() {
        List<Lead> stored = new ArrayList<>(LeadFixtures.varied(tenant, 160, 6));
        stored.add(LeadFixtures.restored(tenant, LeadFixtures.nextLeadId(), "owner-9", "Percent Person",
                "Growth 100% Ltd", "p@growth.example", LeadSource.EVENT, LeadStatus.NEW,
                LeadFixtures.BASE_TIME.plusSeconds(7)));
        stored.add(LeadFixtures.restored(tenant, LeadFixtures.nextLeadId(), "owner-9", "Percent Lookalike",
                "Growth 1000 Ltd", "a_b@under.example", LeadSource.EVENT, LeadStatus.NEW,
                LeadFixtures.BASE_TIME.plusSeconds(8)));
        stored.add(LeadFixtures.restored(tenant, LeadFixtures.nextLeadId(), "owner-9", "Underscore Lookalike",
                null, "axb@under.example", LeadSource.EVENT, LeadStatus.NEW,
                LeadFixtures.BASE_TIME.plusSeconds(9)));
        insertAll(stored);
        // Noise in another tenant that matches every filter below.
        insertAll(LeadFixtures.varied(LeadFixtures.freshTenant(), 40, 6));
        Instant from = LeadFixtures.BASE_TIME.plus(Duration.ofDays(5));
        Instant before = LeadFixtures.BASE_TIME.plus(Duration.ofDays(12));
        // An instant equal to a stored creation time checks both bounds exactly.
        Instant exact = stored.get(17).view().createdAt();

        List<LeadFilter> filters = List.of(
                LeadFilter.any(),
                LeadFilter.any().withStatuses(LeadStatus.QUALIFIED),
                LeadFilter.any().withStatuses(LeadStatus.NEW, LeadStatus.WORKING, LeadStatus.NURTURING),
                LeadFilter.any().withSources(LeadSource.REFERRAL, LeadSource.WEB_FORM),
                LeadFilter.any().withOwners(UserId.of("owner-1")),
                LeadFilter.any().withOwners(UserId.of("owner-0"), UserId.of("owner-3")),
                LeadFilter.any().createdBetween(from, before),
                LeadFilter.any().createdBetween(from, null),
                LeadFilter.any().createdBetween(null, before),
                LeadFilter.any().createdBetween(exact, exact.plusSeconds(3600)),
                LeadFilter.any().createdBetween(null, exact),
                LeadFilter.any().withText("lovelace"),
                LeadFilter.any().withText("HOPPER"),
                LeadFilter.any().withText("engines"),
                LeadFilter.any().withText("Engines.EXAMPLE"),
                LeadFilter.any().withText("cobol WORKS"),
                LeadFilter.any().withText("100%"),
                LeadFilter.any().withText("a_b"),
                LeadFilter.any().withText("no such text anywhere"),
                LeadFilter.any().withStatuses(LeadStatus.NEW, LeadStatus.QUALIFIED)
                        .withSources(LeadSource.values()).withOwners(UserId.of("owner-2"), UserId.of("owner-1"))
                        .createdBetween(from, before).withText("a"));

        for (LeadFilter filter : filters) {
            List<LeadId> expected = stored.stream().map(Lead::view).filter(filter::matches)
                    .map(LeadView::id).sorted(Comparator.comparing(LeadId::value)).toList();
            List<LeadId> found = readAllPages(tenant, filter, 25, () -> { }).stream()
                    .flatMap(List::stream).toList();
            assertThat(found).as("search %s", filter).containsExactlyElementsOf(expected);
            assertThat(tx(() -> leads().count(tenant, filter))).as("count %s", filter).isEqualTo(expected.size());
        }
    }

    @Test
    void searchReturnsTheFullStoredState() {
        List<Lead> stored = List.of(LeadFixtures.lead(tenant), LeadFixtures.bareLead(tenant));
        insertAll(stored);

        List<LeadView> found = tx(() -> leads().search(tenant, LeadFilter.any(), PageRequest.first(10))).items();

        assertThat(found).containsExactlyElementsOf(stored.stream().map(Lead::view)
                .sorted(Comparator.comparing(view -> view.id().value())).toList());
    }

    @Test
    void aSavedScoreIsFoundWithItsFactorsInOrder() {
        Lead lead = LeadFixtures.lead(tenant);
        txRun(() -> leads().insert(lead));
        // Neither by name nor by effect: the stored order is the order given. Effects and the value need
        // every bit of a double; one factor observed nothing (an empty value), one a long free text.
        LeadScore score = new LeadScore(lead.id(), 73.45678901234567, Grade.B, "rules-2026.03 \u00e9\u20ac",
                LeadFixtures.micros(LeadFixtures.BASE_TIME.plus(Duration.ofDays(3).plusNanos(987_654_000))),
                List.of(new Factor("target-industry", "industry Software", 20, Factor.Unit.POINTS),
                        new Factor("international_plan", "yes", 1.791759469228055, Factor.Unit.LOG_ODDS),
                        new Factor("student-domain", "", -15.5, Factor.Unit.POINTS),
                        new Factor("tenure_months", "3 \u2013 Z\u00fcrich", -0.4211, Factor.Unit.LOG_ODDS),
                        new Factor("another rule", "email_opened x 4", 0.1 + 0.2, Factor.Unit.POINTS),
                        new Factor("need", "retrofit ".repeat(500), 0.05, Factor.Unit.LOG_ODDS)));

        txRun(() -> leads().saveScore(tenant, score));

        LeadScore found = findScore(tenant, lead.id()).orElseThrow();
        assertThat(found).isEqualTo(score);
        assertThat(found.scoredAt()).isEqualTo(Instant.parse("2026-03-05T09:15:31.111110Z"));
        assertThat(found.factors()).extracting(Factor::name).containsExactly("target-industry",
                "international_plan", "student-domain", "tenure_months", "another rule", "need");
        assertThat(find(tenant, lead.id()).orElseThrow().view()).as("the lead is untouched").isEqualTo(lead.view());
    }

    @Test
    void savingAgainReplacesTheScoreAndItsFactors() {
        Lead lead = LeadFixtures.lead(tenant);
        txRun(() -> leads().insert(lead));
        LeadScore first = score(lead.id(), "v1", 3);
        LeadScore fewer = new LeadScore(lead.id(), 12.5, Grade.D, "v2", first.scoredAt().plusSeconds(60),
                List.of(new Factor("only-one", "left", -2, Factor.Unit.POINTS)));
        LeadScore none = new LeadScore(lead.id(), 0, Grade.D, "v3", first.scoredAt().plusSeconds(120), List.of());
        LeadScore most = score(lead.id(), "v4", LeadScore.MAX_FACTORS);

        txRun(() -> leads().saveScore(tenant, first));
        txRun(() -> leads().saveScore(tenant, fewer));
        assertThat(findScore(tenant, lead.id())).contains(fewer);
        txRun(() -> leads().saveScore(tenant, none));
        assertThat(findScore(tenant, lead.id())).contains(none);
        txRun(() -> leads().saveScore(tenant, most));
        assertThat(findScore(tenant, lead.id())).contains(most);
        txRun(() -> {
            leads().saveScore(tenant, first);
            assertThat(leads().findScore(tenant, lead.id())).as("seen in the same transaction").contains(first);
            leads().saveScore(tenant, fewer);
        });
        assertThat(findScore(tenant, lead.id())).contains(fewer);
    }

    @Test
    void saveScoresStoresFirstScoresAndReplacesOthersInOneGo() {
        Lead kept = LeadFixtures.lead(tenant);
        Lead fresh = LeadFixtures.bareLead(tenant);
        Lead untouched = LeadFixtures.lead(tenant);
        insertAll(List.of(kept, fresh, untouched));
        LeadScore before = score(kept.id(), "v1", 3);
        LeadScore other = score(untouched.id(), "v1", 2);
        txRun(() -> {
            leads().saveScore(tenant, before);
            leads().saveScore(tenant, other);
        });
        LeadScore replacing = new LeadScore(kept.id(), 12.5, Grade.D, "v2", before.scoredAt().plusSeconds(60),
                List.of(new Factor("only-one", "left", -2, Factor.Unit.POINTS)));
        LeadScore first = score(fresh.id(), "v2", LeadScore.MAX_FACTORS);

        txRun(() -> leads().saveScores(tenant, List.of(replacing, first)));

        assertThat(findScore(tenant, kept.id())).contains(replacing);
        assertThat(findScore(tenant, fresh.id())).contains(first);
        assertThat(findScore(tenant, untouched.id())).contains(other);
        txRun(() -> leads().saveScores(tenant, List.of()));
        assertThat(findScore(tenant, kept.id())).contains(replacing);
    }

    @Test
    void saveScoresForAMissingOrForeignLeadIsNotFoundAndKeepsNothing() {
        TenantId other = LeadFixtures.freshTenant();
        Lead lead = LeadFixtures.lead(tenant);
        Lead theirs = LeadFixtures.lead(other);
        insertAll(List.of(lead));
        insertAll(List.of(theirs));
        LeadId missing = LeadFixtures.nextLeadId();

        assertThatThrownBy(() -> txRun(() -> leads().saveScores(tenant,
                List.of(score(lead.id(), "v1", 2), score(missing, "v1", 1)))))
                .isInstanceOf(NotFoundException.class)
                .satisfies(e -> assertThat(((NotFoundException) e).recordId()).isEqualTo(missing.toString()));
        assertThatThrownBy(() -> txRun(() -> leads().saveScores(tenant, List.of(score(theirs.id(), "v1", 1)))))
                .isInstanceOf(NotFoundException.class);

        assertThat(findScore(tenant, lead.id())).as("the failed transaction kept nothing").isEmpty();
        assertThat(findScore(other, theirs.id())).isEmpty();
    }

    @Test
    void aLeadNeverScoredHasNoScore() {
        Lead lead = LeadFixtures.bareLead(tenant);
        txRun(() -> leads().insert(lead));

        assertThat(findScore(tenant, lead.id())).isEmpty();
        assertThat(findScore(tenant, LeadFixtures.nextLeadId())).isEmpty();
    }

    @Test
    void savingAScoreForAMissingLeadIsNotFound() {
        LeadId missing = LeadFixtures.nextLeadId();

        assertThatThrownBy(() -> txRun(() -> leads().saveScore(tenant, score(missing, "v1", 2))))
                .isInstanceOf(NotFoundException.class)
                .satisfies(e -> assertThat(((NotFoundException) e).recordId()).isEqualTo(missing.toString()));
        assertThat(findScore(tenant, missing)).isEmpty();
    }

    @Test
    void scoresAreTenantScoped() {
        TenantId other = LeadFixtures.freshTenant();
        TenantId shouting = TenantId.of(tenant.value().toUpperCase(java.util.Locale.ROOT));
        Lead lead = LeadFixtures.lead(tenant);
        Lead theirs = LeadFixtures.lead(other);
        insertAll(List.of(lead));
        insertAll(List.of(theirs));
        LeadScore mine = score(lead.id(), "v1", 2);
        txRun(() -> leads().saveScore(tenant, mine));

        assertThat(findScore(other, lead.id())).isEmpty();
        assertThat(findScore(shouting, lead.id())).isEmpty();
        assertThatThrownBy(() -> txRun(() -> leads().saveScore(other, score(lead.id(), "v2", 1))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> txRun(() -> leads().saveScore(shouting, score(lead.id(), "v2", 1))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> txRun(() -> leads().saveScore(tenant, score(theirs.id(), "v2", 1))))
                .isInstanceOf(NotFoundException.class);
        txRun(() -> leads().deleteScore(other, lead.id()));
        assertThat(tx(() -> leads().scoredOtherwise(other, "v2", null, null, 10))).containsExactly(theirs.id());
        assertThat(tx(() -> leads().countScoredOtherwise(other, "v2", null))).isEqualTo(1);
        assertThat(tx(() -> leads().scoredOtherwise(shouting, "v2", null, null, 10))).isEmpty();
        assertThat(tx(() -> leads().countScoredOtherwise(shouting, "v2", null))).isZero();

        assertThat(findScore(tenant, lead.id())).contains(mine);
        assertThat(findScore(other, theirs.id())).isEmpty();
    }

    @Test
    void deleteScoreRemovesTheScoreAndDoesNothingWhenThereIsNone() {
        Lead scored = LeadFixtures.lead(tenant);
        Lead keep = LeadFixtures.bareLead(tenant);
        LeadScore kept = storeBothScored(scored, 4, keep, 1);

        txRun(() -> leads().deleteScore(tenant, scored.id()));

        assertThat(findScore(tenant, scored.id())).isEmpty();
        assertThat(findScore(tenant, keep.id())).contains(kept);
        assertThat(find(tenant, scored.id()).orElseThrow().view()).as("the lead stays").isEqualTo(scored.view());
        txRun(() -> leads().deleteScore(tenant, scored.id()));
        txRun(() -> leads().deleteScore(tenant, LeadFixtures.nextLeadId()));
        assertThat(tx(() -> leads().scoredOtherwise(tenant, "v1", null, null, 10))).containsExactly(scored.id());
        LeadScore again = score(scored.id(), "v2", 2);
        txRun(() -> leads().saveScore(tenant, again));
        assertThat(findScore(tenant, scored.id())).contains(again);
    }

    @Test
    void deletingALeadDeletesItsScore() {
        Lead lead = LeadFixtures.lead(tenant);
        Lead keep = LeadFixtures.bareLead(tenant);
        LeadScore kept = storeBothScored(lead, 3, keep, 2);

        txRun(() -> leads().delete(tenant, lead.id(), 0));

        assertThat(findScore(tenant, lead.id())).isEmpty();
        assertThat(findScore(tenant, keep.id())).contains(kept);
        // The same lead stored again starts without a score: nothing of the old one was left behind.
        insertAll(List.of(lead));
        assertThat(findScore(tenant, lead.id())).isEmpty();
        assertThat(tx(() -> leads().scoredOtherwise(tenant, "v1", null, null, 10))).containsExactly(lead.id());
    }

    @Test
    void scoredOtherwiseListsLeadsWithoutAScoreOfTheVersionLeavingMergedLeadsOut() {
        List<Lead> stored = new ArrayList<>(LeadFixtures.varied(tenant, 12, 31));
        Lead survivor = LeadFixtures.lead(tenant);
        Lead mergedUnscored = LeadFixtures.bareLead(tenant);
        Lead mergedOld = LeadFixtures.bareLead(tenant);
        Lead mergedCurrent = LeadFixtures.bareLead(tenant);
        stored.addAll(List.of(survivor, mergedUnscored, mergedOld, mergedCurrent));
        insertAll(stored);
        insertAll(LeadFixtures.varied(LeadFixtures.freshTenant(), 5, 32));
        List<LeadId> current = new ArrayList<>();
        List<LeadId> old = new ArrayList<>();
        List<LeadId> unscored = new ArrayList<>(List.of(survivor.id()));
        txRun(() -> {
            for (int i = 0; i < 12; i++) {
                LeadId id = stored.get(i).id();
                if (i % 3 == 0) {
                    leads().saveScore(tenant, score(id, "v2", 1));
                    current.add(id);
                } else if (i % 3 == 1) {
                    leads().saveScore(tenant, score(id, "v1", 1));
                    old.add(id);
                } else {
                    unscored.add(id);
                }
            }
            leads().saveScore(tenant, score(mergedOld.id(), "v1", 1));
            leads().saveScore(tenant, score(mergedCurrent.id(), "v2", 1));
        });
        merge(survivor, mergedUnscored);
        merge(survivor, mergedOld);
        merge(survivor, mergedCurrent);
        List<LeadId> staleForV2 = java.util.stream.Stream.concat(old.stream(), unscored.stream())
                .sorted(Comparator.comparing(LeadId::value)).toList();
        List<LeadId> staleForV1 = java.util.stream.Stream.concat(current.stream(), unscored.stream())
                .sorted(Comparator.comparing(LeadId::value)).toList();

        assertThat(tx(() -> leads().scoredOtherwise(tenant, "v2", null, null, 100))).containsExactlyElementsOf(staleForV2);
        assertThat(tx(() -> leads().countScoredOtherwise(tenant, "v2", null))).isEqualTo(staleForV2.size());
        assertThat(tx(() -> leads().scoredOtherwise(tenant, "v1", null, null, 100))).containsExactlyElementsOf(staleForV1);
        assertThat(tx(() -> leads().countScoredOtherwise(tenant, "v1", null))).isEqualTo(staleForV1.size());
        // Versions compare exactly: another case is another version.
        assertThat(tx(() -> leads().countScoredOtherwise(tenant, "V2", null))).isEqualTo(13);
        assertThat(tx(() -> leads().scoredOtherwise(tenant, "v2", null, null, 3)))
                .containsExactlyElementsOf(staleForV2.subList(0, 3));
        assertThat(tx(() -> leads().scoredOtherwise(tenant, "v2", null, null, 0))).isEmpty();

        txRun(() -> {
            for (LeadId id : staleForV2) {
                leads().saveScore(tenant, score(id, "v2", 2));
            }
            assertThat(leads().countScoredOtherwise(tenant, "v2", null)).as("seen in the same transaction").isZero();
        });
        assertThat(tx(() -> leads().scoredOtherwise(tenant, "v2", null, null, 100))).isEmpty();
        assertThat(tx(() -> leads().countScoredOtherwise(tenant, "v2", null))).isZero();
        assertThat(tx(() -> leads().countScoredOtherwise(LeadFixtures.freshTenant(), "v2", null))).isZero();
    }

    @Test
    void scoredOtherwisePagesThroughEveryStaleLeadOnceInIdOrder() {
        LeadId beforeAll = LeadFixtures.nextLeadId();
        List<Lead> stored = LeadFixtures.varied(tenant, 53, 33);
        insertAll(stored);
        txRun(() -> {
            for (int i = 0; i < stored.size(); i++) {
                if (i % 4 == 0) {
                    leads().saveScore(tenant, score(stored.get(i).id(), "v2", 1));
                } else if (i % 4 == 1) {
                    leads().saveScore(tenant, score(stored.get(i).id(), "v1", 1));
                }
            }
        });
        List<LeadId> expected = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            if (i % 4 != 0) {
                expected.add(stored.get(i).id());
            }
        }
        expected.sort(Comparator.comparing(LeadId::value));
        assertThat(expected).hasSize(39);

        List<List<LeadId>> pages = new ArrayList<>();
        LeadId after = null;
        while (true) {
            LeadId from = after;
            List<LeadId> page = tx(() -> leads().scoredOtherwise(tenant, "v2", null, from, 7));
            assertThat(page.size()).isLessThanOrEqualTo(7);
            if (page.isEmpty()) {
                break;
            }
            pages.add(page);
            after = page.get(page.size() - 1);
            assertThat(pages).as("runaway paging").hasSizeLessThan(100);
        }

        assertThat(pages).hasSize(6);
        assertThat(pages.subList(0, 5)).allSatisfy(page -> assertThat(page).hasSize(7));
        assertThat(pages.stream().flatMap(List::stream).toList()).containsExactlyElementsOf(expected);
        assertThat(tx(() -> leads().countScoredOtherwise(tenant, "v2", null))).isEqualTo(expected.size());
        assertThat(tx(() -> leads().scoredOtherwise(tenant, "v2", null, beforeAll, 100)))
                .as("after an id that is no lead's").containsExactlyElementsOf(expected);
        assertThat(tx(() -> leads().scoredOtherwise(tenant, "v2", null, LeadFixtures.nextLeadId(), 100))).isEmpty();
        assertThat(tx(() -> leads().scoredOtherwise(tenant, "v2", null, expected.get(20), 100)))
                .containsExactlyElementsOf(expected.subList(21, expected.size()));
    }

    @Test
    void aRolledBackScoreChangeLeavesTheScoreBefore() {
        Lead lead = LeadFixtures.lead(tenant);
        Lead unscored = LeadFixtures.bareLead(tenant);
        insertAll(List.of(lead, unscored));
        LeadScore before = score(lead.id(), "v1", 3);
        txRun(() -> leads().saveScore(tenant, before));

        assertThatThrownBy(() -> txRun(() -> {
            leads().saveScore(tenant, score(lead.id(), "v2", 1));
            leads().saveScore(tenant, score(unscored.id(), "v2", 2));
            throw new IllegalStateException("rolled back");
        })).hasMessage("rolled back");
        assertThat(findScore(tenant, lead.id())).contains(before);
        assertThat(findScore(tenant, unscored.id())).isEmpty();

        assertThatThrownBy(() -> txRun(() -> {
            leads().deleteScore(tenant, lead.id());
            throw new IllegalStateException("rolled back");
        })).hasMessage("rolled back");
        assertThat(findScore(tenant, lead.id())).contains(before);

        assertThatThrownBy(() -> txRun(() -> {
            leads().delete(tenant, lead.id(), 0);
            throw new IllegalStateException("rolled back");
        })).hasMessage("rolled back");
        assertThat(findScore(tenant, lead.id())).contains(before);
        assertThat(tx(() -> leads().scoredOtherwise(tenant, "v1", null, null, 10))).containsExactly(unscored.id());
    }

    /** Reads page after page, running {@code betweenPages} after each page that has a successor. */
    private List<List<LeadId>> readAllPages(TenantId tenantId, LeadFilter filter, int size, Runnable betweenPages) {
        List<List<LeadId>> pages = new ArrayList<>();
        PageRequest request = PageRequest.first(size);
        HashSet<Cursor> seen = new HashSet<>();
        while (true) {
            PageRequest current = request;
            Page<LeadView> page = tx(() -> leads().search(tenantId, filter, current));
            assertThat(page.items().size()).isLessThanOrEqualTo(size);
            pages.add(ids(page));
            if (!page.hasNext()) {
                return pages;
            }
            assertThat(page.items()).as("a page with a successor is full").hasSize(size);
            assertThat(seen.add(page.next())).as("cursor repeated: %s", page.next()).isTrue();
            assertThat(pages).as("runaway paging").hasSizeLessThan(1000);
            betweenPages.run();
            request = request.next(page.next());
        }
    }

    private Optional<LeadScore> findScore(TenantId tenantId, LeadId id) {
        return tx(() -> leads().findScore(tenantId, id));
    }

    /** Merges {@code merged} into {@code survivor}, leaving {@code merged} a MERGED tombstone. */
    private void merge(Lead survivor, Lead merged) {
        txRun(() -> {
            Lead s = leads().find(tenant, survivor.id()).orElseThrow();
            Lead m = leads().find(tenant, merged.id()).orElseThrow();
            s.absorb(m, org.smartbizflow.crm.lead.MergeChoices.fillBlanks(), UserId.of("u"),
                    LeadFixtures.BASE_TIME.plusSeconds(9));
            leads().update(s);
            leads().update(m);
        });
        assertThat(find(tenant, merged.id()).orElseThrow().status()).isEqualTo(LeadStatus.MERGED);
    }

    @Test
    void scoresMadeBeforeACutOffAreDueAsWellWhenAsked() {
        Lead early = LeadFixtures.lead(tenant);
        Lead late = LeadFixtures.lead(tenant);
        Lead unscored = LeadFixtures.bareLead(tenant);
        insertAll(List.of(early, late, unscored));
        LeadScore earlyScore = score(early.id(), "v1", 1);
        txRun(() -> {
            leads().saveScore(tenant, earlyScore);
            leads().saveScore(tenant, score(late.id(), "v1", 3));
        });
        Instant cutoff = LeadFixtures.micros(LeadFixtures.BASE_TIME.plusSeconds(2 * 3600));
        List<LeadId> earlyAndUnscored = java.util.stream.Stream.of(early.id(), unscored.id())
                .sorted(Comparator.comparing(LeadId::value)).toList();

        assertThat(tx(() -> leads().scoredOtherwise(tenant, "v1", cutoff, null, 10)))
                .containsExactlyElementsOf(earlyAndUnscored);
        assertThat(tx(() -> leads().countScoredOtherwise(tenant, "v1", cutoff))).isEqualTo(2);
        assertThat(tx(() -> leads().scoredOtherwise(tenant, "v1", null, null, 10))).containsExactly(unscored.id());
        // strictly before: a score made at the cut-off is current
        assertThat(tx(() -> leads().scoredOtherwise(tenant, "v1", earlyScore.scoredAt(), null, 10)))
                .containsExactly(unscored.id());
        assertThat(tx(() -> leads().countScoredOtherwise(tenant, "v2", cutoff))).isEqualTo(3);
    }

    /** Stores both leads with "v1" scores of so many factors; returns the second one's score. */
    private LeadScore storeBothScored(Lead first, int firstFactors, Lead second, int secondFactors) {
        insertAll(List.of(first, second));
        LeadScore secondScore = score(second.id(), "v1", secondFactors);
        txRun(() -> {
            leads().saveScore(tenant, score(first.id(), "v1", firstFactors));
            leads().saveScore(tenant, secondScore);
        });
        return secondScore;
    }

    /** A score of the version with {@code factors} factors, strongest first, alternating units and signs. */
    private static LeadScore score(LeadId leadId, String version, int factors) {
        List<Factor> explanation = new ArrayList<>();
        for (int i = 0; i < factors; i++) {
            double effect = (factors - i) * (i % 2 == 0 ? 1.25 : -0.75);
            explanation.add(new Factor("rule-" + i, i % 3 == 0 ? "" : "field value " + i, effect,
                    i % 2 == 0 ? Factor.Unit.POINTS : Factor.Unit.LOG_ODDS));
        }
        return new LeadScore(leadId, 40 + factors * 2.5, Grade.C, version,
                LeadFixtures.micros(LeadFixtures.BASE_TIME.plusSeconds(3600L * factors)), explanation);
    }

    private static List<LeadId> ids(Page<LeadView> page) {
        return page.items().stream().map(LeadView::id).toList();
    }

    private static List<LeadId> idsOf(List<Lead> leads) {
        return leads.stream().map(Lead::id).toList();
    }

    private static List<LeadId> sortedIds(List<Lead> leads) {
        return leads.stream().map(Lead::id).sorted(Comparator.comparing(LeadId::value)).toList();
    }
}
