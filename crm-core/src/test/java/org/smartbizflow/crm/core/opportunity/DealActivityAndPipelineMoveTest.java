package org.smartbizflow.crm.core.opportunity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.activity.ActivityDetails;
import org.smartbizflow.crm.activity.ActivityId;
import org.smartbizflow.crm.activity.RecordLink;
import org.smartbizflow.crm.activity.ScheduleOutcome;
import org.smartbizflow.crm.activity.port.in.CompleteActivity;
import org.smartbizflow.crm.activity.port.in.EditActivity;
import org.smartbizflow.crm.activity.port.in.ScheduleActivity;
import org.smartbizflow.crm.activity.port.out.ActivityRepository;
import org.smartbizflow.crm.core.Crm;
import org.smartbizflow.crm.core.CrmSession;
import org.smartbizflow.crm.core.inmemory.InMemoryCrmPersistence;
import org.smartbizflow.crm.forecast.ForecastCategory;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.lead.LeadSource;
import org.smartbizflow.crm.lead.LeadStatus;
import org.smartbizflow.crm.lead.port.in.CaptureLead;
import org.smartbizflow.crm.lead.port.in.ChangeLeadStatus;
import org.smartbizflow.crm.lead.port.in.ConversionResult;
import org.smartbizflow.crm.lead.port.in.ConvertLead;
import org.smartbizflow.crm.opportunity.OpportunityEvent;
import org.smartbizflow.crm.opportunity.OpportunityField;
import org.smartbizflow.crm.opportunity.OpportunityFilter;
import org.smartbizflow.crm.opportunity.OpportunityHistoryEntry;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.opportunity.OpportunityView;
import org.smartbizflow.crm.opportunity.PipelineFlow;
import org.smartbizflow.crm.opportunity.PipelineView;
import org.smartbizflow.crm.opportunity.ProbabilityRefresh;
import org.smartbizflow.crm.opportunity.ProbabilitySource;
import org.smartbizflow.crm.opportunity.StageFlow;
import org.smartbizflow.crm.opportunity.StageId;
import org.smartbizflow.crm.opportunity.StageMove;
import org.smartbizflow.crm.opportunity.StageType;
import org.smartbizflow.crm.opportunity.port.in.CreateOpportunity;
import org.smartbizflow.crm.opportunity.port.in.CreatePipeline;
import org.smartbizflow.crm.opportunity.port.in.MoveOpportunity;
import org.smartbizflow.crm.opportunity.port.in.MoveToPipeline;
import org.smartbizflow.crm.opportunity.port.in.OverrideProbability;
import org.smartbizflow.crm.opportunity.port.in.StageDefinition;
import org.smartbizflow.crm.opportunity.port.out.OpportunityRepository;
import org.smartbizflow.crm.persistence.CrmPersistence;
import org.smartbizflow.crm.scoring.DealFeatures;
import org.smartbizflow.crm.scoring.Prediction;
import org.smartbizflow.crm.scoring.ScoreExplanation;
import org.smartbizflow.crm.shared.Actor;
import org.smartbizflow.crm.shared.AuditEntry;
import org.smartbizflow.crm.shared.EmailAddress;
import org.smartbizflow.crm.shared.EventEnvelope;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.Percentage;
import org.smartbizflow.crm.shared.Role;
import org.smartbizflow.crm.shared.TenantId;

class DealActivityAndPipelineMoveTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final TenantId ACME = TenantId.of("acme");

    private final InMemoryCrmPersistence store = new InMemoryCrmPersistence();
    private final AtomicInteger activityCounts = new AtomicInteger();
    private final List<DealFeatures> seen = new ArrayList<>();
    private final List<EventEnvelope> published = new ArrayList<>();
    /** How much each completed call, meeting or e-mail adds to the estimate: a retrained model changes it. */
    private volatile double perActivity = 0.1;
    private final OpportunityId[] bumpOnRead = new OpportunityId[1];
    private final Crm crm = Crm.builder().persistence(interleavingDealUpdates(countingActivityQueries(store)))
            .clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .events(published::add)
            .winProbabilityModel(features -> {
                seen.add(features);
                return new Prediction(Math.min(0.9, 0.1 + perActivity * features.activities()), "activity-1",
                        ScoreExplanation.none());
            })
            .build();
    private final CrmSession rep = crm.session(ACME, Actor.user("rep-1", Role.SALES_REP));
    private final CrmSession manager = crm.session(ACME, Actor.user("boss", Role.SALES_MANAGER));

    /** The store, with every aggregate activity count the CRM asks for counted. */
    private CrmPersistence countingActivityQueries(CrmPersistence delegate) {
        ActivityRepository activities = delegate.activities();
        ActivityRepository counting = (ActivityRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ActivityRepository.class}, (proxy, method, args) -> {
                    if (method.getName().equals("completedByRecord")) {
                        activityCounts.incrementAndGet();
                    }
                    return invoke(method, activities, args);
                });
        return (CrmPersistence) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {CrmPersistence.class}, (proxy, method, args) ->
                        method.getName().equals("activities") ? counting : invoke(method, delegate, args));
    }

    /**
     * The store, where a deal named in {@link #bumpOnRead} is updated by someone else right after
     * a search read it (once): the reader's copy is stale when it writes.
     */
    private CrmPersistence interleavingDealUpdates(CrmPersistence delegate) {
        OpportunityRepository deals = delegate.opportunities();
        OpportunityRepository interleaving = (OpportunityRepository) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {OpportunityRepository.class}, (proxy, method, args) -> {
                    Object result = invoke(method, deals, args);
                    OpportunityId bumped = bumpOnRead[0];
                    if (method.getName().equals("search") && bumped != null) {
                        bumpOnRead[0] = null;
                        deals.update(deals.find(ACME, bumped).orElseThrow());
                    }
                    return result;
                });
        return (CrmPersistence) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {CrmPersistence.class}, (proxy, method, args) ->
                        method.getName().equals("opportunities") ? interleaving : invoke(method, delegate, args));
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private OpportunityId deal(String name) {
        return rep.opportunities().create(CreateOpportunity.of(name, Money.of("1000.00", "EUR"),
                LocalDate.of(2026, 6, 30)));
    }

    private ActivityId scheduled(ScheduleOutcome outcome) {
        assertThat(outcome).isInstanceOf(ScheduleOutcome.Scheduled.class);
        return ((ScheduleOutcome.Scheduled) outcome).id();
    }

    private void logActivities(OpportunityId id) {
        RecordLink deal = RecordLink.opportunity(id);
        Instant earlier = NOW.minus(Duration.ofDays(2));
        scheduled(rep.activities().schedule(ScheduleActivity.call("Discovery", earlier, Duration.ofMinutes(20), BERLIN)
                .about(deal).loggedWithOutcome("interested")));
        ActivityId meeting = scheduled(rep.activities().schedule(ScheduleActivity.meeting("Demo", earlier.plusSeconds(7200),
                earlier.plusSeconds(10_800), BERLIN).about(deal)));
        rep.activities().complete(CompleteActivity.of(meeting, "went well"));
        scheduled(rep.activities().schedule(ScheduleActivity.email("Offer", earlier.plusSeconds(20_000), BERLIN,
                new ActivityDetails.Email(null, List.of(), "<offer@x>")).about(deal)));
        // not contact with the customer, not done, or cancelled: none of these count
        scheduled(rep.activities().schedule(ScheduleActivity.note("Notes", "budget approved", earlier, BERLIN).about(deal)));
        scheduled(rep.activities().schedule(ScheduleActivity.call("Follow-up", NOW.plus(Duration.ofDays(1)),
                Duration.ofMinutes(20), BERLIN).about(deal)));
    }

    @Test
    void theModelSeesTheDealsCompletedCallsMeetingsAndEmails() {
        OpportunityId counted = deal("Counted");
        OpportunityId quiet = deal("Quiet");
        logActivities(counted);
        seen.clear();

        rep.opportunities().move(MoveOpportunity.to(counted, rep.pipelines().defaultPipeline()
                .stageNamed("Qualification").orElseThrow().id()));

        assertThat(seen).singleElement().satisfies(f -> {
            assertThat(f.activities()).isEqualTo(3);
            assertThat(f.meetings()).isEqualTo(1);
            assertThat(f.stageChanges()).isEqualTo(1);
        });
        assertThat(rep.opportunities().get(counted).probability().value()).isEqualByComparingTo("40");
        assertThat(rep.opportunities().get(quiet).probability().value()).isEqualByComparingTo("10");
    }

    @Test
    void refreshingManyDealsCountsTheirActivitiesInOneQueryPerPage() {
        List<OpportunityId> deals = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            deals.add(deal("Deal " + i));
        }
        logActivities(deals.get(1));
        logActivities(deals.get(3));
        rep.opportunities().overrideProbability(new OverrideProbability(deals.get(4), Percentage.of(77)));
        OpportunityId won = deal("Won");
        rep.opportunities().move(MoveOpportunity.to(won, rep.pipelines().defaultPipeline().stages().stream()
                .filter(s -> s.type() == StageType.WON).findFirst().orElseThrow().id()));
        activityCounts.set(0);
        seen.clear();
        perActivity = 0.2;

        ProbabilityRefresh refresh = rep.opportunities().refreshWinProbabilities(OpportunityFilter.any());

        assertThat(activityCounts).hasValue(1);
        assertThat(refresh.examined()).isEqualTo(4);
        assertThat(refresh.changed()).containsExactlyInAnyOrder(deals.get(1), deals.get(3));
        assertThat(refresh.denied()).isEmpty();
        assertThat(refresh.conflicted()).isEmpty();
        assertThat(seen).extracting(DealFeatures::activities).containsExactlyInAnyOrder(0, 3, 0, 3);
        assertThat(rep.opportunities().get(deals.get(1)).probability().value()).isEqualByComparingTo("70");
        assertThat(rep.opportunities().get(deals.get(4)).probability().value()).isEqualByComparingTo("77");
        assertThat(rep.opportunities().get(won).probabilitySource()).isEqualTo(ProbabilitySource.STAGE);
    }

    @Test
    void aDealChangedDuringARefreshIsReportedAndTheRestOfItsPageIsApplied() {
        List<OpportunityId> deals = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            deals.add(deal("Deal " + i));
            logActivities(deals.get(i));
        }
        OpportunityId contested = deals.get(1);
        long contestedVersion = rep.opportunities().get(contested).version();
        int contestedHistory = rep.opportunities().history(contested).size();
        perActivity = 0.2;
        bumpOnRead[0] = contested;

        ProbabilityRefresh refresh = rep.opportunities().refreshWinProbabilities(OpportunityFilter.any());

        assertThat(refresh.examined()).isEqualTo(3);
        assertThat(refresh.changed()).containsExactlyInAnyOrder(deals.get(0), deals.get(2));
        assertThat(refresh.conflicted()).containsExactly(contested);
        assertThat(rep.opportunities().get(deals.get(0)).probability().value()).isEqualByComparingTo("70");
        assertThat(rep.opportunities().get(deals.get(2)).probability().value()).isEqualByComparingTo("70");
        OpportunityView kept = rep.opportunities().get(contested);
        assertThat(kept.probability().value()).isEqualByComparingTo("40");
        assertThat(kept.version()).isEqualTo(contestedVersion + 1);
        assertThat(rep.opportunities().history(contested)).hasSize(contestedHistory);

        ProbabilityRefresh again = rep.opportunities().refreshWinProbabilities(OpportunityFilter.any());

        assertThat(again.changed()).containsExactly(contested);
        assertThat(again.conflicted()).isEmpty();
    }

    @Test
    void completingACallReestimatesItsOpenDealsWithHistoryAndAudit() {
        OpportunityId id = deal("Called");
        OpportunityId handSet = deal("Hand set");
        rep.opportunities().overrideProbability(new OverrideProbability(handSet, Percentage.of(77)));
        int handSetHistory = rep.opportunities().history(handSet).size();
        int history = rep.opportunities().history(id).size();
        ActivityId call = scheduled(rep.activities().schedule(ScheduleActivity.call("Discovery",
                NOW.minus(Duration.ofHours(3)), Duration.ofMinutes(20), BERLIN)
                .about(RecordLink.opportunity(id), RecordLink.opportunity(handSet))));
        assertThat(rep.opportunities().get(id).probability().value()).isEqualByComparingTo("10");

        rep.activities().complete(CompleteActivity.of(call, "interested"));

        OpportunityView deal = rep.opportunities().get(id);
        assertThat(deal.probability().value()).isEqualByComparingTo("20");
        assertThat(deal.probabilitySource()).isEqualTo(ProbabilitySource.MODEL);
        List<OpportunityHistoryEntry> entries = rep.opportunities().history(id);
        assertThat(entries).hasSize(history + 1);
        assertThat(entries.get(entries.size() - 1).probability().value()).isEqualByComparingTo("20");
        assertThat(store.auditLog().history(ACME, "Opportunity", id.toString()))
                .filteredOn(e -> e.field().equals("probability")).extracting(AuditEntry::newValue).contains("20");
        assertThat(rep.opportunities().get(handSet).probability().value()).isEqualByComparingTo("77");
        assertThat(rep.opportunities().history(handSet)).hasSize(handSetHistory);

        scheduled(rep.activities().schedule(ScheduleActivity.call("Pricing", NOW.minus(Duration.ofHours(1)),
                Duration.ofMinutes(20), BERLIN).about(RecordLink.opportunity(id)).loggedWithOutcome("asked for a quote")));

        assertThat(rep.opportunities().get(id).probability().value()).isEqualByComparingTo("30");
    }

    @Test
    void filingACompletedCallUnderAnotherDealReestimatesTheDealItLeftAndTheDealItJoined() {
        OpportunityId left = deal("Left");
        OpportunityId joined = deal("Joined");
        OpportunityId handSet = deal("Hand set");
        rep.opportunities().overrideProbability(new OverrideProbability(handSet, Percentage.of(77)));
        ActivityId call = scheduled(rep.activities().schedule(ScheduleActivity.call("Discovery",
                NOW.minus(Duration.ofHours(3)), Duration.ofMinutes(20), BERLIN).about(RecordLink.opportunity(left))
                .loggedWithOutcome("interested")));
        assertThat(rep.opportunities().get(left).probability().value()).isEqualByComparingTo("20");
        int leftHistory = rep.opportunities().history(left).size();
        int handSetHistory = rep.opportunities().history(handSet).size();

        rep.activities().edit(EditActivity.of(call).unlink(RecordLink.opportunity(left))
                .link(RecordLink.opportunity(joined), RecordLink.opportunity(handSet)));

        assertThat(rep.opportunities().get(left).probability().value()).isEqualByComparingTo("10");
        assertThat(rep.opportunities().history(left)).hasSize(leftHistory + 1);
        assertThat(rep.opportunities().get(joined).probability().value()).isEqualByComparingTo("20");
        assertThat(store.auditLog().history(ACME, "Opportunity", joined.toString()))
                .filteredOn(e -> e.field().equals("probability")).extracting(AuditEntry::newValue).contains("20");
        assertThat(rep.opportunities().get(handSet).probability().value()).isEqualByComparingTo("77");
        assertThat(rep.opportunities().history(handSet)).hasSize(handSetHistory);
    }

    @Test
    void filingAPlannedCallOrANoteUnderAnotherDealChangesNoEstimate() {
        OpportunityId left = deal("Left");
        OpportunityId joined = deal("Joined");
        ActivityId planned = scheduled(rep.activities().schedule(ScheduleActivity.call("Follow-up",
                NOW.plus(Duration.ofDays(1)), Duration.ofMinutes(20), BERLIN).about(RecordLink.opportunity(left))));
        ActivityId note = scheduled(rep.activities().schedule(ScheduleActivity.note("Notes", "budget approved",
                NOW.minus(Duration.ofHours(1)), BERLIN).about(RecordLink.opportunity(left))));
        long leftVersion = rep.opportunities().get(left).version();
        long joinedVersion = rep.opportunities().get(joined).version();

        rep.activities().edit(EditActivity.of(planned).unlink(RecordLink.opportunity(left))
                .link(RecordLink.opportunity(joined)));
        rep.activities().edit(EditActivity.of(note).unlink(RecordLink.opportunity(left))
                .link(RecordLink.opportunity(joined)));

        assertThat(rep.opportunities().get(left).version()).isEqualTo(leftVersion);
        assertThat(rep.opportunities().get(joined).version()).isEqualTo(joinedVersion);
    }

    @Test
    void aConvertedLeadsNewDealCountsTheLeadsCompletedCallsBeforeAndAfterTheConversion() {
        LeadId lead = rep.leads().capture(new CaptureLead("Ada Lovelace", "Analytical Engines Ltd",
                EmailAddress.of("ada@engines.example"), null, LeadSource.WEB_FORM));
        for (String subject : List.of("Discovery", "Pricing")) {
            scheduled(rep.activities().schedule(ScheduleActivity.call(subject, NOW.minus(Duration.ofHours(3)),
                    Duration.ofMinutes(20), BERLIN).about(RecordLink.lead(lead)).loggedWithOutcome("interested")));
        }
        rep.leads().changeStatus(ChangeLeadStatus.of(lead, LeadStatus.QUALIFIED));

        ConversionResult.Converted done = (ConversionResult.Converted) rep.leads().convert(ConvertLead.of(lead)
                .withOpportunity("Engine retrofit", Money.of("120000.00", "EUR"), LocalDate.of(2027, 3, 31)));

        OpportunityView deal = rep.opportunities().get(done.opportunityId());
        assertThat(deal.probability().value()).isEqualByComparingTo("30");
        assertThat(deal.probabilitySource()).isEqualTo(ProbabilitySource.MODEL);

        // logged on the lead after the conversion, filed under the deal too, and counted for it
        scheduled(rep.activities().schedule(ScheduleActivity.call("Check-in", NOW.minus(Duration.ofHours(1)),
                Duration.ofMinutes(20), BERLIN).about(RecordLink.lead(lead)).loggedWithOutcome("on track")));

        assertThat(rep.opportunities().get(done.opportunityId()).probability().value()).isEqualByComparingTo("40");
    }

    @Test
    void completingAnActivityChangesNoDealWithoutAModel() {
        CrmSession plain = Crm.builder().persistence(store).clock(Clock.fixed(NOW, ZoneOffset.UTC)).build()
                .session(ACME, Actor.user("rep-1", Role.SALES_REP));
        OpportunityId id = plain.opportunities().create(CreateOpportunity.of("Plain", Money.of("1000.00", "EUR"),
                LocalDate.of(2026, 6, 30)));
        OpportunityView before = plain.opportunities().get(id);
        int audited = store.auditLog().history(ACME, "Opportunity", id.toString()).size();
        ActivityId call = scheduled(plain.activities().schedule(ScheduleActivity.call("Discovery",
                NOW.minus(Duration.ofHours(3)), Duration.ofMinutes(20), BERLIN).about(RecordLink.opportunity(id))));

        plain.activities().complete(CompleteActivity.of(call, "interested"));

        OpportunityView after = plain.opportunities().get(id);
        assertThat(after.probability()).isEqualTo(before.probability());
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(plain.opportunities().history(id)).hasSize(1);
        assertThat(store.auditLog().history(ACME, "Opportunity", id.toString())).hasSize(audited);
    }

    @Test
    void refreshingWithoutAModelIsAnError() {
        CrmSession plain = Crm.inMemory().session(ACME, Actor.user("rep-1", Role.SALES_REP));

        assertThatThrownBy(() -> plain.opportunities().refreshWinProbabilities(OpportunityFilter.any()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("win-probability model");
    }

    private PipelineView renewals() {
        return manager.pipelines().get(manager.pipelines().create(new CreatePipeline("Renewals", List.of(
                StageDefinition.open("Due", 60, ForecastCategory.COMMIT),
                StageDefinition.open("Signed off", 90, ForecastCategory.COMMIT, OpportunityField.PRIMARY_CONTACT),
                StageDefinition.won("Renewed"), StageDefinition.lost("Churned")))));
    }

    @Test
    void aDealMovesToAnotherPipelineWithHistoryAuditAndEvent() {
        PipelineView sales = rep.pipelines().defaultPipeline();
        PipelineView renewals = renewals();
        OpportunityId id = deal("Upsell");
        StageId proposal = sales.stageNamed("Proposal").orElseThrow().id();
        rep.opportunities().move(MoveOpportunity.to(id, proposal));
        StageId due = renewals.stageNamed("Due").orElseThrow().id();
        published.clear();

        StageMove move = rep.opportunities().moveToPipeline(MoveToPipeline.of(id, renewals.id(), due));

        assertThat(move).isInstanceOfSatisfying(StageMove.Moved.class, m -> {
            assertThat(m.from()).isEqualTo(proposal);
            assertThat(m.to()).isEqualTo(due);
        });
        OpportunityView deal = rep.opportunities().get(id);
        assertThat(deal.pipelineId()).isEqualTo(renewals.id());
        assertThat(deal.stageId()).isEqualTo(due);
        assertThat(deal.forecastCategory()).isEqualTo(ForecastCategory.COMMIT);
        OpportunityHistoryEntry last = rep.opportunities().history(id).get(rep.opportunities().history(id).size() - 1);
        assertThat(last.pipelineId()).isEqualTo(renewals.id());
        assertThat(last.previousPipelineId()).isEqualTo(sales.id());
        assertThat(last.previousStageId()).isEqualTo(proposal);
        assertThat(store.auditLog().history(ACME, "Opportunity", id.toString())).extracting(AuditEntry::field)
                .contains("pipeline", "stage");
        assertThat(published).extracting(EventEnvelope::event)
                .filteredOn(OpportunityEvent.OpportunityPipelineChanged.class::isInstance).singleElement()
                .isEqualTo(new OpportunityEvent.OpportunityPipelineChanged(ACME, id, sales.id(), proposal,
                        renewals.id(), due, rep.opportunities().get(id).ownerId(), NOW));

        PipelineFlow left = rep.opportunities().flow(sales.id());
        StageFlow proposalFlow = left.stages().stream().filter(s -> s.stage().id().equals(proposal)).findFirst()
                .orElseThrow();
        assertThat(proposalFlow.entered()).isEqualTo(1);
        assertThat(proposalFlow.exits()).isEqualTo(1);
        assertThat(proposalFlow.advanced()).isZero();
        PipelineFlow entered = rep.opportunities().flow(renewals.id());
        assertThat(entered.transitions()).isEmpty();
        assertThat(entered.stages().get(0).entered()).isEqualTo(1);
        assertThat(entered.stages().get(0).exits()).isZero();
        assertThat(rep.opportunities().count(org.smartbizflow.crm.opportunity.port.in.ListOpportunities.firstPage(
                OpportunityFilter.any().inPipeline(renewals.id())))).isEqualTo(1);
    }

    @Test
    void aMoveBetweenPipelinesIsRefusedAsAValueWhenItCannotBeMade() {
        PipelineView sales = rep.pipelines().defaultPipeline();
        PipelineView renewals = renewals();
        OpportunityId id = deal("Upsell");
        StageId due = renewals.stageNamed("Due").orElseThrow().id();

        assertThat(rep.opportunities().moveToPipeline(MoveToPipeline.of(id, renewals.id(),
                sales.stageNamed("Proposal").orElseThrow().id())))
                .isInstanceOfSatisfying(StageMove.Refused.class, r -> assertThat(r.reason()).contains("not in pipeline"));
        assertThat(rep.opportunities().moveToPipeline(MoveToPipeline.of(id, renewals.id(),
                renewals.stageNamed("Renewed").orElseThrow().id())))
                .isInstanceOfSatisfying(StageMove.Refused.class, r -> assertThat(r.reason()).contains("closes the deal"));
        assertThat(rep.opportunities().moveToPipeline(MoveToPipeline.of(id, renewals.id(),
                renewals.stageNamed("Signed off").orElseThrow().id())))
                .isInstanceOfSatisfying(StageMove.Refused.class,
                        r -> assertThat(r.missing()).containsExactly(OpportunityField.PRIMARY_CONTACT));
        assertThat(rep.opportunities().moveToPipeline(MoveToPipeline.of(id, sales.id(),
                sales.stageNamed("Proposal").orElseThrow().id()))).isInstanceOf(StageMove.Refused.class);
        rep.opportunities().move(MoveOpportunity.lost(id, sales.stages().stream()
                .filter(s -> s.type() == StageType.LOST).findFirst().orElseThrow().id(), "price"));
        assertThat(rep.opportunities().moveToPipeline(MoveToPipeline.of(id, renewals.id(), due)))
                .isInstanceOfSatisfying(StageMove.Refused.class, r -> assertThat(r.reason()).contains("closed deal"));

        assertThat(rep.opportunities().get(id).pipelineId()).isEqualTo(sales.id());
        assertThat(rep.opportunities().history(id)).allSatisfy(e -> assertThat(e.previousPipelineId()).isNull());
    }
}
