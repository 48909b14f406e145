package org.smartbizflow.crm.core.nurture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.core.AccessPolicies;
import org.smartbizflow.crm.core.Crm;
import org.smartbizflow.crm.core.CrmSession;
import org.smartbizflow.crm.core.inmemory.InMemoryCrmPersistence;
import org.smartbizflow.crm.core.inmemory.InMemoryEmailGateway;
import org.smartbizflow.crm.core.inmemory.InMemoryFollowUpTasks;
import org.smartbizflow.crm.integration.port.out.EmailMessage;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.lead.LeadSource;
import org.smartbizflow.crm.lead.LeadStatus;
import org.smartbizflow.crm.lead.Qualification;
import org.smartbizflow.crm.lead.ReasonCode;
import org.smartbizflow.crm.lead.nurture.BusinessCalendar;
import org.smartbizflow.crm.lead.nurture.Engagement;
import org.smartbizflow.crm.lead.nurture.EnrolmentId;
import org.smartbizflow.crm.lead.nurture.EnrolmentStatus;
import org.smartbizflow.crm.lead.nurture.EnrolmentView;
import org.smartbizflow.crm.lead.nurture.NurtureSequenceId;
import org.smartbizflow.crm.lead.nurture.NurtureStep;
import org.smartbizflow.crm.lead.nurture.StepRun;
import org.smartbizflow.crm.lead.nurture.port.in.DefineNurtureSequence;
import org.smartbizflow.crm.lead.nurture.port.in.EnrolLead;
import org.smartbizflow.crm.lead.nurture.port.in.EnrolResult;
import org.smartbizflow.crm.lead.nurture.port.in.RecordEngagement;
import org.smartbizflow.crm.lead.nurture.port.in.RunReport;
import org.smartbizflow.crm.lead.nurture.port.in.StepResult;
import org.smartbizflow.crm.lead.nurture.port.in.UnenrolLead;
import org.smartbizflow.crm.lead.port.in.BulkLeadAction;
import org.smartbizflow.crm.lead.port.in.BulkLeadCommand;
import org.smartbizflow.crm.lead.port.in.CaptureLead;
import org.smartbizflow.crm.lead.port.in.ChangeLeadStatus;
import org.smartbizflow.crm.lead.port.in.DisqualifyLead;
import org.smartbizflow.crm.lead.port.in.LeadSelection;
import org.smartbizflow.crm.lead.port.in.MergeLeads;
import org.smartbizflow.crm.lead.port.in.QualifyLead;
import org.smartbizflow.crm.shared.AccessDeniedException;
import org.smartbizflow.crm.shared.Actor;
import org.smartbizflow.crm.shared.EmailAddress;
import org.smartbizflow.crm.shared.EventEnvelope;
import org.smartbizflow.crm.shared.Role;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.ValidationException;

class NurtureTest {

    /** A Friday, 16:00 UTC. */
    static final Instant T0 = Instant.parse("2026-03-06T16:00:00Z");

    private final InMemoryCrmPersistence store = new InMemoryCrmPersistence();
    private final InMemoryEmailGateway mail = new InMemoryEmailGateway();
    private final InMemoryFollowUpTasks tasks = new InMemoryFollowUpTasks();
    private final List<EventEnvelope> events = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Crm crm = Crm.builder().persistence(store).clock(Clock.fixed(T0, ZoneOffset.UTC)).events(events::add)
            .emailGateway(mail).followUpTasks(tasks).accessPolicy(AccessPolicies.ownerOrManager()).build();
    private final TenantId acme = TenantId.of("acme");
    private final CrmSession rep = crm.session(acme, Actor.user("rep-1", Role.SALES_REP));
    private final CrmSession scheduler = crm.session(acme, Actor.system());

    static DefineNurtureSequence welcomeSeries() {
        return DefineNurtureSequence.of("Welcome",
                new NurtureStep.SendEmail("welcome", "Welcome, {{name}}", "Hello {{name}} of {{company}}"),
                NurtureStep.Wait.days("pause", 2),
                new NurtureStep.Branch("opened", Engagement.OPENED, "welcome", "call", "reminder"),
                new NurtureStep.CreateTask("call", "Call {{name}}", 1),
                new NurtureStep.Branch("done", Engagement.OPENED, null, NurtureStep.END, NurtureStep.END),
                new NurtureStep.SendEmail("reminder", "Still interested, {{name}}?", "Just checking."));
    }

    /** A lead; with an address, also the contact holding it, opted in to e-mail (the lead's consent). */
    private LeadId lead(String name, String email) {
        if (email != null) {
            consenting(name, email, true);
        }
        return bareLead(name, email);
    }

