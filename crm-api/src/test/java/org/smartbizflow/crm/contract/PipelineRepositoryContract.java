package org.smartbizflow.crm.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.forecast.ForecastCategory;
import org.smartbizflow.crm.opportunity.OpportunityField;
import org.smartbizflow.crm.opportunity.Pipeline;
import org.smartbizflow.crm.opportunity.PipelineChange;
import org.smartbizflow.crm.opportunity.PipelineId;
import org.smartbizflow.crm.opportunity.PipelineView;
import org.smartbizflow.crm.opportunity.Stage;
import org.smartbizflow.crm.opportunity.StageId;
import org.smartbizflow.crm.opportunity.port.out.PipelineRepository;
import org.smartbizflow.crm.persistence.CrmPersistence;
import org.smartbizflow.crm.shared.ConcurrencyConflictException;
import org.smartbizflow.crm.shared.NotFoundException;
import org.smartbizflow.crm.shared.Percentage;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * What every {@link PipelineRepository} must do, whatever the storage. Subclass it per adapter;
 * every test works in a tenant of its own.
 */
public abstract class PipelineRepositoryContract {

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

    private PipelineRepository pipelines() {
        return store.pipelines();
    }

    @Test
    void storesAndLoadsStagesInOrderWithEveryField() {
        Pipeline pipeline = OpportunityFixtures.pipeline(tenant, true);
        tx(() -> {
            pipelines().insert(pipeline);
            return null;
        });

        PipelineView loaded = tx(() -> pipelines().find(tenant, pipeline.id())).orElseThrow().view();

        assertThat(loaded).isEqualTo(pipeline.view());
        assertThat(loaded.stages()).extracting(Stage::name).containsExactly("Prospecting", "Qualification",
                "Proposal", "Negotiation", "Closed Won", "Closed Lost");
        assertThat(loaded.stages().get(3).requiredFields())
                .containsExactlyInAnyOrder(OpportunityField.AMOUNT, OpportunityField.PRIMARY_CONTACT);
        assertThat(loaded.stages().get(2).category()).isEqualTo(ForecastCategory.BEST_CASE);
    }

    @Test
    void findsTheDefaultAndListsItFirst() {
        Pipeline renewals = OpportunityFixtures.pipeline(tenant, false);
        Pipeline sales = OpportunityFixtures.pipeline(tenant, true);
        tx(() -> {
            pipelines().insert(renewals);
            pipelines().insert(sales);
            return null;
        });

        assertThat(tx(() -> pipelines().findDefault(tenant)).orElseThrow().id()).isEqualTo(sales.id());
        assertThat(tx(() -> pipelines().list(tenant))).extracting(PipelineView::id)
                .containsExactly(sales.id(), renewals.id());
    }

    @Test
    void refusesASecondDefaultPipeline() {
        tx(() -> {
            pipelines().insert(OpportunityFixtures.pipeline(tenant, true));
            return null;
        });

        assertThatThrownBy(() -> tx(() -> {
            pipelines().insert(OpportunityFixtures.pipeline(tenant, true));
            return null;
        })).isInstanceOf(RuntimeException.class);
        assertThat(tx(() -> pipelines().list(tenant))).hasSize(1);
    }

    @Test
    void neverShowsAnotherTenantsPipelines() {
        Pipeline pipeline = OpportunityFixtures.pipeline(tenant, true);
        tx(() -> {
            pipelines().insert(pipeline);
            return null;
        });
        TenantId other = LeadFixtures.freshTenant();

        assertThat(tx(() -> pipelines().find(other, pipeline.id()))).isEmpty();
        assertThat(tx(() -> pipelines().findDefault(other))).isEmpty();
        assertThat(tx(() -> pipelines().list(other))).isEmpty();
    }

    @Test
    void updateStoresEditedStagesAndAdvancesTheVersion() {
        Pipeline pipeline = OpportunityFixtures.pipeline(tenant, true);
        tx(() -> {
            pipelines().insert(pipeline);
            return null;
        });
        Pipeline loaded = tx(() -> pipelines().find(tenant, pipeline.id())).orElseThrow();
        List<Stage> stages = new ArrayList<>(loaded.view().stages());
        Stage demo = new Stage(StageId.of(LeadFixtures.nextId()), "Demo", Percentage.of("35.5"),
                ForecastCategory.PIPELINE, org.smartbizflow.crm.opportunity.StageType.OPEN,
                Set.of(OpportunityField.NEXT_STEP));
        stages.add(2, demo);
        stages.remove(1);
        PipelineChange change = loaded.editStages(stages, List.of(), Set.of(), OpportunityFixtures.REP,
                OpportunityFixtures.later(60));
        assertThat(change).isInstanceOf(PipelineChange.Applied.class);
        tx(() -> {
            pipelines().update(loaded);
            return null;
        });

        PipelineView stored = tx(() -> pipelines().find(tenant, pipeline.id())).orElseThrow().view();
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.stages()).isEqualTo(stages);
        assertThat(stored.stage(demo.id()).orElseThrow().defaultProbability().value()).isEqualByComparingTo("35.5");
        assertThat(stored.updatedAt()).isEqualTo(OpportunityFixtures.later(60));
    }

    @Test
    void aStaleUpdateIsAConflictAndChangesNothing() {
        Pipeline pipeline = OpportunityFixtures.pipeline(tenant, true);
        tx(() -> {
            pipelines().insert(pipeline);
            return null;
        });
        Pipeline first = tx(() -> pipelines().find(tenant, pipeline.id())).orElseThrow();
        Pipeline second = tx(() -> pipelines().find(tenant, pipeline.id())).orElseThrow();
        List<Stage> renamed = first.view().stages().stream()
                .map(s -> s.name().equals("Proposal") ? s.renamed("Offer") : s).toList();
        first.editStages(renamed, List.of(), Set.of(), OpportunityFixtures.REP, OpportunityFixtures.later(1));
        tx(() -> {
            pipelines().update(first);
            return null;
        });
        second.editStages(renamed.stream().map(s -> s.name().equals("Offer") ? s.renamed("Quote") : s).toList(),
                List.of(), Set.of(), OpportunityFixtures.REP, OpportunityFixtures.later(2));

        assertThatThrownBy(() -> tx(() -> {
            pipelines().update(second);
            return null;
        })).isInstanceOf(ConcurrencyConflictException.class);
        assertThat(tx(() -> pipelines().find(tenant, pipeline.id())).orElseThrow().view().stageNamed("Offer"))
                .isPresent();
    }

    @Test
    void updatingAnUnknownPipelineIsNotFound() {
        Pipeline never = OpportunityFixtures.pipeline(tenant, false);
        assertThatThrownBy(() -> tx(() -> {
            pipelines().update(never);
            return null;
        })).isInstanceOf(NotFoundException.class);
        assertThat(tx(() -> pipelines().find(tenant, PipelineId.of(LeadFixtures.nextId())))).isEmpty();
    }

    @Test
    void aPipelineWithoutAWonStageIsRefused() {
        List<Stage> stages = Pipeline.standardStages(LeadFixtures::nextId).stream()
                .filter(s -> s.type() != org.smartbizflow.crm.opportunity.StageType.WON).toList();
        assertThatThrownBy(() -> Pipeline.create(PipelineId.of(LeadFixtures.nextId()), tenant, "No wins", false,
                stages, OpportunityFixtures.REP, LeadFixtures.BASE_TIME))
                .isInstanceOf(ValidationException.class).hasMessageContaining("WON");
    }
}
