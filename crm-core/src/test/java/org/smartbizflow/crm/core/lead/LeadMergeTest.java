package org.smartbizflow.crm.core.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.activity.ActivityFilter;
import org.smartbizflow.crm.activity.ActivityId;
import org.smartbizflow.crm.activity.ActivityType;
import org.smartbizflow.crm.activity.ActivityView;
import org.smartbizflow.crm.activity.ActivityVisibility;
import org.smartbizflow.crm.activity.RecordLink;
import org.smartbizflow.crm.activity.ScheduleOutcome;
import org.smartbizflow.crm.activity.port.in.ScheduleActivity;
import org.smartbizflow.crm.contract.ActivityFixtures;
import org.smartbizflow.crm.core.AccessPolicies;
import org.smartbizflow.crm.core.Crm;
import org.smartbizflow.crm.core.CrmSession;
import org.smartbizflow.crm.core.inmemory.InMemoryCrmPersistence;
import org.smartbizflow.crm.lead.LeadEvent;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.lead.LeadSource;
import org.smartbizflow.crm.lead.LeadStatus;
import org.smartbizflow.crm.lead.LeadView;
import org.smartbizflow.crm.lead.MergeChoices;
import org.smartbizflow.crm.lead.MergeResult;
import org.smartbizflow.crm.lead.nurture.EnrolmentId;
import org.smartbizflow.crm.lead.nurture.EnrolmentStatus;
import org.smartbizflow.crm.lead.nurture.EnrolmentView;
import org.smartbizflow.crm.lead.nurture.NurtureSequenceId;
import org.smartbizflow.crm.lead.nurture.NurtureStep;
import org.smartbizflow.crm.lead.nurture.port.in.DefineNurtureSequence;
import org.smartbizflow.crm.lead.nurture.port.in.EnrolLead;
import org.smartbizflow.crm.lead.nurture.port.in.EnrolResult;
import org.smartbizflow.crm.lead.port.in.CaptureLead;
import org.smartbizflow.crm.lead.port.in.ChangeLeadStatus;
import org.smartbizflow.crm.lead.port.in.Leads;
import org.smartbizflow.crm.lead.port.in.MergeLeads;
import org.smartbizflow.crm.shared.AccessDeniedException;
import org.smartbizflow.crm.shared.Actor;
import org.smartbizflow.crm.shared.AuditEntry;
import org.smartbizflow.crm.shared.EmailAddress;
import org.smartbizflow.crm.shared.EventEnvelope;
import org.smartbizflow.crm.shared.PageRequest;
import org.smartbizflow.crm.shared.PhoneNumber;
import org.smartbizflow.crm.shared.Role;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;

class LeadMergeTest {

    private static final TenantId ACME = TenantId.of("acme");

