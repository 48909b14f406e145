package org.smartbizflow.crm.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.lead.nurture.BusinessCalendar;
import org.smartbizflow.crm.lead.nurture.DueStep;
import org.smartbizflow.crm.lead.nurture.Engagement;
import org.smartbizflow.crm.lead.nurture.EngagementRecord;
import org.smartbizflow.crm.lead.nurture.Enrolment;
import org.smartbizflow.crm.lead.nurture.EnrolmentId;
import org.smartbizflow.crm.lead.nurture.EnrolmentStatus;
import org.smartbizflow.crm.lead.nurture.NurtureSequence;
import org.smartbizflow.crm.lead.nurture.NurtureSequenceId;
import org.smartbizflow.crm.lead.nurture.NurtureStep;
import org.smartbizflow.crm.lead.nurture.StepRun;
import org.smartbizflow.crm.lead.nurture.port.out.NurtureRepository;
import org.smartbizflow.crm.persistence.CrmPersistence;
import org.smartbizflow.crm.shared.ConcurrencyConflictException;
import org.smartbizflow.crm.shared.NotFoundException;
import org.smartbizflow.crm.shared.TenantId;

/**
 * What every {@link NurtureRepository} must do, whatever the storage. Subclass it per
 * adapter; every test works in tenants of its own, so one store may serve all tests.
 */
public abstract class NurtureRepositoryContract {

    /** The store under test; called once before each test. */
    protected abstract CrmPersistence persistence();

    private static final Instant T0 = LeadFixtures.BASE_TIME;

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

    private NurtureRepository repo() {
        return store.nurture();
    }

