package org.smartbizflow.crm.core.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.activity.ActivityDetails;
import org.smartbizflow.crm.activity.RecordLink;
import org.smartbizflow.crm.activity.ScheduleOutcome;
import org.smartbizflow.crm.activity.port.in.ScheduleActivity;
import org.smartbizflow.crm.core.AccessPolicies;
import org.smartbizflow.crm.core.Crm;
import org.smartbizflow.crm.core.CrmSession;
import org.smartbizflow.crm.core.inmemory.InMemoryCrmPersistence;
import org.smartbizflow.crm.lead.Attribution;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.lead.LeadScore;
import org.smartbizflow.crm.lead.LeadSource;
import org.smartbizflow.crm.lead.LeadStatus;
import org.smartbizflow.crm.lead.MergeChoices;
import org.smartbizflow.crm.lead.port.in.BulkItemResult;
import org.smartbizflow.crm.lead.port.in.BulkOutcome;
import org.smartbizflow.crm.lead.port.in.CaptureLead;
import org.smartbizflow.crm.lead.port.in.ImportOptions;
import org.smartbizflow.crm.lead.port.in.MergeLeads;
import org.smartbizflow.crm.lead.port.in.RescoreLeads;
import org.smartbizflow.crm.lead.port.in.RescoreLeadsReport;
import org.smartbizflow.crm.lead.port.in.UpdateLead;
import org.smartbizflow.crm.persistence.CrmPersistence;
import org.smartbizflow.crm.privacy.DataSubject;
import org.smartbizflow.crm.scoring.ActionContext;
import org.smartbizflow.crm.scoring.EngagementEvent;
import org.smartbizflow.crm.scoring.RecommendedAction;
import org.smartbizflow.crm.scoring.Sentiment;
import org.smartbizflow.crm.lead.port.in.NextActions;
import org.smartbizflow.crm.scoring.EngagementType;
import org.smartbizflow.crm.scoring.Factor;
import org.smartbizflow.crm.scoring.Grade;
import org.smartbizflow.crm.scoring.LeadProfile;
import org.smartbizflow.crm.scoring.Score;
import org.smartbizflow.crm.scoring.ScoreExplanation;
import org.smartbizflow.crm.scoring.port.out.LeadScorer;
import org.smartbizflow.crm.shared.port.out.AccessPolicy;
import org.smartbizflow.crm.shared.Action;
import org.smartbizflow.crm.shared.Actor;
import org.smartbizflow.crm.shared.AuditEntry;
import org.smartbizflow.crm.shared.CustomValue;
import org.smartbizflow.crm.shared.EmailAddress;
import org.smartbizflow.crm.shared.PhoneNumber;
import org.smartbizflow.crm.shared.Role;
import org.smartbizflow.crm.shared.Tag;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;
import org.smartbizflow.crm.shared.ValidationException;

class LeadScoringTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final TenantId ACME = TenantId.of("acme");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final InMemoryCrmPersistence store = new InMemoryCrmPersistence();
    private final PointsScorer scorer = new PointsScorer();
    private final List<EngagementEvent> hostEngagement = new ArrayList<>();
    private final AtomicReference<ActionContext> recommenderSaw = new AtomicReference<>();
    private final Crm crm = Crm.builder().persistence(store).clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .leadScorer(scorer).engagementSource((tenant, lead) -> List.copyOf(hostEngagement))
            .nextBestAction(facts -> {
                recommenderSaw.set(facts);
                return facts.overdueTasks() > 0 ? List.of(new RecommendedAction(
                        RecommendedAction.ActionType.CLEAR_OVERDUE_TASKS, 65, facts.overdueTasks() + " overdue"))
                        : List.of();
            })
            .sentimentScorer(text -> new Sentiment(text.contains("unhappy") ? -0.8 : 0.3,
                    text.contains("unhappy") ? Sentiment.Label.NEGATIVE : Sentiment.Label.POSITIVE, List.of()))
            .build();
    private final CrmSession rep = crm.session(ACME, Actor.user("rep-1", Role.SALES_REP));

    /** Fit points from the profile, engagement points per event, a version that can change. */
    private static final class PointsScorer implements LeadScorer {
        private volatile String version = "rules-1";
        private volatile String failOnCompany;
        private final AtomicReference<LeadProfile> lastProfile = new AtomicReference<>();
        private final java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();

        @Override
        public Score score(LeadProfile profile, Instant asOf) {
            lastProfile.set(profile);
            calls.incrementAndGet();
            if (failOnCompany != null && failOnCompany.equals(profile.attributes().get("company"))) {
                throw new IllegalArgumentException("cannot score " + failOnCompany);
            }
            List<Factor> factors = new ArrayList<>();
            if ("Software".equals(profile.attributes().get("industry"))) {
                factors.add(new Factor("target-industry", "Software", 40, Factor.Unit.POINTS));
            }
            if ("DE".equals(profile.attributes().get("country"))) {
                factors.add(new Factor("home-market", "DE", 20, Factor.Unit.POINTS));
            }
            long calls = profile.events().stream().filter(e -> e.type() == EngagementType.CALL_HELD).count();
            long opens = profile.events().stream().filter(e -> e.type() == EngagementType.EMAIL_OPENED).count();
            if (calls > 0) {
                factors.add(new Factor("calls-held", Long.toString(calls), 10 * calls, Factor.Unit.POINTS));
            }
            if (opens > 0) {
                factors.add(new Factor("emails-opened", Long.toString(opens), 5 * opens, Factor.Unit.POINTS));
            }
            double value = Math.min(100, factors.stream().mapToDouble(Factor::effect).sum());
            Grade grade = value >= 60 ? Grade.A : value >= 40 ? Grade.B : value >= 20 ? Grade.C : Grade.D;
            return new Score(value, grade, version, new ScoreExplanation(factors));
        }

        @Override
        public String version() {
            return version;
        }
    }

    private LeadId capture(String name, String company) {
        return rep.leads().capture(new CaptureLead(name, company, EmailAddress.of(name.toLowerCase().replace(' ', '.')
                + "@example.com"), null, LeadSource.WEB_FORM));
    }

    @Test
    void aCapturedLeadIsScoredInItsOwnTransactionWithVersionGradeAndFactors() {
        LeadId id = rep.leads().capture(new CaptureLead("Ada Lovelace", "Analytical", EmailAddress.of("ada@analytical.example"),
                PhoneNumber.of("+4930123456"), LeadSource.WEB_FORM)
                .withCustomFields(org.smartbizflow.crm.shared.CustomFields.of(Map.of("industry",
                        new CustomValue.Text("Software")))));

        LeadScore score = rep.leadScores().latestScore(id).orElseThrow();
        assertThat(score.value()).isEqualTo(60);
        assertThat(score.grade()).isEqualTo(Grade.A);
        assertThat(score.version()).isEqualTo("rules-1");
        assertThat(score.scoredAt()).isEqualTo(NOW);
        assertThat(score.factors()).extracting(Factor::name).containsExactly("target-industry", "home-market");
        assertThat(rep.leads().get(id).score()).isEqualTo(60);
        List<AuditEntry> history = store.auditLog().history(ACME, "Lead", id.toString());
        assertThat(history).anySatisfy(e -> {
            assertThat(e.field()).isEqualTo("score");
            assertThat(e.newValue()).isEqualTo("60");
        });
    }

    @Test
    void theScorerSeesTheLeadsProfileUnderDocumentedNames() {
        LeadId id = rep.leads().capture(new CaptureLead("Grace Hopper", "Navy", EmailAddress.of("grace@navy.example"),
                PhoneNumber.of("+4930123456"), LeadSource.REFERRAL)
                .attributedTo(Attribution.campaign("fair-26", "Spring Fair").withUtm("newsletter", "email", "spring",
                        null, null))
                .taggedWith(Tag.of("vip"), Tag.of("berlin"))
                .withCustomFields(org.smartbizflow.crm.shared.CustomFields.of(Map.of("title",
                        new CustomValue.Text("Rear Admiral"), "status", new CustomValue.Text("shadowed")))));

        LeadProfile profile = scorer.lastProfile.get();
        assertThat(profile.subjectId()).isEqualTo(id.toString());
        assertThat(profile.attributes()).containsEntry("source", "referral").containsEntry("status", "new")
                .containsEntry("company", "Navy").containsEntry("email_domain", "navy.example")
                .containsEntry("country", "DE").containsEntry("campaign", "Spring Fair")
                .containsEntry("campaign_id", "fair-26").containsEntry("utm_source", "newsletter")
                .containsEntry("utm_medium", "email").containsEntry("utm_campaign", "spring")
                .containsEntry("tags", "berlin,vip").containsEntry("title", "Rear Admiral");
        // a custom field never hides a built-in attribute
        assertThat(profile.attributes().get("status")).isEqualTo("new");
    }

    @Test
    void editsCallsAndTheHostsEngagementReScoreTheLead() {
        LeadId id = capture("Alan Turing", "Bletchley");
        assertThat(rep.leadScores().latestScore(id).orElseThrow().value()).isZero();

        rep.leads().update(UpdateLead.of(id).customField("industry", new CustomValue.Text("Software")));
        assertThat(rep.leadScores().latestScore(id).orElseThrow().value()).isEqualTo(40);

        ScheduleOutcome call = rep.activities().schedule(ScheduleActivity.call("Discovery", NOW.minus(Duration.ofDays(1)),
                Duration.ofMinutes(20), BERLIN).about(RecordLink.lead(id)).loggedWithOutcome("interested"));
        assertThat(call).isInstanceOf(ScheduleOutcome.Scheduled.class);
        assertThat(rep.leadScores().latestScore(id).orElseThrow().value()).isEqualTo(50);
        // logged now, held yesterday: the event is dated when the call ended
        assertThat(scorer.lastProfile.get().events()).containsExactly(new EngagementEvent(EngagementType.CALL_HELD,
                NOW.minus(Duration.ofDays(1)).plus(Duration.ofMinutes(20))));

        hostEngagement.add(new EngagementEvent(EngagementType.EMAIL_OPENED, NOW.minus(Duration.ofHours(2))));
        LeadScore rescored = rep.leadScores().score(id);
        assertThat(rescored.value()).isEqualTo(55);
        assertThat(rescored.factors()).extracting(Factor::name).containsExactly("target-industry", "calls-held",
                "emails-opened");
        assertThat(rep.leads().get(id).score()).isEqualTo(55);
    }

    @Test
    void oneChangeThatRecordsSeveralEventsScoresTheLeadOnce() {
        LeadId id = capture("Ada Lovelace", "Analytical");
        int afterCapture = scorer.calls.get();

        rep.leads().update(UpdateLead.of(id).details("Ada King", "Analytical Engines", null, null)
                .customField("industry", new CustomValue.Text("Software")).addTags(Tag.of("vip")));

        assertThat(scorer.calls.get() - afterCapture).isEqualTo(1);
        assertThat(scorer.lastProfile.get().attributes()).containsEntry("company", "Analytical Engines")
                .containsEntry("industry", "Software").containsEntry("tags", "vip");
        assertThat(rep.leadScores().latestScore(id).orElseThrow().value()).isEqualTo(40);
    }

    @Test
    void anEmailFromTheLeadCountsAsAReplyAndOneToItDoesNot() {
        LeadId id = capture("Mary Somerville", "Science");
        rep.activities().schedule(ScheduleActivity.email("Re: offer", NOW.minus(Duration.ofHours(3)), BERLIN,
                new ActivityDetails.Email(EmailAddress.of("mary.somerville@example.com"), List.of(), "<re@x>"))
                .about(RecordLink.lead(id)));
        rep.activities().schedule(ScheduleActivity.email("Offer", NOW.minus(Duration.ofHours(5)), BERLIN,
                new ActivityDetails.Email(EmailAddress.of("rep@acme.example"), List.of(), "<offer@x>"))
                .about(RecordLink.lead(id)));

        rep.leadScores().score(id);

        assertThat(scorer.lastProfile.get().events()).extracting(EngagementEvent::type)
                .containsExactly(EngagementType.EMAIL_REPLIED);
    }

    @Test
    void aFailingScorerDoesNotUndoTheChangeAndTheLeadKeepsItsEarlierScore() {
        LeadId id = capture("Charles Babbage", "Engines");
        scorer.failOnCompany = "Difference Engines";

        rep.leads().update(UpdateLead.of(id).details("Charles Babbage", "Difference Engines", null, null));

        assertThat(rep.leads().get(id).company()).isEqualTo("Difference Engines");
        assertThat(rep.leadScores().latestScore(id).orElseThrow().version()).isEqualTo("rules-1");
        assertThatThrownBy(() -> rep.leadScores().score(id)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot score Difference Engines");
    }

    @Test
    void aRuleChangeIsABulkReScoreWithProgressThatRetriesOnlyWhatFailed() {
        List<LeadId> ids = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            ids.add(capture("Lead " + i, "Company " + i));
        }
        scorer.version = "rules-2";
        scorer.failOnCompany = "Company 3";
        List<long[]> progress = new ArrayList<>();

        RescoreLeadsReport report = rep.leadScores().rescore(RescoreLeads.all().inBatchesOf(3).reportingTo((done, total) ->
                progress.add(new long[] {done, total})));

        assertThat(report.version()).isEqualTo("rules-2");
        assertThat(report.scored()).isEqualTo(6);
        assertThat(report.failures()).extracting(BulkItemResult::leadId, BulkItemResult::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ids.get(3), BulkOutcome.REFUSED));
        assertThat(report.failures().get(0).reason()).contains("cannot score Company 3");
        assertThat(report.lastLeadId()).isEqualTo(ids.get(6));
        assertThat(progress).extracting(p -> p[0] + "/" + p[1]).containsExactly("3/7", "6/7", "7/7");
        for (int i = 0; i < 7; i++) {
            assertThat(rep.leadScores().latestScore(ids.get(i)).orElseThrow().version())
                    .isEqualTo(i == 3 ? "rules-1" : "rules-2");
        }

        scorer.failOnCompany = null;
        RescoreLeadsReport retry = rep.leadScores().rescore(RescoreLeads.all());
        assertThat(retry.scored()).isEqualTo(1);
        assertThat(retry.failures()).isEmpty();
        assertThat(retry.lastLeadId()).isEqualTo(ids.get(3));

        RescoreLeadsReport nothingLeft = rep.leadScores().rescore(RescoreLeads.all());
        assertThat(nothingLeft.scored()).isZero();
        assertThat(nothingLeft.lastLeadId()).isNull();
    }

    @Test
    void aBulkReScoreReadsAndStoresEachBatchInOneCallPerPort() {
        for (int i = 0; i < 7; i++) {
            capture("Lead " + i, "Company " + i);
        }
        scorer.version = "rules-2";
        Map<String, Integer> calls = new java.util.concurrent.ConcurrentHashMap<>();
        CrmPersistence counted = counting(store, calls);
        Crm counting = Crm.builder().persistence(counted).clock(Clock.fixed(NOW, ZoneOffset.UTC)).leadScorer(scorer)
                .build();

        RescoreLeadsReport report = counting.session(ACME, Actor.system()).leadScores()
                .rescore(RescoreLeads.all().inBatchesOf(3));

        assertThat(report.scored()).isEqualTo(7);
        assertThat(calls).containsEntry("leads.findAll", 3).containsEntry("leads.saveScores", 3)
                .containsEntry("activities.filedUnder", 3).containsEntry("nurture.engagementsOfLeads", 3)
                .containsEntry("assignments.findProfiles", 3)
                .doesNotContainKeys("leads.find", "leads.saveScore", "activities.search", "nurture.engagementsOfLead");
    }

    /** The store, counting the calls made through its lead, activity, nurture and assignment ports. */
    private static CrmPersistence counting(CrmPersistence store, Map<String, Integer> calls) {
        return proxy(CrmPersistence.class, store, (method, result) -> switch (method.getName()) {
            case "leads", "activities", "nurture", "assignments" ->
                    proxy(method.getReturnType(), result, (inner, value) -> {
                        calls.merge(method.getName() + "." + inner.getName(), 1, Integer::sum);
                        return value;
                    });
            default -> result;
        });
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Object target,
                               java.util.function.BiFunction<java.lang.reflect.Method, Object, Object> after) {
        return (T) java.lang.reflect.Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> {
                    try {
                        return after.apply(method, method.invoke(target, args));
                    } catch (java.lang.reflect.InvocationTargetException thrown) {
                        throw thrown.getCause();
                    }
                });
    }

    @Test
    void aNightlyRunWithACutOffReScoresWhatWasScoredBeforeItSoEngagementDecays() {
        LeadId first = capture("Lead A", "Company A");
        LeadId second = capture("Lead B", "Company B");
        Instant nextDay = NOW.plus(Duration.ofDays(1));
        Crm tomorrow = Crm.builder().persistence(store).clock(Clock.fixed(nextDay, ZoneOffset.UTC)).leadScorer(scorer)
                .build();
        CrmSession nightly = tomorrow.session(ACME, Actor.system());
        nightly.leadScores().score(second);

        RescoreLeadsReport report = nightly.leadScores().rescore(RescoreLeads.all().scoredBefore(nextDay));

        assertThat(report.scored()).isEqualTo(1);
        assertThat(report.lastLeadId()).isEqualTo(first);
        assertThat(nightly.leadScores().latestScore(first).orElseThrow().scoredAt()).isEqualTo(nextDay);
        assertThat(nightly.leadScores().rescore(RescoreLeads.all()).scored()).isZero();
    }

    @Test
    void importedLeadsAreLeftUnscoredUntilTheBulkReScoreAndMergedLeadsAreSkipped() {
        String csv = "name,company,email\nAda,Analytical,ada@a.example\nGrace,Navy,grace@n.example\n";
        rep.leads().importCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), ImportOptions.defaults());
        LeadId survivor = capture("Alan Turing", "Bletchley");
        LeadId merged = capture("Alan M Turing", "Bletchley Park");
        rep.leads().merge(new MergeLeads(survivor, merged, MergeChoices.fillBlanks()));
        scorer.version = "rules-2";

        RescoreLeadsReport report = rep.leadScores().rescore(RescoreLeads.all());

        assertThat(report.scored()).isEqualTo(3);
        assertThat(rep.leadScores().latestScore(merged).orElseThrow().version()).isEqualTo("rules-1");
        assertThat(rep.leadScores().latestScore(survivor).orElseThrow().version()).isEqualTo("rules-2");
    }

    @Test
    void aBulkReScoreReportsTheLeadsTheActorMayNotChange() {
        UserId other = UserId.of("rep-2");
        AccessPolicy policy = new AccessPolicy() {
            @Override
            public boolean permits(Actor actor, Action action, org.smartbizflow.crm.shared.RecordAccess record) {
                return !(actor.userId().equals(UserId.of("rep-1")) && other.equals(record.owner())
                        && action == Action.UPDATE);
            }

            @Override
            public org.smartbizflow.crm.shared.Visibility visibility(Actor actor, String recordType) {
                return AccessPolicies.allowAll().visibility(actor, recordType);
            }
        };
        Crm guarded = Crm.builder().persistence(store).clock(Clock.fixed(NOW, ZoneOffset.UTC)).leadScorer(scorer)
                .accessPolicy(policy).build();
        CrmSession manager = guarded.session(ACME, Actor.user("manager", Role.SALES_MANAGER));
        LeadId mine = manager.leads().capture(new CaptureLead("Mine", null, null, null, LeadSource.API)
                .ownedBy(UserId.of("rep-1")));
        LeadId theirs = manager.leads().capture(new CaptureLead("Theirs", null, null, null, LeadSource.API)
                .ownedBy(other));
        scorer.version = "rules-2";

        RescoreLeadsReport report = guarded.session(ACME, Actor.user("rep-1", Role.SALES_REP)).leadScores()
                .rescore(RescoreLeads.all());

        assertThat(report.scored()).isEqualTo(1);
        assertThat(report.failures()).singleElement().satisfies(f -> {
            assertThat(f.leadId()).isEqualTo(theirs);
            assertThat(f.outcome()).isEqualTo(BulkOutcome.ACCESS_DENIED);
        });
        assertThat(manager.leadScores().latestScore(mine).orElseThrow().version()).isEqualTo("rules-2");
    }

    @Test
    void nextActionsSeeTheLeadsScoreActivitiesAndTheToneOfItsLatestNotes() {
        LeadId id = rep.leads().capture(new CaptureLead("Ada Lovelace", "Analytical", null, null, LeadSource.WEB_FORM)
                .withCustomFields(org.smartbizflow.crm.shared.CustomFields.of(Map.of("industry",
                        new CustomValue.Text("Software")))));
        RecordLink lead = RecordLink.lead(id);
        rep.activities().schedule(ScheduleActivity.call("First call", NOW.minus(Duration.ofDays(9)),
                Duration.ofMinutes(10), BERLIN).about(lead).loggedWithOutcome("keen on a trial"));
        rep.activities().schedule(ScheduleActivity.call("Second call", NOW.minus(Duration.ofDays(3)),
                Duration.ofMinutes(10), BERLIN).about(lead).loggedWithOutcome("unhappy with the price"));
        rep.activities().schedule(ScheduleActivity.task("Send the price list", NOW.minus(Duration.ofDays(1)), BERLIN)
                .about(lead));
        rep.activities().schedule(ScheduleActivity.task("Prepare the trial", NOW.plus(Duration.ofDays(1)), BERLIN)
                .about(lead));
        rep.activities().schedule(ScheduleActivity.meeting("Trial kick-off", NOW.plus(Duration.ofDays(2)),
                NOW.plus(Duration.ofDays(2)).plus(Duration.ofHours(1)), BERLIN).about(lead));

        NextActions next = rep.leadScores().nextActions(id);

        ActionContext facts = next.context();
        assertThat(facts).isEqualTo(recommenderSaw.get());
        assertThat(facts.score()).isEqualTo(60);
        assertThat(facts.grade()).isEqualTo(Grade.A);
        // the second call ended 2 days and 23 hours 50 minutes ago: whole days
        assertThat(facts.daysSinceLastActivity()).isEqualTo(2);
        assertThat(facts.openTasks()).isEqualTo(2);
        assertThat(facts.overdueTasks()).isEqualTo(1);
        assertThat(facts.openOpportunities()).isZero();
        assertThat(facts.meetingScheduled()).isTrue();
        assertThat(facts.recentSentiment()).hasValue(-0.8);
        assertThat(next.actions()).extracting(RecommendedAction::action)
                .containsExactly(RecommendedAction.ActionType.CLEAR_OVERDUE_TASKS);
    }

    @Test
    void anUntouchedUnscoredLeadIsGradeDAndNeverContacted() {
        CrmSession plain = Crm.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .nextBestAction(facts -> List.of()).build().session(ACME, Actor.user("rep-1", Role.SALES_REP));
        LeadId id = plain.leads().capture(new CaptureLead("Ada", null, null, null, LeadSource.API));

        ActionContext facts = plain.leadScores().nextActions(id).context();

        assertThat(facts.score()).isZero();
        assertThat(facts.grade()).isEqualTo(Grade.D);
        assertThat(facts.daysSinceLastActivity()).isEqualTo(-1);
        assertThat(facts.recentSentiment()).isEmpty();
        assertThatThrownBy(() -> Crm.builder().build().session(ACME, Actor.user("rep-1", Role.SALES_REP))
                .leadScores().nextActions(id)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Crm.builder().nextBestAction");
    }

    @Test
    void aBadBatchSizeNamesTheFieldAndNoScorerIsAClearError() {
        assertThatThrownBy(() -> rep.leadScores().rescore(RescoreLeads.all().inBatchesOf(0)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("batchSize");

        CrmSession plain = Crm.builder().build().session(ACME, Actor.user("rep-1", Role.SALES_REP));
        LeadId id = plain.leads().capture(new CaptureLead("Ada", null, null, null, LeadSource.API));
        assertThat(plain.leads().get(id).score()).isNull();
        assertThat(plain.leadScores().latestScore(id)).isEmpty();
        assertThatThrownBy(() -> plain.leadScores().score(id)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Crm.builder().leadScorer");
    }

    @Test
    void erasingAPersonDeletesTheFactorsOfTheirLeadsScores() {
        LeadId id = capture("Ada Lovelace", "Analytical");
        assertThat(rep.leadScores().latestScore(id)).isPresent();

        crm.session(ACME, Actor.user("dpo", Role.ADMIN)).privacy()
                .erase(DataSubject.email(EmailAddress.of("ada.lovelace@example.com")));

        assertThat(rep.leadScores().latestScore(id)).isEmpty();
        // without a stored score the lead counts as stale, so the next bulk run scores what is left of it
        assertThat(rep.leadScores().rescore(RescoreLeads.all()).scored()).isEqualTo(1);
    }
}
