package org.smartbizflow.crm.core.opportunity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.contact.ContactId;
import org.smartbizflow.crm.core.Crm;
import org.smartbizflow.crm.core.CrmSession;
import org.smartbizflow.crm.core.inmemory.InMemoryCrmPersistence;
import org.smartbizflow.crm.forecast.ForecastCategory;
import org.smartbizflow.crm.opportunity.OpportunityChange;
import org.smartbizflow.crm.opportunity.OpportunityDetails;
import org.smartbizflow.crm.opportunity.OpportunityEvent;
import org.smartbizflow.crm.opportunity.OpportunityField;
import org.smartbizflow.crm.opportunity.OpportunityFilter;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.opportunity.OpportunityView;
import org.smartbizflow.crm.opportunity.PipelineChange;
import org.smartbizflow.crm.opportunity.PipelineId;
import org.smartbizflow.crm.opportunity.PipelineView;
import org.smartbizflow.crm.opportunity.ProbabilitySource;
import org.smartbizflow.crm.opportunity.StageMapping;
import org.smartbizflow.crm.opportunity.StageMove;
import org.smartbizflow.crm.opportunity.StageType;
import org.smartbizflow.crm.opportunity.port.in.ChangeForecastCategory;
import org.smartbizflow.crm.opportunity.port.in.CreateOpportunity;
import org.smartbizflow.crm.opportunity.port.in.CreatePipeline;
import org.smartbizflow.crm.opportunity.port.in.EditPipelineStages;
import org.smartbizflow.crm.opportunity.port.in.ListOpportunities;
import org.smartbizflow.crm.opportunity.port.in.MoveOpportunity;
import org.smartbizflow.crm.opportunity.port.in.OverrideProbability;
import org.smartbizflow.crm.opportunity.port.in.StageDefinition;
import org.smartbizflow.crm.opportunity.port.in.UpdateOpportunity;
import org.smartbizflow.crm.scoring.Prediction;
import org.smartbizflow.crm.scoring.ScoreExplanation;
import org.smartbizflow.crm.shared.AccessDeniedException;
import org.smartbizflow.crm.shared.Actor;
import org.smartbizflow.crm.shared.EventEnvelope;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.Percentage;
import org.smartbizflow.crm.shared.Role;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.ValidationException;

class OpportunityUseCasesTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    private final List<EventEnvelope> published = new ArrayList<>();
    private final InMemoryCrmPersistence store = new InMemoryCrmPersistence();
    private final Crm crm = Crm.builder().persistence(store).clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .events(published::add).build();
    private final CrmSession session = crm.session(TenantId.of("acme"), Actor.user("rep-1", Role.SALES_REP));

    private OpportunityId create(String amount) {
        return session.opportunities().create(CreateOpportunity.of("Engine retrofit",
                amount == null ? null : Money.of(amount, "GBP"), LocalDate.of(2026, 6, 30)));
    }

    @Test
    void aDealStartsInTheDefaultPipelinesFirstStageWithItsProbabilityAndCategory() {
        OpportunityId id = create("120000.00");

        OpportunityView deal = session.opportunities().get(id);
        PipelineView pipeline = session.pipelines().defaultPipeline();
        assertThat(deal.pipelineId()).isEqualTo(pipeline.id());
        assertThat(deal.stageId()).isEqualTo(pipeline.stages().get(0).id());
        assertThat(deal.probability()).isEqualTo(Percentage.of(10));
        assertThat(deal.forecastCategory()).isEqualTo(ForecastCategory.PIPELINE);
        assertThat(deal.ownerId().value()).isEqualTo("rep-1");
        assertThat(session.pipelines().list()).hasSize(1);
        assertThat(published).extracting(e -> e.event().getClass().getSimpleName())
                .contains("PipelineCreated", "OpportunityCreated");
        assertThat(session.opportunities().history(id)).hasSize(1);
    }

    @Test
    void entryRequirementsRefuseAMoveAndNameTheMissingFields() {
        OpportunityId id = create(null);
        PipelineView pipeline = session.pipelines().defaultPipeline();

        StageMove refused = session.opportunities().move(MoveOpportunity.to(id, pipeline.stageNamed("Negotiation")
                .orElseThrow().id()));

        assertThat(refused).isInstanceOfSatisfying(StageMove.Refused.class, r -> assertThat(r.missing())
                .containsExactlyInAnyOrder(OpportunityField.AMOUNT, OpportunityField.PRIMARY_CONTACT));
        assertThat(session.opportunities().get(id).stageId()).isEqualTo(pipeline.stages().get(0).id());
        assertThat(session.opportunities().history(id)).hasSize(1);
    }

    @Test
    void movingThroughStagesUpdatesProbabilityCategoryHistoryAndClosesOnWin() {
        OpportunityId id = create("5000.00");
        PipelineView pipeline = session.pipelines().defaultPipeline();
        OpportunityView deal = session.opportunities().get(id);
        session.opportunities().update(new UpdateOpportunity(id, OpportunityDetails.of(deal)
                .withPrimaryContact(ContactId.of(java.util.UUID.randomUUID())), deal.version()));

        assertThat(session.opportunities().move(MoveOpportunity.to(id, pipeline.stageNamed("Negotiation")
                .orElseThrow().id()))).isInstanceOf(StageMove.Moved.class);
        OpportunityView negotiating = session.opportunities().get(id);
        assertThat(negotiating.probability()).isEqualTo(Percentage.of(80));
        assertThat(negotiating.forecastCategory()).isEqualTo(ForecastCategory.COMMIT);

        session.opportunities().move(MoveOpportunity.to(id, pipeline.stageNamed("Closed Won").orElseThrow().id()));
        OpportunityView won = session.opportunities().get(id);
        assertThat(won.stageType()).isEqualTo(StageType.WON);
        assertThat(won.closedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(won.forecastCategory()).isEqualTo(ForecastCategory.CLOSED);
        assertThat(session.opportunities().history(id)).hasSize(3);
        assertThat(published).extracting(e -> e.event()).filteredOn(OpportunityEvent.OpportunityStageChanged.class::isInstance)
                .hasSize(2);
    }

    @Test
    void losingNeedsAReasonGivenWithTheMove() {
        OpportunityId id = create("5000.00");
        PipelineView pipeline = session.pipelines().defaultPipeline();
        var lost = pipeline.stageNamed("Closed Lost").orElseThrow().id();

        assertThat(session.opportunities().move(MoveOpportunity.to(id, lost))).isInstanceOf(StageMove.Refused.class);
        assertThat(session.opportunities().move(MoveOpportunity.lost(id, lost, "price")))
                .isInstanceOf(StageMove.Moved.class);
        assertThat(session.opportunities().get(id).lostReason()).isEqualTo("price");
        assertThat(session.opportunities().get(id).forecastCategory()).isEqualTo(ForecastCategory.OMITTED);
    }

    @Test
    void anOverriddenProbabilityStaysAcrossOpenStagesAndClearingReturnsToTheStage() {
        OpportunityId id = create("5000.00");
        PipelineView pipeline = session.pipelines().defaultPipeline();
        session.opportunities().overrideProbability(new OverrideProbability(id, Percentage.of(65)));
        session.opportunities().move(MoveOpportunity.to(id, pipeline.stageNamed("Proposal").orElseThrow().id()));

        assertThat(session.opportunities().get(id).probability()).isEqualTo(Percentage.of(65));
        assertThat(session.opportunities().get(id).probabilitySource()).isEqualTo(ProbabilitySource.OVERRIDE);
        session.opportunities().overrideProbability(new OverrideProbability(id, null));
        assertThat(session.opportunities().get(id).probability()).isEqualTo(Percentage.of(50));
        assertThat(session.opportunities().changeForecastCategory(new ChangeForecastCategory(id,
                ForecastCategory.CLOSED))).isInstanceOf(OpportunityChange.Refused.class);
    }

    @Test
    void aWinProbabilityModelSetsOpenDealsProbabilityUnlessOverridden() {
        Crm modelled = Crm.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .winProbabilityModel(features -> new Prediction(features.stage().equals("Proposal") ? 0.42 : 0.17,
                        "test-1", ScoreExplanation.none()))
                .build();
        CrmSession s = modelled.session(TenantId.of("acme"), Actor.user("rep-1", Role.SALES_REP));
        OpportunityId id = s.opportunities().create(CreateOpportunity.of("Deal", Money.of("10.00", "EUR"),
                LocalDate.of(2026, 6, 30)));
        assertThat(s.opportunities().get(id).probability().value()).isEqualByComparingTo("17");
        assertThat(s.opportunities().get(id).probabilitySource()).isEqualTo(ProbabilitySource.MODEL);

        s.opportunities().move(MoveOpportunity.to(id, s.pipelines().defaultPipeline().stageNamed("Proposal")
                .orElseThrow().id()));
        assertThat(s.opportunities().get(id).probability().value()).isEqualByComparingTo("42");
    }

    @Test
    void removingAStageThatHoldsDealsNeedsAMappingAndMovesThem() {
        OpportunityId first = create("5000.00");
        OpportunityId second = create("7000.00");
        PipelineView pipeline = session.pipelines().defaultPipeline();
        var prospecting = pipeline.stageNamed("Prospecting").orElseThrow().id();
        var qualification = pipeline.stageNamed("Qualification").orElseThrow().id();
        List<StageDefinition> withoutProspecting = pipeline.stages().stream().skip(1).map(StageDefinition::of).toList();
        Crm managerCrm = crm;
        CrmSession manager = managerCrm.session(TenantId.of("acme"), Actor.user("boss", Role.SALES_MANAGER));

        PipelineChange refused = manager.pipelines().editStages(new EditPipelineStages(pipeline.id(),
                withoutProspecting, List.of(), null));
        assertThat(refused).isInstanceOfSatisfying(PipelineChange.Refused.class,
                r -> assertThat(r.unmapped()).containsExactly(prospecting));
        assertThat(manager.pipelines().get(pipeline.id()).stages()).hasSize(6);

        PipelineChange applied = manager.pipelines().editStages(new EditPipelineStages(pipeline.id(),
                withoutProspecting, List.of(new StageMapping(prospecting, qualification)), pipeline.version()));

        assertThat(applied).isInstanceOf(PipelineChange.Applied.class);
        assertThat(manager.pipelines().get(pipeline.id()).stages()).hasSize(5);
        assertThat(List.of(first, second)).allSatisfy(id -> {
            OpportunityView deal = session.opportunities().get(id);
            assertThat(deal.stageId()).isEqualTo(qualification);
            assertThat(deal.probability()).isEqualTo(Percentage.of(20));
        });
        assertThat(session.opportunities().history(first)).hasSize(2);
        assertThat(session.opportunities().count(ListOpportunities.firstPage(OpportunityFilter.any()
                .inStages(prospecting)))).isZero();
    }

    @Test
    void creatingPipelinesNeedsAManagerUnderOwnerPolicies() {
        Crm guarded = Crm.builder().accessPolicy(org.smartbizflow.crm.core.AccessPolicies.ownerOrManager()).build();
        CrmSession rep = guarded.session(TenantId.of("acme"), Actor.user("rep-1", Role.SALES_REP));
        CreatePipeline renewals = new CreatePipeline("Renewals", List.of(
                StageDefinition.open("Due", 60, ForecastCategory.COMMIT), StageDefinition.won("Renewed"),
                StageDefinition.lost("Churned")));

        assertThatThrownBy(() -> rep.pipelines().create(renewals)).isInstanceOf(AccessDeniedException.class);
        PipelineId id = guarded.session(TenantId.of("acme"), Actor.user("boss", Role.SALES_MANAGER)).pipelines()
                .create(renewals);
        assertThat(rep.pipelines().get(id).stages()).extracting(s -> s.name()).containsExactly("Due", "Renewed",
                "Churned");
    }

    @Test
    void invalidInputNamesTheField() {
        assertThatThrownBy(() -> session.opportunities().create(CreateOpportunity.of(" ", null,
                LocalDate.of(2026, 1, 1)))).isInstanceOf(ValidationException.class).hasMessageContaining("name");
        assertThatThrownBy(() -> session.pipelines().create(new CreatePipeline("Broken", List.of(
                StageDefinition.open("Only", 10, ForecastCategory.PIPELINE)))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("WON");
    }
}
