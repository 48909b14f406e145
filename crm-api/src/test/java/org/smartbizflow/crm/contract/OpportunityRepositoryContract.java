package org.smartbizflow.crm.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.forecast.ForecastCategory;
import org.smartbizflow.crm.opportunity.Opportunity;
import org.smartbizflow.crm.opportunity.OpportunityDetails;
import org.smartbizflow.crm.opportunity.OpportunityFilter;
import org.smartbizflow.crm.opportunity.OpportunityHistoryEntry;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.opportunity.OpportunityView;
import org.smartbizflow.crm.opportunity.Pipeline;
import org.smartbizflow.crm.opportunity.PipelineView;
import org.smartbizflow.crm.opportunity.StageMove;
import org.smartbizflow.crm.opportunity.StageType;
import org.smartbizflow.crm.opportunity.port.out.OpportunityRepository;
import org.smartbizflow.crm.persistence.CrmPersistence;
import org.smartbizflow.crm.shared.ConcurrencyConflictException;
import org.smartbizflow.crm.shared.DateRange;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.NotFoundException;
import org.smartbizflow.crm.shared.Page;
import org.smartbizflow.crm.shared.PageRequest;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;

/**
 * What every {@link OpportunityRepository} must do, whatever the storage. Subclass it per
 * adapter; every test works in a tenant of its own.
 */
public abstract class OpportunityRepositoryContract {

    /** The store under test; called once before each test. */
    protected abstract CrmPersistence persistence();

    private CrmPersistence store;
    private TenantId tenant;
    private PipelineView pipeline;

    @BeforeEach
    void openStore() {
        store = persistence();
        tenant = LeadFixtures.freshTenant();
        Pipeline created = OpportunityFixtures.pipeline(tenant, true);
        run(() -> store.pipelines().insert(created));
        pipeline = created.view();
    }

    private <T> T tx(Supplier<T> work) {
        return store.transactions().inTransaction(work);
    }

    private void run(Runnable work) {
        store.transactions().inTransaction(work);
    }

    private OpportunityRepository deals() {
        return store.opportunities();
    }

    private OpportunityView stored(OpportunityId id) {
        return tx(() -> deals().find(tenant, id)).orElseThrow().view();
    }

    private Opportunity insertBare(int stage, String owner, String amount, String currency, LocalDate close) {
        Opportunity deal = OpportunityFixtures.bareDeal(pipeline, OpportunityFixtures.stage(pipeline, stage),
                UserId.of(owner), amount == null ? null : Money.of(amount, currency), close);
        run(() -> deals().insert(deal));
        return deal;
    }

    @Test
    void storesAndLoadsEveryField() {
        Opportunity deal = OpportunityFixtures.fullDeal(pipeline, "120000.50", "GBP");
        run(() -> deals().insert(deal));

        OpportunityView loaded = stored(deal.id());

        assertThat(loaded).isEqualTo(deal.view());
        assertThat(loaded.contactRoles()).hasSize(2);
        assertThat(loaded.competitors()).containsExactly("Babbage & Co", "Difference Ltd");
        assertThat(loaded.customFields().values()).hasSize(4);
        assertThat(loaded.amount()).isEqualTo(Money.of("120000.50", "GBP"));
    }

    @Test
    void storesAndLoadsNullOptionalFieldsAndZeroScaleCurrencies() {
        Opportunity deal = insertBare(0, "rep-2", "1500000", "JPY", LocalDate.of(2026, 5, 1));
        Opportunity noAmount = insertBare(0, "rep-2", null, null, LocalDate.of(2026, 5, 1));

        assertThat(stored(deal.id())).isEqualTo(deal.view());
        assertThat(stored(deal.id()).amount().amount().scale()).isZero();
        OpportunityView bare = stored(noAmount.id());
        assertThat(bare).isEqualTo(noAmount.view());
        assertThat(bare.accountId()).isNull();
        assertThat(bare.amount()).isNull();
        assertThat(bare.contactRoles()).isEmpty();
        assertThat(bare.customFields().isEmpty()).isTrue();
    }

