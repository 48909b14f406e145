package org.smartbizflow.crm.core.nurture;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.smartbizflow.crm.core.Crm;
import org.smartbizflow.crm.core.CrmSession;
import org.smartbizflow.crm.integration.port.out.EmailGateway;
import org.smartbizflow.crm.integration.port.out.EmailMessage;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.lead.LeadSource;
import org.smartbizflow.crm.lead.nurture.Engagement;
import org.smartbizflow.crm.lead.nurture.EnrolmentId;
import org.smartbizflow.crm.lead.nurture.NurtureSequenceId;
import org.smartbizflow.crm.lead.nurture.NurtureStep;
import org.smartbizflow.crm.lead.nurture.StepRun;
import org.smartbizflow.crm.lead.nurture.port.in.DefineNurtureSequence;
import org.smartbizflow.crm.lead.nurture.port.in.EnrolLead;
import org.smartbizflow.crm.lead.nurture.port.in.EnrolResult;
import org.smartbizflow.crm.lead.nurture.port.out.FollowUpTask;
import org.smartbizflow.crm.lead.nurture.port.out.FollowUpTasks;
import org.smartbizflow.crm.lead.port.in.CaptureLead;
import org.smartbizflow.crm.shared.Actor;
import org.smartbizflow.crm.shared.EmailAddress;
import org.smartbizflow.crm.shared.TenantId;

/**
 * However often and however concurrently schedulers call {@code runDue}, each step of each
 * enrolment runs at most once: every e-mail and task the ports see belongs to exactly one
 * recorded run, run numbers have no gaps or repeats, and nothing due is left behind.
 */
class NurtureRunProperties {

    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

    /** One scheduler round: at this many hours after T0, this many schedulers at once, each with this limit. */
    record Round(int hours, int schedulers, int limit) {
    }

    @Provide
    Arbitrary<List<Round>> rounds() {
        return Combinators.combine(Arbitraries.integers().between(0, 120), Arbitraries.integers().between(1, 3),
                        Arbitraries.integers().between(1, 8))
                .as(Round::new).list().ofMinSize(1).ofMaxSize(12)
                .map(list -> {
                    List<Round> sorted = new ArrayList<>(list);
                    sorted.sort((a, b) -> Integer.compare(a.hours(), b.hours()));
                    return sorted;
                });
    }

    @Property(tries = 40)
    void everyStepRunsAtMostOnceWhateverTheSchedulers(@ForAll("rounds") List<Round> rounds,
                                                       @ForAll @IntRange(min = 1, max = 4) int leads) throws Exception {
        List<UUID> mailed = Collections.synchronizedList(new ArrayList<>());
        List<UUID> tasked = Collections.synchronizedList(new ArrayList<>());
        EmailGateway gateway = (EmailMessage message) -> {
            mailed.add(message.messageId());
            Thread.yield();
        };
        FollowUpTasks tasks = (FollowUpTask task) -> tasked.add(task.id());
        Crm crm = Crm.builder().clock(Clock.fixed(T0, ZoneOffset.UTC)).emailGateway(gateway).followUpTasks(tasks).build();
        TenantId tenant = TenantId.of("p");
        CrmSession session = crm.session(tenant, Actor.system());
        NurtureSequenceId sequence = session.nurturing().defineSequence(DefineNurtureSequence.of("Drip",
                new NurtureStep.SendEmail("mail", "Hi {{name}}", "news"),
                new NurtureStep.CreateTask("task", "Call {{name}}", 1),
                NurtureStep.Wait.businessHours("wait", 5),
                new NurtureStep.Branch("again", Engagement.REPLIED, "mail", NurtureStep.END, "mail")));
        List<EnrolmentId> enrolments = new ArrayList<>();
        for (int i = 0; i < leads; i++) {
            LeadId lead = session.leads().capture(new CaptureLead("Lead " + i, null,
                    EmailAddress.of("lead" + i + "@example.org"), null, LeadSource.WEB_FORM));
            // The lead's e-mail consent: the contact with its address opted in (else every mail is skipped).
            org.smartbizflow.crm.contact.ContactId contact = session.contacts().create(
                    org.smartbizflow.crm.contact.port.in.CreateContact.of(org.smartbizflow.crm.contact.ContactProfile
                            .named("Lead " + i).withEmails(EmailAddress.of("lead" + i + "@example.org"))));
            session.contacts().recordConsent(org.smartbizflow.crm.contact.port.in.RecordConsent.optIn(contact,
                    org.smartbizflow.crm.contact.Channel.EMAIL, "web-form"));
            enrolments.add(((EnrolResult.Enrolled) session.nurturing().enrol(new EnrolLead(lead, sequence))).enrolmentId());
        }

        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            for (Round round : rounds) {
                Instant now = T0.plus(Duration.ofHours(round.hours()));
                CountDownLatch start = new CountDownLatch(1);
                List<Future<?>> running = new ArrayList<>();
                for (int s = 0; s < round.schedulers(); s++) {
                    CrmSession scheduler = crm.session(tenant, Actor.system());
                    running.add(pool.submit(() -> {
                        start.await();
                        return scheduler.nurturing().runDue(now, round.limit());
                    }));
                }
                start.countDown();
                for (Future<?> future : running) {
                    future.get(60, TimeUnit.SECONDS);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        Instant last = T0.plus(Duration.ofHours(rounds.get(rounds.size() - 1).hours()));
        session.nurturing().runDue(last, 10_000);

        List<StepRun> runs = new ArrayList<>();
        for (EnrolmentId enrolment : enrolments) {
            List<StepRun> history = session.nurturing().history(enrolment);
            for (int i = 0; i < history.size(); i++) {
                assertThat(history.get(i).run()).isEqualTo(i);
            }
            assertThat(history).allSatisfy(run -> assertThat(run.outcome()).isEqualTo(StepRun.Outcome.DONE));
            runs.addAll(history);
        }
        Set<UUID> sentOnce = new HashSet<>(mailed);
        assertThat(sentOnce).hasSameSizeAs(mailed);
        assertThat(sentOnce).isEqualTo(runs.stream().filter(r -> r.stepKey().equals("mail"))
                .map(StepRun::messageId).collect(java.util.stream.Collectors.toSet()));
        assertThat(tasked).hasSize((int) runs.stream().filter(r -> r.stepKey().equals("task")).count());
        assertThat(session.nurturing().dueSteps(last, 10)).isEmpty();
    }
}