    @Test
    void theSurvivorTakesTheChosenFieldsAndTheMergedLeadBecomesATombstone() {
        InMemoryCrmPersistence store = new InMemoryCrmPersistence();
        List<EventEnvelope> events = new ArrayList<>();
        Crm crm = Crm.builder().persistence(store).events(events::add).accessPolicy(AccessPolicies.ownerOrManager()).build();
        Leads leads = crm.session(ACME, Actor.user("rep-1", Role.SALES_REP)).leads();
        LeadId survivor = leads.capture(new CaptureLead("Ada Lovelace", null, EmailAddress.of("ada@old.example"), null,
                LeadSource.WEB_FORM));
        LeadId merged = leads.capture(new CaptureLead("Ada King", "Analytical Engines", EmailAddress.of("ada@new.example"),
                PhoneNumber.parse("+44 20 7946 0000"), LeadSource.REFERRAL));
        leads.changeStatus(ChangeLeadStatus.of(merged, LeadStatus.WORKING));

        MergeResult result = leads.merge(new MergeLeads(survivor, merged,
                MergeChoices.fillBlanks().take(MergeChoices.Field.EMAIL, MergeChoices.Side.MERGED)));

        assertThat(result).isInstanceOf(MergeResult.Merged.class);
        LeadView kept = leads.get(survivor);
        assertThat(kept.name()).isEqualTo("Ada Lovelace");
        assertThat(kept.company()).isEqualTo("Analytical Engines");
        assertThat(kept.email()).isEqualTo(EmailAddress.of("ada@new.example"));
        assertThat(kept.phone()).isEqualTo(PhoneNumber.of("+442079460000"));
        LeadView tombstone = leads.get(merged);
        assertThat(tombstone.status()).isEqualTo(LeadStatus.MERGED);
        assertThat(tombstone.mergedInto()).isEqualTo(survivor);
        assertThat(store.auditLog().history(ACME, "Lead", survivor.toString()))
                .extracting(AuditEntry::field).contains("status", "merged", "company", "email", "phone");
        assertThat(store.auditLog().history(ACME, "Lead", merged.toString()))
                .extracting(AuditEntry::field).containsExactly("status", "mergedInto");
        assertThat(events).extracting(e -> e.event()).anySatisfy(e -> assertThat(e).isInstanceOf(LeadEvent.LeadsMerged.class));

        assertThat(leads.merge(MergeLeads.of(survivor, merged))).isEqualTo(new MergeResult.AlreadyMerged(survivor, merged));
        assertThat(leads.merge(MergeLeads.of(merged, survivor))).isInstanceOf(MergeResult.Refused.class);
        assertThat(leads.merge(MergeLeads.of(survivor, survivor))).isInstanceOf(MergeResult.Refused.class);
        assertThat(leads.changeStatus(ChangeLeadStatus.of(merged, LeadStatus.WORKING)))
                .isInstanceOf(org.smartbizflow.crm.lead.StatusChange.Refused.class);
    }

    @Test
    void theMergedLeadsActivitiesMoveToTheSurvivorAndItsNurturingEnds() {
        InMemoryCrmPersistence store = new InMemoryCrmPersistence();
        CrmSession session = Crm.builder().persistence(store).build().session(ACME, Actor.system());
        Leads leads = session.leads();
        LeadId survivor = leads.capture(new CaptureLead("Ada Lovelace", null, null, null, LeadSource.WEB_FORM));
        LeadId merged = leads.capture(new CaptureLead("Ada King", null, null, null, LeadSource.REFERRAL));
        Instant monday = Instant.parse("2026-03-02T08:00:00Z");
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        ActivityId call = scheduled(session.activities().schedule(ScheduleActivity.call("First call", monday,
                Duration.ofMinutes(15), berlin).about(RecordLink.lead(merged))));
        ActivityId note = scheduled(session.activities().schedule(ScheduleActivity.note("Met both", "at the fair",
                monday, berlin).about(RecordLink.lead(merged), RecordLink.lead(survivor))));
        ActivityId own = scheduled(session.activities().schedule(ScheduleActivity.call("Own call", monday,
                Duration.ofMinutes(15), berlin).about(RecordLink.lead(survivor))));
        NurtureSequenceId welcome = session.nurturing().defineSequence(DefineNurtureSequence.of("Welcome",
                NurtureStep.Wait.days("pause", 2)));
        NurtureSequenceId followUp = session.nurturing().defineSequence(DefineNurtureSequence.of("Follow-up",
                NurtureStep.Wait.days("pause", 3)));
        EnrolmentId mergedWelcome = ((EnrolResult.Enrolled) session.nurturing().enrol(new EnrolLead(merged, welcome)))
                .enrolmentId();
        EnrolmentId mergedFollowUp = ((EnrolResult.Enrolled) session.nurturing().enrol(new EnrolLead(merged, followUp)))
                .enrolmentId();
        EnrolmentId survivorWelcome = ((EnrolResult.Enrolled) session.nurturing()
                .enrol(new EnrolLead(survivor, welcome))).enrolmentId();

        assertThat(leads.merge(MergeLeads.of(survivor, merged))).isInstanceOf(MergeResult.Merged.class);

        Map<ActivityId, ActivityView> after = activities(store, Set.of(call, note, own));
        assertThat(after.get(call).links()).containsExactly(RecordLink.lead(survivor));
        assertThat(after.get(note).links()).containsExactly(RecordLink.lead(survivor));
        assertThat(after.get(own).version()).isZero();
        assertThat(store.auditLog().history(ACME, "Lead", survivor.toString()))
                .filteredOn(e -> e.field().equals("activitiesMoved")).singleElement()
                .satisfies(e -> assertThat(e.newValue()).isEqualTo("2"));
        assertThat(session.nurturing().activeEnrolments(merged)).isEmpty();
        assertThat(session.nurturing().enrolment(mergedWelcome).status()).isEqualTo(EnrolmentStatus.ENDED);
        assertThat(session.nurturing().enrolment(mergedFollowUp).endReason())
                .isEqualTo("the lead was merged into " + survivor);
        assertThat(session.nurturing().activeEnrolments(survivor)).extracting(EnrolmentView::id)
                .containsExactly(survivorWelcome);

        assertThat(leads.merge(MergeLeads.of(survivor, merged))).isEqualTo(new MergeResult.AlreadyMerged(survivor, merged));
        assertThat(activities(store, Set.of(call, note, own))).isEqualTo(after);
        assertThat(store.auditLog().history(ACME, "Lead", survivor.toString()))
                .filteredOn(e -> e.field().equals("activitiesMoved")).hasSize(1);
    }