    @Test
    void findsNothingForAnUnknownIdOrAnotherTenant() {
        Opportunity deal = OpportunityFixtures.fullDeal(pipeline, "10.00", "EUR");
        run(() -> deals().insert(deal));

        assertThat(tx(() -> deals().find(tenant, OpportunityId.of(LeadFixtures.nextId())))).isEmpty();
        TenantId other = LeadFixtures.freshTenant();
        assertThat(tx(() -> deals().find(other, deal.id()))).isEmpty();
        assertThat(tx(() -> deals().count(other, OpportunityFilter.any()))).isZero();
        assertThat(tx(() -> deals().history(other, deal.id()))).isEmpty();
    }

    @Test
    void updateStoresAStageMoveAndAdvancesTheVersion() {
        Opportunity deal = OpportunityFixtures.fullDeal(pipeline, "5000.00", "EUR");
        run(() -> deals().insert(deal));

        run(() -> {
            Opportunity loaded = deals().find(tenant, deal.id()).orElseThrow();
            StageMove move = loaded.moveTo(pipeline, OpportunityFixtures.stage(pipeline, 4), null,
                    OpportunityFixtures.REP, OpportunityFixtures.later(3600), LocalDate.of(2026, 3, 3));
            assertThat(move).isInstanceOf(StageMove.Moved.class);
            deals().update(loaded);
        });

        OpportunityView won = stored(deal.id());
        assertThat(won.version()).isEqualTo(1);
        assertThat(won.stageType()).isEqualTo(StageType.WON);
        assertThat(won.forecastCategory()).isEqualTo(ForecastCategory.CLOSED);
        assertThat(won.closedOn()).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(won.probability().value()).isEqualByComparingTo("100");
        assertThat(won.updatedAt()).isEqualTo(OpportunityFixtures.later(3600));
    }

    @Test
    void updateReplacesCollectionsAndCustomFields() {
        Opportunity deal = OpportunityFixtures.fullDeal(pipeline, "5000.00", "EUR");
        run(() -> deals().insert(deal));

        run(() -> {
            Opportunity loaded = deals().find(tenant, deal.id()).orElseThrow();
            OpportunityDetails details = OpportunityDetails.of(loaded.view())
                    .withCompetitors(List.of("Jacquard"))
                    .withContactRoles(List.of())
                    .withCustomFields(loaded.view().customFields().without("seats"));
            loaded.updateDetails(details, pipeline, OpportunityFixtures.REP, OpportunityFixtures.later(5));
            deals().update(loaded);
        });

        OpportunityView after = stored(deal.id());
        assertThat(after.competitors()).containsExactly("Jacquard");
        assertThat(after.contactRoles()).isEmpty();
        assertThat(after.customFields().values()).doesNotContainKey("seats").hasSize(3);
    }

    @Test
    void aStaleUpdateIsAConflictAndAnUnknownOneNotFound() {
        Opportunity deal = OpportunityFixtures.fullDeal(pipeline, "5000.00", "EUR");
        run(() -> deals().insert(deal));
        Opportunity first = tx(() -> deals().find(tenant, deal.id())).orElseThrow();
        Opportunity second = tx(() -> deals().find(tenant, deal.id())).orElseThrow();
        first.moveTo(pipeline, OpportunityFixtures.stage(pipeline, 1), null, OpportunityFixtures.REP,
                OpportunityFixtures.later(1), OpportunityFixtures.TODAY);
        run(() -> deals().update(first));
        second.moveTo(pipeline, OpportunityFixtures.stage(pipeline, 2), null, OpportunityFixtures.REP,
                OpportunityFixtures.later(2), OpportunityFixtures.TODAY);

        assertThatThrownBy(() -> run(() -> deals().update(second))).isInstanceOf(ConcurrencyConflictException.class);
        assertThat(stored(deal.id()).stageId()).isEqualTo(OpportunityFixtures.stage(pipeline, 1));
        Opportunity never = OpportunityFixtures.fullDeal(pipeline, "1.00", "EUR");
        assertThatThrownBy(() -> run(() -> deals().update(never))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void searchFiltersAndPagesWithoutRepeatsOrGaps() {
        List<OpportunityId> expected = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            Opportunity deal = insertBare(i % 3, i % 2 == 0 ? "rep-a" : "rep-b", "100.00", "EUR",
                    LocalDate.of(2026, 4, 1).plusDays(i));
            if (i % 2 == 0) {
                expected.add(deal.id());
            }
        }
        expected.add(insertBare(0, "rep-a", "1.00", "EUR", LocalDate.of(2026, 4, 1)).id());
        OpportunityFilter filter = OpportunityFilter.any().withOwners(UserId.of("rep-a"))
                .closingIn(DateRange.of(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30)));
        List<OpportunityId> seen = new ArrayList<>();
        PageRequest page = PageRequest.first(5);
        while (true) {
            PageRequest current = page;
            Page<OpportunityView> result = tx(() -> deals().search(tenant, filter, current));
            result.items().forEach(d -> seen.add(d.id()));
            if (result.nextCursor().isEmpty()) {
                break;
            }
            page = page.next(result.nextCursor().get());
        }

        assertThat(seen).hasSize(13).doesNotHaveDuplicates();
        assertThat(seen).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(tx(() -> deals().count(tenant, filter))).isEqualTo(13);
    }