    private LeadId bareLead(String name, String email) {
        return rep.leads().capture(new CaptureLead(name, "Engines Ltd", email == null ? null : EmailAddress.of(email),
                null, LeadSource.WEB_FORM));
    }

    private void consenting(String name, String email, boolean optedIn) {
        org.smartbizflow.crm.contact.ContactId contact = rep.contacts().create(
                org.smartbizflow.crm.contact.port.in.CreateContact.of(org.smartbizflow.crm.contact.ContactProfile
                        .named(name).withEmails(EmailAddress.of(email))));
        rep.contacts().recordConsent(optedIn
                ? org.smartbizflow.crm.contact.port.in.RecordConsent.optIn(contact,
                        org.smartbizflow.crm.contact.Channel.EMAIL, "web-form")
                : org.smartbizflow.crm.contact.port.in.RecordConsent.optOut(contact,
                        org.smartbizflow.crm.contact.Channel.EMAIL, "unsubscribe link"));
    }

    private EnrolmentId enrol(LeadId lead, NurtureSequenceId sequence) {
        return ((EnrolResult.Enrolled) rep.nurturing().enrol(new EnrolLead(lead, sequence))).enrolmentId();
    }

    @Test
    void anEngagementReScoresTheLeadWithItsNurtureOpensAndClicks() {
        List<org.smartbizflow.crm.scoring.LeadProfile> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        org.smartbizflow.crm.scoring.port.out.LeadScorer byEngagement = new org.smartbizflow.crm.scoring.port.out.LeadScorer() {
            @Override
            public org.smartbizflow.crm.scoring.Score score(org.smartbizflow.crm.scoring.LeadProfile profile,
                                                          Instant asOf) {
                seen.add(profile);
                return new org.smartbizflow.crm.scoring.Score(Math.min(100, 10 * profile.events().size()),
                        org.smartbizflow.crm.scoring.Grade.C, version(),
                        org.smartbizflow.crm.scoring.ScoreExplanation.none());
            }

            @Override
            public String version() {
                return "engagement-1";
            }
        };
        Crm scoring = Crm.builder().persistence(store).clock(Clock.fixed(T0, ZoneOffset.UTC)).emailGateway(mail)
                .followUpTasks(tasks).leadScorer(byEngagement).build();
        CrmSession owner = scoring.session(acme, Actor.user("rep-1", Role.SALES_REP));
        NurtureSequenceId sequence = owner.nurturing().defineSequence(welcomeSeries());
        LeadId ada = lead("Ada", "ada@engines.example");
        owner.nurturing().enrol(new EnrolLead(ada, sequence));
        scoring.session(acme, Actor.system()).nurturing().runDue(T0, 10);
        EmailMessage sent = mail.sent().get(0);

        scoring.session(acme, Actor.system()).nurturing().recordEngagement(new RecordEngagement(sent.messageId(),
                Engagement.OPENED, T0.plus(Duration.ofMinutes(5))));
        scoring.session(acme, Actor.system()).nurturing().recordEngagement(new RecordEngagement(sent.messageId(),
                Engagement.CLICKED, T0.plus(Duration.ofMinutes(6))));

        assertThat(owner.leadScores().latestScore(ada).orElseThrow().value()).isEqualTo(20);
        assertThat(seen.get(seen.size() - 1).events()).containsExactly(
                new org.smartbizflow.crm.scoring.EngagementEvent(org.smartbizflow.crm.scoring.EngagementType.EMAIL_OPENED,
                        T0.plus(Duration.ofMinutes(5))),
                new org.smartbizflow.crm.scoring.EngagementEvent(org.smartbizflow.crm.scoring.EngagementType.EMAIL_CLICKED,
                        T0.plus(Duration.ofMinutes(6))));
    }