    private static ActivityId scheduled(ScheduleOutcome outcome) {
        assertThat(outcome).isInstanceOf(ScheduleOutcome.Scheduled.class);
        return ((ScheduleOutcome.Scheduled) outcome).id();
    }

    @Test
    void mergingAnotherOwnersLeadNeedsAccessToBoth() {
        Crm crm = Crm.builder().accessPolicy(AccessPolicies.ownerOrManager()).build();
        LeadId mine = crm.session(ACME, Actor.user("rep-1", Role.SALES_REP)).leads()
                .capture(new CaptureLead("Mine", null, null, null, LeadSource.MANUAL));
        LeadId theirs = crm.session(ACME, Actor.user("rep-2", Role.SALES_REP)).leads()
                .capture(new CaptureLead("Theirs", null, null, null, LeadSource.MANUAL));
        assertThatThrownBy(() -> crm.session(ACME, Actor.user("rep-1", Role.SALES_REP)).leads()
                .merge(MergeLeads.of(mine, theirs))).isInstanceOf(AccessDeniedException.class);
        assertThat(crm.session(ACME, Actor.user("boss", Role.SALES_MANAGER)).leads().merge(MergeLeads.of(mine, theirs)))
                .isInstanceOf(MergeResult.Merged.class);
    }

    /**
     * Whatever leads are merged in whatever order, no audit entry or activity is lost, every
     * tombstone points at a lead, every activity ends up about the leads its leads were merged
     * into (never a tombstone), and repeating a merge that happened changes nothing.
     */
    @Property(tries = 100)
    void mergesNeverLoseAChildRecordAndAreIdempotent(@ForAll @IntRange(min = 2, max = 6) int count,
                                                     @ForAll @Size(max = 12) List<@IntRange(min = 0, max = 35) Integer> pairs,
                                                     @ForAll @Size(max = 10) List<@IntRange(min = 0, max = 35) Integer> activityLinks) {
        InMemoryCrmPersistence store = new InMemoryCrmPersistence();
        Leads leads = Crm.builder().persistence(store).build().session(ACME, Actor.system()).leads();
        List<LeadId> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LeadId id = leads.capture(new CaptureLead("Lead " + i, i % 2 == 0 ? null : "Co " + i, null, null,
                    LeadSource.MANUAL, UserId.of("u-" + (i % 3))));
            if (i % 3 == 0) {
                leads.changeStatus(ChangeLeadStatus.of(id, LeadStatus.WORKING));
            }
            ids.add(id);
        }
        Set<UUID> before = auditIds(store, ids);
        // each activity is about one lead, or two when the second index differs
        Map<ActivityId, Set<LeadId>> seeded = new LinkedHashMap<>();
        for (int spec : activityLinks) {
            Set<LeadId> about = new HashSet<>(List.of(ids.get(spec % count), ids.get((spec / 6) % count)));
            Set<RecordLink> links = new HashSet<>();
            about.forEach(id -> links.add(RecordLink.lead(id)));
            ActivityView activity = ActivityFixtures.with(ActivityFixtures.planned(ACME, ActivityType.CALL,
                    UserId.of("u-0"), ActivityFixtures.T0, Duration.ofMinutes(5)), links, List.of(), List.of(),
                    ActivityVisibility.SHARED);
            store.transactions().inTransaction(() -> {
                store.activities().insert(ActivityFixtures.activity(activity));
                return null;
            });
            seeded.put(activity.id(), about);
        }