    @Test
    void searchFiltersByStageTypeTeamTerritoryAndCategory() {
        Opportunity full = OpportunityFixtures.fullDeal(pipeline, "10.00", "EUR");
        run(() -> deals().insert(full));
        insertBare(4, "rep-a", "10.00", "EUR", LocalDate.of(2026, 4, 1));
        insertBare(5, "rep-a", "10.00", "EUR", LocalDate.of(2026, 4, 1));

        assertThat(tx(() -> deals().count(tenant, OpportunityFilter.any().ofTypes(StageType.WON)))).isEqualTo(1);
        assertThat(tx(() -> deals().count(tenant, OpportunityFilter.any().ofTypes(StageType.OPEN, StageType.LOST))))
                .isEqualTo(2);
        assertThat(tx(() -> deals().search(tenant, OpportunityFilter.any().withTeams("north").withTerritories("uk"),
                PageRequest.first(10))).items()).extracting(OpportunityView::id).containsExactly(full.id());
        assertThat(tx(() -> deals().count(tenant, OpportunityFilter.any().withCategories(ForecastCategory.CLOSED,
                ForecastCategory.OMITTED)))).isEqualTo(2);
        assertThat(tx(() -> deals().count(tenant, OpportunityFilter.any().inPipeline(pipeline.id())
                .inStages(OpportunityFixtures.stage(pipeline, 0))))).isEqualTo(1);
        assertThat(tx(() -> deals().search(tenant, OpportunityFilter.any().forAccount(full.view().accountId()),
                PageRequest.first(10))).items()).extracting(OpportunityView::id).containsExactly(full.id());
        assertThat(tx(() -> deals().count(tenant, OpportunityFilter.any().forAccount(full.view().accountId())
                .ofTypes(StageType.LOST)))).isZero();
        assertThat(tx(() -> deals().count(tenant, OpportunityFilter.any().forAccount(
                org.smartbizflow.crm.account.AccountId.of(LeadFixtures.nextId()))))).isZero();
    }

    @Test
    void countsDealsPerStage() {
        insertBare(0, "rep-a", "10.00", "EUR", LocalDate.of(2026, 4, 1));
        insertBare(0, "rep-b", "10.00", "EUR", LocalDate.of(2026, 4, 1));
        insertBare(2, "rep-a", "10.00", "EUR", LocalDate.of(2026, 4, 1));

        Map<org.smartbizflow.crm.opportunity.StageId, Long> counts =
                tx(() -> deals().countByStage(tenant, pipeline.id()));

        assertThat(counts).containsOnly(Map.entry(OpportunityFixtures.stage(pipeline, 0), 2L),
                Map.entry(OpportunityFixtures.stage(pipeline, 2), 1L));
    }

    @Test
    void historyComesBackOldestFirstWithEveryField() {
        Opportunity deal = OpportunityFixtures.fullDeal(pipeline, "5000.00", "EUR");
        run(() -> deals().insert(deal));
        OpportunityHistoryEntry first = OpportunityHistoryEntry.of(LeadFixtures.nextId(), deal.view(),
                OpportunityFixtures.REP, LeadFixtures.BASE_TIME);
        deal.moveTo(pipeline, OpportunityFixtures.stage(pipeline, 1), null, UserId.of("mgr"),
                OpportunityFixtures.later(86_400), OpportunityFixtures.TODAY);
        OpportunityHistoryEntry second = OpportunityHistoryEntry.of(LeadFixtures.nextId(), deal.view(),
                UserId.of("mgr"), OpportunityFixtures.later(86_400));
        run(() -> deals().appendHistory(List.of(second, first)));

        assertThat(tx(() -> deals().history(tenant, deal.id()))).containsExactly(first, second);
    }

    private static java.math.BigDecimal dec(String value) {
        return new java.math.BigDecimal(value);
    }