    @Test
    void anOpenedEmailLeadsToAFollowUpTaskAfterTheWait() {
        NurtureSequenceId sequence = rep.nurturing().defineSequence(welcomeSeries());
        LeadId ada = lead("Ada", "ada@engines.example");
        EnrolmentId enrolment = enrol(ada, sequence);

        assertThat(scheduler.nurturing().dueSteps(T0, 10)).singleElement()
                .satisfies(due -> assertThat(due.enrolmentId()).isEqualTo(enrolment));
        RunReport first = scheduler.nurturing().runDue(T0, 10);
        assertThat(first.results()).extracting(StepResult::stepKey, StepResult::outcome)
                .containsExactly(tuple("welcome", StepResult.Outcome.DONE), tuple("pause", StepResult.Outcome.DONE));
        EmailMessage sent = mail.sent().get(0);
        assertThat(sent.subject()).isEqualTo("Welcome, Ada");
        assertThat(sent.body()).isEqualTo("Hello Ada of Engines Ltd");
        assertThat(sent.to()).isEqualTo(EmailAddress.of("ada@engines.example"));
        assertThat(sent.correlation()).containsEntry("leadId", ada.toString());
        assertThat(scheduler.nurturing().runDue(T0.plus(Duration.ofDays(1)), 10).results()).isEmpty();

        scheduler.nurturing().recordEngagement(RecordEngagement.of(sent.messageId(), Engagement.CLICKED));
        RunReport second = scheduler.nurturing().runDue(T0.plus(Duration.ofDays(2)), 10);

        assertThat(second.results()).extracting(StepResult::stepKey)
                .containsExactly("opened", "call", "done");
        assertThat(tasks.tasks()).singleElement().satisfies(task -> {
            assertThat(task.subject()).isEqualTo("Call Ada");
            assertThat(task.assignee().value()).isEqualTo("rep-1");
            assertThat(task.dueAt()).isEqualTo(T0.plus(Duration.ofDays(3)));
        });
        assertThat(mail.sent()).hasSize(1);
        EnrolmentView done = rep.nurturing().enrolment(enrolment);
        assertThat(done.status()).isEqualTo(EnrolmentStatus.COMPLETED);
        assertThat(rep.nurturing().history(enrolment)).extracting(StepRun::run, StepRun::stepKey, StepRun::outcome)
                .containsExactly(tuple(0L, "welcome", StepRun.Outcome.DONE), tuple(1L, "pause", StepRun.Outcome.DONE),
                        tuple(2L, "opened", StepRun.Outcome.DONE), tuple(3L, "call", StepRun.Outcome.DONE),
                        tuple(4L, "done", StepRun.Outcome.DONE));
        assertThat(events).extracting(e -> e.event().type()).filteredOn(type -> !type.startsWith("Contact"))
                .containsExactly("LeadCaptured", "LeadEnrolled",
                "NurtureStepRan", "NurtureStepRan", "NurtureStepRan", "NurtureStepRan", "NurtureStepRan",
                "EnrolmentFinished");
    }

    @Test
    void withoutEngagementTheOtherBranchRuns() {
        NurtureSequenceId sequence = rep.nurturing().defineSequence(welcomeSeries());
        enrol(lead("Bob", "bob@engines.example"), sequence);

        scheduler.nurturing().runDue(T0, 10);
        RunReport later = scheduler.nurturing().runDue(T0.plus(Duration.ofDays(3)), 10);

        assertThat(later.results()).extracting(StepResult::stepKey).containsExactly("opened", "reminder");
        assertThat(mail.sent()).extracting(EmailMessage::subject)
                .containsExactly("Welcome, Bob", "Still interested, Bob?");
        assertThat(tasks.tasks()).isEmpty();
    }

    @Test
    void businessHourWaitsSkipNightsAndWeekends() {
        NurtureSequenceId sequence = rep.nurturing().defineSequence(new DefineNurtureSequence("Hours",
                List.of(NurtureStep.Wait.businessHours("wait", 3),
                        new NurtureStep.SendEmail("hello", "Hello", "body")),
                BusinessCalendar.weekdays(ZoneOffset.UTC)));
        EnrolmentId enrolment = enrol(lead("Cy", "cy@engines.example"), sequence);

        scheduler.nurturing().runDue(T0, 10);

        assertThat(rep.nurturing().enrolment(enrolment).dueAt()).isEqualTo(Instant.parse("2026-03-09T11:00:00Z"));
        assertThat(scheduler.nurturing().runDue(Instant.parse("2026-03-09T10:59:59Z"), 10).results()).isEmpty();
        assertThat(scheduler.nurturing().runDue(Instant.parse("2026-03-09T11:00:00Z"), 10).results()).hasSize(1);
    }