        for (int pair : pairs) {
            LeadId survivor = ids.get(pair % count);
            LeadId merged = ids.get((pair / 6) % count);
            MergeResult result = leads.merge(MergeLeads.of(survivor, merged));
            if (result instanceof MergeResult.Merged) {
                LeadView tombstoneBefore = leads.get(merged);
                long survivorVersion = leads.get(survivor).version();
                Map<ActivityId, ActivityView> activitiesBefore = activities(store, seeded.keySet());
                assertThat(activitiesBefore.values()).noneMatch(a -> a.links().contains(RecordLink.lead(merged)));
                assertThat(leads.merge(MergeLeads.of(survivor, merged)))
                        .isEqualTo(new MergeResult.AlreadyMerged(survivor, merged));
                assertThat(leads.get(merged)).isEqualTo(tombstoneBefore);
                assertThat(leads.get(survivor).version()).isEqualTo(survivorVersion);
                assertThat(activities(store, seeded.keySet())).isEqualTo(activitiesBefore);
            }
        }

        assertThat(auditIds(store, ids)).containsAll(before);
        for (LeadId id : ids) {
            LeadView lead = leads.get(id);
            if (lead.status() == LeadStatus.MERGED) {
                assertThat(ids).contains(lead.mergedInto());
                assertThat(lead.mergedInto()).isNotEqualTo(id);
            }
        }
        assertThat(ids.stream().filter(id -> leads.get(id).status() != LeadStatus.MERGED)).isNotEmpty();
        // every activity is still there, about exactly the leads its leads were merged into
        Map<ActivityId, ActivityView> after = activities(store, seeded.keySet());
        assertThat(after).hasSize(seeded.size());
        seeded.forEach((id, about) -> {
            Set<RecordLink> expected = new HashSet<>();
            about.forEach(lead -> expected.add(RecordLink.lead(finalSurvivor(leads, lead))));
            assertThat(after.get(id).links()).as("links of %s", id).isEqualTo(expected);
        });
        Set<RecordLink> tombstones = new HashSet<>();
        ids.stream().filter(id -> leads.get(id).status() == LeadStatus.MERGED)
                .forEach(id -> tombstones.add(RecordLink.lead(id)));
        assertThat(after.values()).allSatisfy(a -> assertThat(a.links()).noneMatch(tombstones::contains));
        List<ActivityView> all = store.transactions().inTransaction(() -> store.activities()
                .search(ACME, ActivityFilter.any(), PageRequest.first(100)).items());
        assertThat(all).hasSize(seeded.size());
    }

    private static LeadId finalSurvivor(Leads leads, LeadId id) {
        LeadView lead = leads.get(id);
        return lead.status() == LeadStatus.MERGED ? finalSurvivor(leads, lead.mergedInto()) : id;
    }

    private static Map<ActivityId, ActivityView> activities(InMemoryCrmPersistence store, Set<ActivityId> ids) {
        return store.transactions().inTransaction(() -> {
            Map<ActivityId, ActivityView> found = new LinkedHashMap<>();
            ids.forEach(id -> store.activities().find(ACME, id).ifPresent(a -> found.put(id, a.view())));
            return found;
        });
    }

    private static Set<UUID> auditIds(InMemoryCrmPersistence store, List<LeadId> ids) {
        Set<UUID> all = new HashSet<>();
        for (LeadId id : ids) {
            store.auditLog().history(ACME, "Lead", id.toString()).forEach(e -> all.add(e.id()));
        }
        return all;
    }
}