    @Test
    void sumsAmountsPerStageCategoryCurrencyAndCloseDateExactly() {
        insertBare(0, "rep-a", "100.10", "EUR", LocalDate.of(2026, 4, 1));
        insertBare(0, "rep-b", "200.20", "EUR", LocalDate.of(2026, 4, 2));
        insertBare(0, "rep-a", "1000", "JPY", LocalDate.of(2026, 4, 3));
        insertBare(0, "rep-a", null, null, LocalDate.of(2026, 4, 3));
        insertBare(4, "rep-b", "50.00", "EUR", LocalDate.of(2026, 4, 4));
        insertBare(2, "rep-b", "10.00", "EUR", LocalDate.of(2026, 9, 4));

        OpportunityFilter april = OpportunityFilter.any().inPipeline(pipeline.id())
                .closingIn(DateRange.of(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30)));
        List<org.smartbizflow.crm.opportunity.AmountGroup> byStage = tx(() -> deals().sumAmounts(tenant, april,
                org.smartbizflow.crm.opportunity.AmountGrouping.STAGE_AND_CATEGORY));

        String prospecting = OpportunityFixtures.stage(pipeline, 0).toString();
        String won = OpportunityFixtures.stage(pipeline, 4).toString();
        assertThat(byStage).hasSize(4);
        assertThat(byStage).anySatisfy(g -> {
            assertThat(g.key()).isEqualTo(prospecting);
            assertThat(g.subKey()).isEqualTo("PIPELINE");
            assertThat(g.currency()).isEqualTo(java.util.Currency.getInstance("EUR"));
            assertThat(g.closedOn()).isNull();
            assertThat(g.count()).isEqualTo(2);
            assertThat(g.amount()).isEqualByComparingTo("300.30");
            assertThat(g.amountTimesProbability()).isEqualByComparingTo("3003.0");
        });
        assertThat(byStage).anySatisfy(g -> {
            assertThat(g.key()).isEqualTo(prospecting);
            assertThat(g.currency()).isEqualTo(java.util.Currency.getInstance("JPY"));
            assertThat(g.amount()).isEqualByComparingTo("1000");
        });
        assertThat(byStage).anySatisfy(g -> {
            assertThat(g.key()).isEqualTo(prospecting);
            assertThat(g.currency()).isNull();
            assertThat(g.count()).isEqualTo(1);
            assertThat(g.amount()).isEqualByComparingTo("0");
        });
        assertThat(byStage).anySatisfy(g -> {
            assertThat(g.key()).isEqualTo(won);
            assertThat(g.subKey()).isEqualTo("CLOSED");
            assertThat(g.closedOn()).isEqualTo(OpportunityFixtures.TODAY);
            assertThat(g.amountTimesProbability()).isEqualByComparingTo(dec("5000"));
        });