    @Test
    void leadsThatAreConvertedDisqualifiedMergedOrDeletedLeaveTheirSequences() {
        NurtureSequenceId sequence = rep.nurturing().defineSequence(welcomeSeries());
        LeadId converted = lead("Conv", "conv@engines.example");
        LeadId disqualified = lead("Dis", "dis@engines.example");
        LeadId merged = lead("Merged", "m1@engines.example");
        LeadId survivor = lead("Survivor", "m2@engines.example");
        LeadId deleted = lead("Deleted", "del@engines.example");
        List<EnrolmentId> enrolments = List.of(enrol(converted, sequence), enrol(disqualified, sequence),
                enrol(merged, sequence), enrol(deleted, sequence));

        rep.leads().qualify(new QualifyLead(converted, Qualification.bant(null, true, "needs it", null)));
        rep.leads().convert(org.smartbizflow.crm.lead.port.in.ConvertLead.of(converted));
        rep.leads().disqualify(new DisqualifyLead(disqualified, ReasonCode.of("NO_BUDGET"), null));
        rep.leads().merge(MergeLeads.of(survivor, merged));
        rep.leads().apply(new BulkLeadCommand(LeadSelection.of(List.of(deleted)), BulkLeadAction.delete()));

        assertThat(enrolments).extracting(id -> rep.nurturing().enrolment(id))
                .extracting(EnrolmentView::status, EnrolmentView::endReason).containsExactly(
                        tuple(EnrolmentStatus.ENDED, "the lead is converted"),
                        tuple(EnrolmentStatus.ENDED, "the lead is unqualified"),
                        tuple(EnrolmentStatus.ENDED, "the lead was merged into " + survivor),
                        tuple(EnrolmentStatus.ENDED, "the lead was deleted"));
        assertThat(scheduler.nurturing().runDue(T0, 10).results()).isEmpty();
        assertThat(mail.sent()).isEmpty();
        assertThat(rep.nurturing().enrol(new EnrolLead(converted, sequence)))
                .isEqualTo(new EnrolResult.Refused("the lead is converted"));
    }

    @Test
    void enrollingTwiceKeepsOneEnrolmentAndUnenrolStopsIt() {
        NurtureSequenceId sequence = rep.nurturing().defineSequence(welcomeSeries());
        LeadId lead = lead("Dee", "dee@engines.example");
        EnrolmentId enrolment = enrol(lead, sequence);

        assertThat(rep.nurturing().enrol(new EnrolLead(lead, sequence))).isEqualTo(new EnrolResult.AlreadyEnrolled(enrolment));
        assertThat(rep.nurturing().unenrol(new UnenrolLead(enrolment, "asked to stop"))).isTrue();
        assertThat(rep.nurturing().unenrol(new UnenrolLead(enrolment, "again"))).isFalse();
        assertThat(rep.nurturing().activeEnrolments(lead)).isEmpty();
        assertThat(scheduler.nurturing().runDue(T0, 10).results()).isEmpty();
        assertThat(store.auditLog().history(acme, "Enrolment", enrolment.toString()))
                .extracting(e -> e.field() + ":" + e.newValue())
                .containsExactly("status:ACTIVE", "status:ENDED", "endReason:asked to stop");
    }

    @Test
    void aFailedSendIsRecordedNotRetriedAndTheSequenceGoesOn() {
        Crm failing = Crm.builder().persistence(store).clock(Clock.fixed(T0, ZoneOffset.UTC)).build();
        CrmSession session = failing.session(acme, Actor.system());
        NurtureSequenceId sequence = session.nurturing().defineSequence(welcomeSeries());
        EnrolmentId noMail = ((EnrolResult.Enrolled) session.nurturing().enrol(
                new EnrolLead(lead("NoMail", null), sequence))).enrolmentId();
        EnrolmentId refused = ((EnrolResult.Enrolled) session.nurturing().enrol(
                new EnrolLead(lead("Refused", "r@engines.example"), sequence))).enrolmentId();

        RunReport report = session.nurturing().runDue(T0, 10);

        assertThat(report.count(StepResult.Outcome.FAILED)).isEqualTo(2);
        assertThat(session.nurturing().history(noMail).get(0).detail()).isEqualTo("the lead has no e-mail address");
        assertThat(session.nurturing().history(refused).get(0).detail()).contains("no EmailGateway is configured");
        assertThat(session.nurturing().runDue(T0, 10).results()).isEmpty();
        assertThat(session.nurturing().enrolment(refused).step()).isEqualTo(2);
    }