    /** A sequence with every kind of step and a non-default calendar. */
    public static NurtureSequence fullSequence(TenantId tenant) {
        return NurtureSequence.define(NurtureSequenceId.of(LeadFixtures.nextId()), tenant, "Welcome series",
                List.of(new NurtureStep.SendEmail("welcome", "Welcome, {{name}}", "Hello from us.\nSecond line"),
                        NurtureStep.Wait.businessHours("pause", 16),
                        new NurtureStep.Branch("opened", Engagement.CLICKED, "welcome", "call", NurtureStep.END),
                        new NurtureStep.CreateTask("call", "Call {{name}} at {{company}}", 2),
                        NurtureStep.Wait.days("later", 7),
                        new NurtureStep.Branch("any", Engagement.OPENED, null, NurtureStep.END, "welcome")),
                new BusinessCalendar(ZoneId.of("Europe/Berlin"), LocalTime.of(8, 30), LocalTime.of(18, 0),
                        EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.SATURDAY)), T0);
    }

    private Enrolment enrolled(NurtureSequenceId sequence, LeadId lead, Instant at) {
        Enrolment enrolment = Enrolment.enrol(EnrolmentId.of(LeadFixtures.nextId()), tenant, sequence, lead, at);
        txRun(() -> repo().insertEnrolment(enrolment));
        return enrolment;
    }

    @Test
    void storesAndLoadsASequenceWithEveryKindOfStep() {
        NurtureSequence sequence = fullSequence(tenant);
        txRun(() -> repo().insertSequence(sequence));

        NurtureSequence loaded = tx(() -> repo().findSequence(tenant, sequence.id())).orElseThrow();

        assertThat(loaded.steps()).isEqualTo(sequence.steps());
        assertThat(loaded.calendar()).isEqualTo(sequence.calendar());
        assertThat(loaded.name()).isEqualTo("Welcome series");
        assertThat(loaded.createdAt()).isEqualTo(T0);
        assertThat(tx(() -> repo().findSequence(LeadFixtures.freshTenant(), sequence.id()))).isEmpty();
    }

    @Test
    void storesLoadsAndUpdatesEnrolmentsWithOptimisticVersions() {
        NurtureSequence sequence = fullSequence(tenant);
        txRun(() -> repo().insertSequence(sequence));
        Enrolment enrolment = enrolled(sequence.id(), LeadFixtures.nextLeadId(), T0);

        Enrolment first = tx(() -> repo().findEnrolment(tenant, enrolment.id())).orElseThrow();
        Enrolment second = tx(() -> repo().findEnrolment(tenant, enrolment.id())).orElseThrow();
        assertThat(first.view()).isEqualTo(enrolment.view());
        first.advance(new NurtureSequence.Next(1, T0.plusSeconds(3600)), T0.plusSeconds(1));
        txRun(() -> repo().updateEnrolment(first));
        second.end("too late", T0.plusSeconds(2));

        assertThatThrownBy(() -> txRun(() -> repo().updateEnrolment(second)))
                .isInstanceOf(ConcurrencyConflictException.class);
        Enrolment stored = tx(() -> repo().findEnrolment(tenant, enrolment.id())).orElseThrow();
        assertThat(stored.view()).isEqualTo(first.view().withVersion(1));
        assertThat(tx(() -> repo().findEnrolment(LeadFixtures.freshTenant(), enrolment.id()))).isEmpty();
    }

    @Test
    void endedAndCompletedEnrolmentsKeepTheirFields() {
        NurtureSequenceId sequence = NurtureSequenceId.of(LeadFixtures.nextId());
        Enrolment ended = enrolled(sequence, LeadFixtures.nextLeadId(), T0);
        Enrolment completed = enrolled(sequence, LeadFixtures.nextLeadId(), T0);
        txRun(() -> {
            Enrolment e = repo().findEnrolment(tenant, ended.id()).orElseThrow();
            e.end("the lead is converted", T0.plusSeconds(9));
            repo().updateEnrolment(e);
            Enrolment c = repo().findEnrolment(tenant, completed.id()).orElseThrow();
            c.advance(new NurtureSequence.Next(-1, null), T0.plusSeconds(10));
            repo().updateEnrolment(c);
        });

        assertThat(tx(() -> repo().findEnrolment(tenant, ended.id())).orElseThrow().view()).satisfies(v -> {
            assertThat(v.status()).isEqualTo(EnrolmentStatus.ENDED);
            assertThat(v.endReason()).isEqualTo("the lead is converted");
            assertThat(v.endedAt()).isEqualTo(T0.plusSeconds(9));
            assertThat(v.dueAt()).isNull();
        });
        assertThat(tx(() -> repo().findEnrolment(tenant, completed.id())).orElseThrow().view()).satisfies(v -> {
            assertThat(v.status()).isEqualTo(EnrolmentStatus.COMPLETED);
            assertThat(v.run()).isEqualTo(1);
            assertThat(v.endedAt()).isEqualTo(T0.plusSeconds(10));
        });
    }

    @Test
    void updatingAnUnknownEnrolmentIsNotFound() {
        Enrolment never = Enrolment.enrol(EnrolmentId.of(LeadFixtures.nextId()), tenant,
                NurtureSequenceId.of(LeadFixtures.nextId()), LeadFixtures.nextLeadId(), T0);

        assertThatThrownBy(() -> txRun(() -> repo().updateEnrolment(never))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void listsOnlyTheLeadsActiveEnrolments() {
        LeadId lead = LeadFixtures.nextLeadId();
        NurtureSequenceId sequence = NurtureSequenceId.of(LeadFixtures.nextId());
        Enrolment active = enrolled(sequence, lead, T0);
        Enrolment ended = enrolled(sequence, lead, T0);
        enrolled(sequence, LeadFixtures.nextLeadId(), T0);
        txRun(() -> {
            Enrolment e = repo().findEnrolment(tenant, ended.id()).orElseThrow();
            e.end("stop", T0);
            repo().updateEnrolment(e);
        });

        assertThat(tx(() -> repo().activeEnrolments(tenant, lead))).extracting(Enrolment::id)
                .containsExactly(active.id());
        assertThat(tx(() -> repo().activeEnrolments(LeadFixtures.freshTenant(), lead))).isEmpty();
    }

    @Test
    void dueStepsAreTheActiveOnesDueByNowEarliestFirstUpToTheLimit() {
        NurtureSequenceId sequence = NurtureSequenceId.of(LeadFixtures.nextId());
        Enrolment late = enrolled(sequence, LeadFixtures.nextLeadId(), T0.plusSeconds(30));
        Enrolment early = enrolled(sequence, LeadFixtures.nextLeadId(), T0);
        Enrolment sameTimeA = enrolled(sequence, LeadFixtures.nextLeadId(), T0.plusSeconds(10));
        Enrolment sameTimeB = enrolled(sequence, LeadFixtures.nextLeadId(), T0.plusSeconds(10));
        enrolled(sequence, LeadFixtures.nextLeadId(), T0.plusSeconds(31));
        Enrolment ended = enrolled(sequence, LeadFixtures.nextLeadId(), T0);
        txRun(() -> {
            Enrolment e = repo().findEnrolment(tenant, ended.id()).orElseThrow();
            e.end("stop", T0);
            repo().updateEnrolment(e);
        });

        List<DueStep> due = tx(() -> repo().dueSteps(tenant, T0.plusSeconds(30), 10));

        assertThat(due).extracting(DueStep::enrolmentId)
                .containsExactly(early.id(), sameTimeA.id(), sameTimeB.id(), late.id());
        assertThat(due.get(0)).isEqualTo(DueStep.of(early.view()));
        assertThat(tx(() -> repo().dueSteps(tenant, T0.plusSeconds(30), 2))).extracting(DueStep::enrolmentId)
                .containsExactly(early.id(), sameTimeA.id());
        assertThat(tx(() -> repo().dueSteps(LeadFixtures.freshTenant(), T0.plusSeconds(60), 10))).isEmpty();
    }

    @Test
    void aRunIsRecordedOnceFinishedAndFoundByItsMessage() {
        Enrolment enrolment = enrolled(NurtureSequenceId.of(LeadFixtures.nextId()), LeadFixtures.nextLeadId(), T0);
        UUID message = LeadFixtures.nextId();
        StepRun claimed = StepRun.claimed(enrolment.id(), 0, tenant, 0, "welcome", message, T0);
        StepRun wait = StepRun.claimed(enrolment.id(), 1, tenant, 1, "pause", null, T0.plusSeconds(1))
                .finish(StepRun.Outcome.DONE, "next step due later", T0.plusSeconds(1));
        txRun(() -> repo().insertRun(claimed));
        txRun(() -> repo().insertRun(wait));

        assertThatThrownBy(() -> txRun(() -> repo().insertRun(
                StepRun.claimed(enrolment.id(), 0, tenant, 0, "welcome", LeadFixtures.nextId(), T0))))
                .isInstanceOf(ConcurrencyConflictException.class);
        StepRun failed = claimed.finish(StepRun.Outcome.FAILED, "not sent: mailbox full", T0.plusSeconds(2));
        txRun(() -> repo().finishRun(failed));

        assertThat(tx(() -> repo().runs(tenant, enrolment.id()))).containsExactly(failed, wait);
        assertThat(tx(() -> repo().findRunByMessage(tenant, message))).contains(failed);
        assertThat(tx(() -> repo().findRunByMessage(LeadFixtures.freshTenant(), message))).isEmpty();
        assertThat(tx(() -> repo().runs(LeadFixtures.freshTenant(), enrolment.id()))).isEmpty();
    }

    @Test
    void storesEngagementsInTimeOrder() {
        Enrolment enrolment = enrolled(NurtureSequenceId.of(LeadFixtures.nextId()), LeadFixtures.nextLeadId(), T0);
        UUID message = LeadFixtures.nextId();
        EngagementRecord clicked = new EngagementRecord(LeadFixtures.nextId(), tenant, enrolment.id(), message, "welcome",
                Engagement.CLICKED, T0.plus(Duration.ofMinutes(5)));
        EngagementRecord opened = new EngagementRecord(LeadFixtures.nextId(), tenant, enrolment.id(), message, "welcome",
                Engagement.OPENED, T0.plus(Duration.ofMinutes(1)));
        txRun(() -> repo().insertEngagement(clicked));
        txRun(() -> repo().insertEngagement(opened));

        assertThat(tx(() -> repo().engagements(tenant, enrolment.id()))).containsExactly(opened, clicked);
        assertThat(tx(() -> repo().engagements(LeadFixtures.freshTenant(), enrolment.id()))).isEmpty();
    }

    @Test
    void findsTheEngagementsOfAllOfALeadsEnrolmentsInTimeOrder() {
        LeadId lead = LeadFixtures.nextLeadId();
        Enrolment first = enrolled(NurtureSequenceId.of(LeadFixtures.nextId()), lead, T0);
        Enrolment second = enrolled(NurtureSequenceId.of(LeadFixtures.nextId()), lead, T0.plusSeconds(10));
        Enrolment someoneElse = enrolled(NurtureSequenceId.of(LeadFixtures.nextId()), LeadFixtures.nextLeadId(), T0);
        first.end("unsubscribed", T0.plus(Duration.ofHours(1)));
        txRun(() -> repo().updateEnrolment(first));
        EngagementRecord replied = engagement(second, Engagement.REPLIED, T0.plus(Duration.ofMinutes(30)));
        EngagementRecord opened = engagement(first, Engagement.OPENED, T0.plus(Duration.ofMinutes(2)));
        EngagementRecord clicked = engagement(first, Engagement.CLICKED, T0.plus(Duration.ofMinutes(3)));
        EngagementRecord theirs = engagement(someoneElse, Engagement.OPENED, T0.plus(Duration.ofMinutes(1)));
        for (EngagementRecord record : List.of(replied, opened, clicked, theirs)) {
            txRun(() -> repo().insertEngagement(record));
        }

        assertThat(tx(() -> repo().engagementsOfLead(tenant, lead))).containsExactly(opened, clicked, replied);
        assertThat(tx(() -> repo().engagementsOfLead(tenant, LeadFixtures.nextLeadId()))).isEmpty();
        assertThat(tx(() -> repo().engagementsOfLead(LeadFixtures.freshTenant(), lead))).isEmpty();

        LeadId quiet = LeadFixtures.nextLeadId();
        Map<LeadId, List<EngagementRecord>> byLead = tx(() -> repo().engagementsOfLeads(tenant,
                List.of(lead, someoneElse.view().leadId(), quiet)));
        assertThat(byLead).containsOnlyKeys(lead, someoneElse.view().leadId());
        assertThat(byLead.get(lead)).containsExactly(opened, clicked, replied);
        assertThat(byLead.get(someoneElse.view().leadId())).containsExactly(theirs);
        assertThat(tx(() -> repo().engagementsOfLeads(LeadFixtures.freshTenant(), List.of(lead)))).isEmpty();
        assertThat(tx(() -> repo().engagementsOfLeads(tenant, List.of()))).isEmpty();
    }

    private EngagementRecord engagement(Enrolment enrolment, Engagement kind, Instant at) {
        return new EngagementRecord(LeadFixtures.nextId(), tenant, enrolment.id(), LeadFixtures.nextId(), "welcome",
                kind, at);
    }

    @Test
    void ofTwoRacingClaimsOfOneStepExactlyOneIsStored() throws Exception {
        for (int attempt = 0; attempt < 5; attempt++) {
            Enrolment enrolment = enrolled(NurtureSequenceId.of(LeadFixtures.nextId()), LeadFixtures.nextLeadId(), T0);
            CountDownLatch start = new CountDownLatch(1);
            List<String> outcomes = Collections.synchronizedList(new ArrayList<>());
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    int scheduler = i;
                    futures.add(pool.submit(() -> {
                        start.await();
                        try {
                            txRun(() -> {
                                Enrolment mine = repo().findEnrolment(tenant, enrolment.id()).orElseThrow();
                                if (mine.run() != 0) {
                                    throw new ConcurrencyConflictException("Enrolment", enrolment.id(), 0);
                                }
                                mine.advance(new NurtureSequence.Next(1, T0.plusSeconds(60)), T0);
                                repo().updateEnrolment(mine);
                                repo().insertRun(StepRun.claimed(enrolment.id(), 0, tenant, 0, "s" + scheduler, null, T0));
                            });
                            outcomes.add("claimed");
                        } catch (ConcurrencyConflictException e) {
                            outcomes.add("conflict");
                        }
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> future : futures) {
                    future.get(60, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(outcomes).containsExactlyInAnyOrder("claimed", "conflict");
            assertThat(tx(() -> repo().runs(tenant, enrolment.id()))).hasSize(1);
            assertThat(tx(() -> repo().findEnrolment(tenant, enrolment.id())).orElseThrow().version()).isEqualTo(1);
        }
    }
}