        List<org.smartbizflow.crm.opportunity.AmountGroup> byOwner = tx(() -> deals().sumAmounts(tenant, april,
                org.smartbizflow.crm.opportunity.AmountGrouping.OWNER));
        assertThat(byOwner).filteredOn(g -> g.key().equals("rep-b") && g.closedOn() == null)
                .singleElement().satisfies(g -> {
                    assertThat(g.subKey()).isNull();
                    assertThat(g.amount()).isEqualByComparingTo("200.20");
                });
        assertThat(byOwner.stream().mapToLong(org.smartbizflow.crm.opportunity.AmountGroup::count).sum()).isEqualTo(5);
        assertThat(tx(() -> deals().sumAmounts(LeadFixtures.freshTenant(), OpportunityFilter.any(),
                org.smartbizflow.crm.opportunity.AmountGrouping.OWNER))).isEmpty();
    }

    @Test
    void countsTransitionsEntriesAndSlippageFromTheHistory() {
        Opportunity deal = OpportunityFixtures.fullDeal(pipeline, "5000.00", "EUR");
        run(() -> deals().insert(deal));
        OpportunityView created = deal.view();
        List<OpportunityHistoryEntry> entries = new ArrayList<>();
        entries.add(OpportunityHistoryEntry.of(LeadFixtures.nextId(), created, OpportunityFixtures.REP,
                LeadFixtures.BASE_TIME));
        deal.moveTo(pipeline, OpportunityFixtures.stage(pipeline, 1), null, OpportunityFixtures.REP,
                OpportunityFixtures.later(2 * 86_400), OpportunityFixtures.TODAY);
        OpportunityView qualified = deal.view();
        entries.add(OpportunityHistoryEntry.of(LeadFixtures.nextId(), created, LeadFixtures.BASE_TIME, qualified,
                OpportunityFixtures.REP, OpportunityFixtures.later(2 * 86_400)));
        deal.updateDetails(OpportunityDetails.of(qualified).withExpectedCloseDate(
                qualified.expectedCloseDate().plusDays(30)), pipeline, OpportunityFixtures.REP,
                OpportunityFixtures.later(3 * 86_400));
        OpportunityView slipped = deal.view();
        entries.add(OpportunityHistoryEntry.of(LeadFixtures.nextId(), qualified, OpportunityFixtures.later(2 * 86_400),
                slipped, OpportunityFixtures.REP, OpportunityFixtures.later(3 * 86_400)));
        deal.moveTo(pipeline, OpportunityFixtures.stage(pipeline, 0), null, OpportunityFixtures.REP,
                OpportunityFixtures.later(5 * 86_400), OpportunityFixtures.TODAY);
        entries.add(OpportunityHistoryEntry.of(LeadFixtures.nextId(), slipped, OpportunityFixtures.later(2 * 86_400),
                deal.view(), OpportunityFixtures.REP, OpportunityFixtures.later(5 * 86_400)));
        run(() -> deals().appendHistory(entries));

        List<org.smartbizflow.crm.opportunity.StageTransition> transitions =
                tx(() -> deals().stageTransitions(tenant, pipeline.id()));
        assertThat(transitions).containsExactlyInAnyOrder(
                new org.smartbizflow.crm.opportunity.StageTransition(OpportunityFixtures.stage(pipeline, 0),
                        OpportunityFixtures.stage(pipeline, 1), 1, 2 * 86_400),
                new org.smartbizflow.crm.opportunity.StageTransition(OpportunityFixtures.stage(pipeline, 1),
                        OpportunityFixtures.stage(pipeline, 0), 1, 3 * 86_400));
        assertThat(tx(() -> deals().dealsEntered(tenant, pipeline.id()))).containsOnly(
                Map.entry(OpportunityFixtures.stage(pipeline, 0), 1L), Map.entry(OpportunityFixtures.stage(pipeline, 1), 1L));
        org.smartbizflow.crm.opportunity.Slippage slippage = tx(() -> deals().slippage(tenant, pipeline.id(),
                LeadFixtures.BASE_TIME, OpportunityFixtures.later(10 * 86_400)));
        assertThat(slippage).isEqualTo(new org.smartbizflow.crm.opportunity.Slippage(1, 1, 30));
        assertThat(tx(() -> deals().slippage(tenant, pipeline.id(), OpportunityFixtures.later(4 * 86_400),
                OpportunityFixtures.later(10 * 86_400)))).isEqualTo(new org.smartbizflow.crm.opportunity.Slippage(0, 0, 0));
        assertThat(tx(() -> deals().history(tenant, deal.id()))).containsExactlyElementsOf(entries);
    }

    @Test
    void aMoveBetweenPipelinesLeavesAStageOfTheOldPipelineAndEntersOneOfTheNew() {
        Pipeline other = OpportunityFixtures.pipeline(tenant, false);
        run(() -> store.pipelines().insert(other));
        PipelineView renewals = other.view();
        Opportunity deal = OpportunityFixtures.fullDeal(pipeline, "5000.00", "EUR");
        run(() -> deals().insert(deal));
        OpportunityView created = deal.view();
        List<OpportunityHistoryEntry> entries = new ArrayList<>();
        entries.add(OpportunityHistoryEntry.of(LeadFixtures.nextId(), created, OpportunityFixtures.REP,
                LeadFixtures.BASE_TIME));
        assertThat(deal.moveToPipeline(renewals, OpportunityFixtures.stage(renewals, 1), OpportunityFixtures.REP,
                OpportunityFixtures.later(4 * 86_400))).isInstanceOf(org.smartbizflow.crm.opportunity.StageMove.Moved.class);
        OpportunityView moved = deal.view();
        entries.add(OpportunityHistoryEntry.of(LeadFixtures.nextId(), created, LeadFixtures.BASE_TIME, moved,
                OpportunityFixtures.REP, OpportunityFixtures.later(4 * 86_400)));
        deal.moveTo(renewals, OpportunityFixtures.stage(renewals, 2), null, OpportunityFixtures.REP,
                OpportunityFixtures.later(6 * 86_400), OpportunityFixtures.TODAY);
        entries.add(OpportunityHistoryEntry.of(LeadFixtures.nextId(), moved, OpportunityFixtures.later(4 * 86_400),
                deal.view(), OpportunityFixtures.REP, OpportunityFixtures.later(6 * 86_400)));
        run(() -> {
            deals().update(deal);
            deals().appendHistory(entries);
        });

        assertThat(tx(() -> deals().find(tenant, deal.id())).orElseThrow().view().pipelineId()).isEqualTo(renewals.id());
        assertThat(tx(() -> deals().history(tenant, deal.id()))).containsExactlyElementsOf(entries);
        assertThat(entries.get(1).previousPipelineId()).isEqualTo(pipeline.id());
        // the old pipeline saw the deal leave its first stage after four days; the new one never saw that stage
        assertThat(tx(() -> deals().stageTransitions(tenant, pipeline.id()))).containsExactly(
                new org.smartbizflow.crm.opportunity.StageTransition(OpportunityFixtures.stage(pipeline, 0),
                        OpportunityFixtures.stage(renewals, 1), 1, 4 * 86_400));
        assertThat(tx(() -> deals().stageTransitions(tenant, renewals.id()))).containsExactly(
                new org.smartbizflow.crm.opportunity.StageTransition(OpportunityFixtures.stage(renewals, 1),
                        OpportunityFixtures.stage(renewals, 2), 1, 2 * 86_400));
        assertThat(tx(() -> deals().dealsEntered(tenant, pipeline.id()))).containsOnly(
                Map.entry(OpportunityFixtures.stage(pipeline, 0), 1L));
        assertThat(tx(() -> deals().dealsEntered(tenant, renewals.id()))).containsOnly(
                Map.entry(OpportunityFixtures.stage(renewals, 1), 1L), Map.entry(OpportunityFixtures.stage(renewals, 2), 1L));
        assertThat(tx(() -> deals().countByStage(tenant, renewals.id()))).containsOnly(
                Map.entry(OpportunityFixtures.stage(renewals, 2), 1L));
        assertThat(tx(() -> deals().countByStage(tenant, pipeline.id()))).isEmpty();
    }

    @Test
    void readsTheHistoriesOfManyDealsAtOnce() {
        Opportunity first = OpportunityFixtures.fullDeal(pipeline, "5000.00", "EUR");
        Opportunity second = OpportunityFixtures.fullDeal(pipeline, "7000.00", "EUR");
        Opportunity quiet = OpportunityFixtures.fullDeal(pipeline, "9000.00", "EUR");
        run(() -> {
            deals().insert(first);
            deals().insert(second);
            deals().insert(quiet);
        });
        OpportunityView created = first.view();
        first.moveTo(pipeline, OpportunityFixtures.stage(pipeline, 1), null, OpportunityFixtures.REP,
                OpportunityFixtures.later(86_400), OpportunityFixtures.TODAY);
        List<OpportunityHistoryEntry> firstEntries = List.of(
                OpportunityHistoryEntry.of(LeadFixtures.nextId(), created, OpportunityFixtures.REP, LeadFixtures.BASE_TIME),
                OpportunityHistoryEntry.of(LeadFixtures.nextId(), created, LeadFixtures.BASE_TIME, first.view(),
                        OpportunityFixtures.REP, OpportunityFixtures.later(86_400)));
        List<OpportunityHistoryEntry> secondEntries = List.of(OpportunityHistoryEntry.of(LeadFixtures.nextId(),
                second.view(), OpportunityFixtures.REP, LeadFixtures.BASE_TIME));
        run(() -> deals().appendHistory(List.of(secondEntries.get(0), firstEntries.get(1), firstEntries.get(0))));

        Map<OpportunityId, List<OpportunityHistoryEntry>> histories = tx(() -> deals().histories(tenant,
                List.of(first.id(), second.id(), quiet.id(), first.id())));

        assertThat(histories).containsOnly(Map.entry(first.id(), firstEntries), Map.entry(second.id(), secondEntries));
        assertThat(tx(() -> deals().histories(LeadFixtures.freshTenant(), List.of(first.id())))).isEmpty();
        assertThat(tx(() -> deals().histories(tenant, List.of()))).isEmpty();
    }
}