    @Test
    void anEmailStepWithoutValidConsentIsSkippedNotSentNotRetriedAndTheSequenceGoesOn() {
        NurtureSequenceId sequence = rep.nurturing().defineSequence(welcomeSeries());
        EnrolmentId noContact = enrol(bareLead("Nora", "nora@engines.example"), sequence);
        consenting("Otto", "otto@engines.example", false);
        EnrolmentId optedOut = enrol(bareLead("Otto", "otto@engines.example"), sequence);
        EnrolmentId optedIn = enrol(lead("Ines", "INES@engines.example"), sequence);

        RunReport run = scheduler.nurturing().runDue(T0, 10);

        assertThat(run.results()).filteredOn(r -> "welcome".equals(r.stepKey()))
                .extracting(r -> r.step().enrolmentId(), StepResult::outcome)
                .containsExactlyInAnyOrder(tuple(noContact, StepResult.Outcome.SKIPPED),
                        tuple(optedOut, StepResult.Outcome.SKIPPED), tuple(optedIn, StepResult.Outcome.DONE));
        assertThat(mail.sent()).extracting(EmailMessage::to).containsExactly(EmailAddress.of("ines@engines.example"));
        assertThat(rep.nurturing().history(noContact).get(0)).satisfies(skipped -> {
            assertThat(skipped.outcome()).isEqualTo(StepRun.Outcome.SKIPPED);
            assertThat(skipped.detail()).isEqualTo("not sent: no valid e-mail consent (NO_CONSENT)");
        });
        assertThat(rep.nurturing().history(optedOut).get(0).detail()).contains("OPTED_OUT");
        // Not retried; the enrolments go on to their wait.
        assertThat(scheduler.nurturing().runDue(T0, 10).results()).isEmpty();
        assertThat(rep.nurturing().enrolment(noContact).status()).isEqualTo(EnrolmentStatus.ACTIVE);
        assertThat(rep.nurturing().enrolment(noContact).step()).isEqualTo(2);
        assertThat(events).extracting(EventEnvelope::event).filteredOn(org.smartbizflow.crm.lead.nurture.NurtureEvent.NurtureStepRan.class::isInstance)
                .map(org.smartbizflow.crm.lead.nurture.NurtureEvent.NurtureStepRan.class::cast)
                .filteredOn(ran -> ran.enrolmentId().equals(noContact) && "welcome".equals(ran.stepKey()))
                .singleElement().extracting(ran -> ran.outcome()).isEqualTo(StepRun.Outcome.SKIPPED);
    }

    @Test
    void onlyWhoMayChangeTheLeadEnrolsIt() {
        NurtureSequenceId sequence = rep.nurturing().defineSequence(welcomeSeries());
        LeadId others = crm.session(acme, Actor.user("rep-2", Role.SALES_REP)).leads()
                .capture(new CaptureLead("Other", null, null, null, LeadSource.EVENT));

        assertThatThrownBy(() -> rep.nurturing().enrol(new EnrolLead(others, sequence)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void sequencesThatCouldNotRunAreRefused() {
        assertThatThrownBy(() -> rep.nurturing().defineSequence(DefineNurtureSequence.of("Spin",
                new NurtureStep.SendEmail("mail", "Hi", "again"),
                new NurtureStep.Branch("loop", Engagement.OPENED, "mail", NurtureStep.END, "mail"))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("without a wait");
        assertThatThrownBy(() -> rep.nurturing().defineSequence(DefineNurtureSequence.of("Lost",
                new NurtureStep.Branch("jump", Engagement.OPENED, null, "nowhere", NurtureStep.END))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("unknown step nowhere");
        assertThatThrownBy(() -> rep.nurturing().defineSequence(DefineNurtureSequence.of("Empty")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("steps");
    }

    @Test
    void byDefaultTheTaskStepSchedulesATaskActivityOnTheLead() {
        Crm defaults = Crm.builder().persistence(store).clock(Clock.fixed(T0, ZoneOffset.UTC)).emailGateway(mail).build();
        CrmSession session = defaults.session(acme, Actor.user("rep-9", Role.SALES_REP));
        NurtureSequenceId sequence = session.nurturing().defineSequence(DefineNurtureSequence.of("Call first",
                new NurtureStep.CreateTask("call", "Call {{name}}", 2)));
        LeadId lead = session.leads().capture(new CaptureLead("Eli", null, null, null, LeadSource.EVENT));
        session.nurturing().enrol(new EnrolLead(lead, sequence));

        RunReport report = defaults.session(acme, Actor.system()).nurturing().runDue(T0, 10);

        assertThat(report.results()).singleElement().extracting(StepResult::outcome).isEqualTo(StepResult.Outcome.DONE);
        List<org.smartbizflow.crm.activity.ActivityView> activities = session.activities().list(
                org.smartbizflow.crm.activity.port.in.ListActivities.firstPage(org.smartbizflow.crm.activity.ActivityFilter
                        .any().about(org.smartbizflow.crm.activity.RecordLink.lead(lead)))).items();
        assertThat(activities).singleElement().satisfies(task -> {
            assertThat(task.type()).isEqualTo(org.smartbizflow.crm.activity.ActivityType.TASK);
            assertThat(task.subject()).isEqualTo("Call Eli");
            assertThat(task.ownerId().value()).isEqualTo("rep-9");
            assertThat(task.start()).isEqualTo(T0.plus(Duration.ofDays(2)));
        });
    }
}
