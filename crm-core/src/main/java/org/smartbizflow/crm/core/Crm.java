package org.smartbizflow.crm.core;

import java.time.Clock;
import java.util.Objects;
import org.smartbizflow.crm.account.port.out.SanctionsScreening;
import org.smartbizflow.crm.activity.ActivityPlaybook;
import org.smartbizflow.crm.activity.port.out.CalendarGateway;
import org.smartbizflow.crm.activity.port.out.Notifier;
import org.smartbizflow.crm.core.ics.IcsCalendarGateway;
import org.smartbizflow.crm.core.inmemory.InMemoryCrmPersistence;
import org.smartbizflow.crm.core.lead.LeadUseCases;
import org.smartbizflow.crm.core.nurture.ActivityFollowUpTasks;
import org.smartbizflow.crm.core.nurture.NurtureUseCases;
import org.smartbizflow.crm.core.opportunity.OpportunityUseCases;
import org.smartbizflow.crm.core.runtime.ActivitySettings;
import org.smartbizflow.crm.core.runtime.CommandValidator;
import org.smartbizflow.crm.core.runtime.CoreRuntime;
import org.smartbizflow.crm.core.runtime.DealPorts;
import org.smartbizflow.crm.core.runtime.EventSerializer;
import org.smartbizflow.crm.core.runtime.OutboxRelay;
import org.smartbizflow.crm.forecast.port.out.PipelineForecaster;
import org.smartbizflow.crm.integration.port.out.EmailGateway;
import org.smartbizflow.crm.lead.DuplicateRules;
import org.smartbizflow.crm.lead.nurture.port.out.FollowUpTasks;
import org.smartbizflow.crm.persistence.CrmPersistence;
import org.smartbizflow.crm.sales.quote.port.out.QuoteRenderer;
import org.smartbizflow.crm.scoring.port.out.AccountActionRecommender;
import org.smartbizflow.crm.scoring.port.out.ChurnRiskModel;
import org.smartbizflow.crm.scoring.port.out.LeadScorer;
import org.smartbizflow.crm.scoring.port.out.NextBestActionRecommender;
import org.smartbizflow.crm.scoring.port.out.SentimentScorer;
import org.smartbizflow.crm.scoring.port.out.WinProbabilityModel;
import org.smartbizflow.crm.lead.port.out.EngagementSource;
import org.smartbizflow.crm.core.runtime.ScoringPorts;
import org.smartbizflow.crm.shared.Actor;
import org.smartbizflow.crm.shared.CallContext;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.port.out.AccessPolicy;
import org.smartbizflow.crm.shared.port.out.CorporateCurrency;
import org.smartbizflow.crm.shared.port.out.EventPublisher;
import org.smartbizflow.crm.shared.port.out.ExchangeRates;
import org.smartbizflow.crm.shared.port.out.IdGenerator;

/**
 * The CRM a host embeds: built once at start-up from the host's ports (or the in-memory
 * defaults), then asked for a {@link CrmSession} per request. Thread-safe.
 *
 * <pre>{@code
 * Crm crm = Crm.builder()
 *     .persistence(JpaCrmPersistence.bootstrap(dataSource, DatabaseVendor.POSTGRESQL))
 *     .clock(Clock.systemUTC())
 *     .events(hostEventBus::publish)
 *     .accessPolicy(AccessPolicies.ownerOrManager())
 *     .build();
 * CrmSession session = crm.session(TenantId.of("acme"), Actor.user("u-42", Role.SALES_REP));
 * }</pre>
 */
public final class Crm {

    private final CoreRuntime runtime;

    private Crm(CoreRuntime runtime) {
        this.runtime = runtime;
    }

    /** A CRM that keeps everything in memory: for prototypes, demos and hosts' unit tests. */
    public static Crm inMemory() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The use cases bound to one tenant and acting user; cheap, make one per request. */
    public CrmSession session(TenantId tenantId, Actor actor) {
        return new CrmSession(runtime, new CallContext(tenantId, actor));
    }

    /**
     * Publishes events still in the outbox (left by a crash or a failing subscriber). Events
     * are published after every commit anyway; a host calls this from its scheduler as a
     * safety net.
     *
     * @return how many events were published
     */
    public int relayEvents() {
        return runtime.relayEvents();
    }

    /** Configures a {@link Crm}; every setting has a default that runs in memory. */
    public static final class Builder {

        private CrmPersistence persistence;
        private Clock clock = Clock.systemUTC();
        private IdGenerator ids;
        private EventPublisher events = EventPublisher.none();
        private AccessPolicy accessPolicy = AccessPolicies.allowAll();
        private DuplicateRules duplicateRules = DuplicateRules.defaults();
        private SanctionsScreening sanctionsScreening;
        private ExchangeRates exchangeRates = ExchangeRates.none();
        private CorporateCurrency corporateCurrency = DealPorts.defaults().corporateCurrency();
        private WinProbabilityModel winProbabilityModel;
        private PipelineForecaster pipelineForecaster;
        private Notifier notifier = Notifier.none();
        private CalendarGateway calendarGateway;
        private ActivityPlaybook activityPlaybook = ActivityPlaybook.empty();
        private EmailGateway emailGateway = EmailGateway.none();
        private FollowUpTasks followUpTasks;
        private QuoteRenderer quoteRenderer;
        private LeadScorer leadScorer;
        private EngagementSource engagementSource = EngagementSource.NONE;
        private NextBestActionRecommender nextBestAction;
        private AccountActionRecommender accountNextBestAction;
        private SentimentScorer sentimentScorer;
        private ChurnRiskModel churnRiskModel;

        private Builder() {
        }

        /** Where records live; defaults to a fresh in-memory store. */
        public Builder persistence(CrmPersistence persistence) {
            this.persistence = Objects.requireNonNull(persistence, "persistence");
            return this;
        }

        /** The only source of time for the CRM; defaults to the UTC system clock. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** How new ids are made; defaults to time-ordered UUIDs from the clock. */
        public Builder idGenerator(IdGenerator ids) {
            this.ids = Objects.requireNonNull(ids, "ids");
            return this;
        }

        /** Where domain events go after commit; defaults to nowhere. */
        public Builder events(EventPublisher events) {
            this.events = Objects.requireNonNull(events, "events");
            return this;
        }

        /**
         * Who may see and change what. Defaults to {@link AccessPolicies#allowAll()}, which
         * suits a host that enforces access itself; see {@link AccessPolicies} for others.
         */
        public Builder accessPolicy(AccessPolicy accessPolicy) {
            this.accessPolicy = Objects.requireNonNull(accessPolicy, "accessPolicy");
            return this;
        }

        /**
         * How leads are matched as duplicates and whether capturing a duplicate is refused;
         * defaults to {@link DuplicateRules#defaults()} (match, never block).
         */
        public Builder duplicateRules(DuplicateRules rules) {
            this.duplicateRules = Objects.requireNonNull(rules, "rules");
            return this;
        }

        /**
         * The sanctions and watch-list screening service that account screening asks; without
         * one, screening an account is refused rather than reported clean.
         */
        public Builder sanctionsScreening(SanctionsScreening screening) {
            this.sanctionsScreening = Objects.requireNonNull(screening, "screening");
            return this;
        }

        /**
         * Dated exchange rates for totals across currencies (boards, summaries, forecasts);
         * defaults to none, so deals in a currency other than the corporate one are refused there.
         */
        public Builder exchangeRates(ExchangeRates rates) {
            this.exchangeRates = Objects.requireNonNull(rates, "rates");
            return this;
        }

        /** Each tenant's reporting currency; defaults to EUR for every tenant. */
        public Builder corporateCurrency(CorporateCurrency currency) {
            this.corporateCurrency = Objects.requireNonNull(currency, "currency");
            return this;
        }

        /**
         * How the CRM's e-mails (nurture steps, {@code contacts().sendEmail}) are sent; defaults
         * to {@link EmailGateway#none()}, which refuses (the step is recorded as failed with that
         * reason). The gateway is always put behind the consent gate
         * ({@link org.smartbizflow.crm.core.contact.ConsentGatedEmailGateway}): a message
         * reaches it only for an address of a contact who opted in to e-mail. There is no way
         * around the gate, on purpose: every e-mail the CRM sends is marketing or sales mail, and
         * a host's transactional mail does not go through the CRM.
         */
        public Builder emailGateway(EmailGateway gateway) {
            this.emailGateway = Objects.requireNonNull(gateway, "gateway");
            return this;
        }

        /**
         * A model that estimates open deals' win probability (crm-scoring brings one); without
         * one, deals take their stage's default probability unless overridden.
         */
        public Builder winProbabilityModel(WinProbabilityModel model) {
            this.winProbabilityModel = Objects.requireNonNull(model, "model");
            return this;
        }

        /**
         * Scores leads (crm-scoring brings a rule-based and a predictive scorer). With one, the
         * CRM re-scores a lead in the transaction of every change to it (capture, import, edits,
         * status, qualification, merge, conversion) and of every call, meeting or e-mail filed
         * under it, and {@code CrmSession.leadScores()} scores, explains and bulk re-scores;
         * without one, leads keep the scores recorded for them by hand.
         */
        public Builder leadScorer(LeadScorer scorer) {
            this.leadScorer = Objects.requireNonNull(scorer, "scorer");
            return this;
        }

        /**
         * Engagement the host knows of (marketing e-mail opens and clicks, forms, web visits)
         * for the lead scorer, besides the CRM's own activities; defaults to none.
         */
        public Builder engagementSource(EngagementSource source) {
            this.engagementSource = Objects.requireNonNull(source, "source");
            return this;
        }

        /**
         * Suggests what to do next with a lead ({@code CrmSession.leadScores().nextActions};
         * crm-scoring brings {@code RuleBasedNextBestAction}); without one, that call is refused.
         * A recommender that also implements {@link AccountActionRecommender}, as
         * {@code RuleBasedNextBestAction} does, serves accounts too unless
         * {@link #accountNextBestAction} names another.
         */
        public Builder nextBestAction(NextBestActionRecommender recommender) {
            this.nextBestAction = Objects.requireNonNull(recommender, "recommender");
            return this;
        }

        /**
         * Suggests what to do next with an account ({@code accounts().nextActions}); without one
         * (here or through {@link #nextBestAction}), that call is refused.
         */
        public Builder accountNextBestAction(AccountActionRecommender recommender) {
            this.accountNextBestAction = Objects.requireNonNull(recommender, "recommender");
            return this;
        }

        /**
         * Reads the tone of activity outcomes and notes for the next-best-action recommender
         * (crm-scoring brings {@code LexiconSentimentScorer.english()}); without one, the tone is
         * unknown to it.
         */
        public Builder sentimentScorer(SentimentScorer scorer) {
            this.sentimentScorer = Objects.requireNonNull(scorer, "scorer");
            return this;
        }

        /**
         * Estimates account churn risk for {@code CrmSession.accountChurn()} (crm-scoring brings
         * {@code PredictiveChurnRiskModel}); without one, that call is refused.
         */
        public Builder churnRiskModel(ChurnRiskModel model) {
            this.churnRiskModel = Objects.requireNonNull(model, "model");
            return this;
        }

        /**
         * Forecasts the pipeline for {@code CrmSession.forecasts()} (crm-forecasting's
         * {@code PipelineForecastEngine.create()}); without one, forecasts are refused.
         */
        public Builder pipelineForecaster(PipelineForecaster forecaster) {
            this.pipelineForecaster = Objects.requireNonNull(forecaster, "forecaster");
            return this;
        }

        /** Where activity reminders go (e-mail, push, chat); defaults to nowhere. */
        public Builder notifier(Notifier notifier) {
            this.notifier = Objects.requireNonNull(notifier, "notifier");
            return this;
        }

        /** How meetings are exchanged with calendars; defaults to iCalendar files ({@link IcsCalendarGateway}). */
        public Builder calendarGateway(CalendarGateway calendarGateway) {
            this.calendarGateway = Objects.requireNonNull(calendarGateway, "calendarGateway");
            return this;
        }

        /**
         * The default activity templates and follow-up rules of every tenant that has not stored
         * a playbook of its own ({@code CrmSession.activityPlaybook()}); defaults to none.
         */
        public Builder activityPlaybook(ActivityPlaybook playbook) {
            this.activityPlaybook = Objects.requireNonNull(playbook, "playbook");
            return this;
        }

        /**
         * Where nurture steps create follow-up tasks; defaults to TASK activities linked to the
         * lead and owned by its owner ({@link ActivityFollowUpTasks}).
         */
        public Builder followUpTasks(FollowUpTasks tasks) {
            this.followUpTasks = Objects.requireNonNull(tasks, "tasks");
            return this;
        }

        /**
         * How quotes become customer documents (the host's templates); defaults to a plain HTML
         * and text layout.
         */
        public Builder quoteRenderer(QuoteRenderer renderer) {
            this.quoteRenderer = Objects.requireNonNull(renderer, "renderer");
            return this;
        }

        private AccountActionRecommender accountRecommender() {
            if (accountNextBestAction != null) {
                return accountNextBestAction;
            }
            return nextBestAction instanceof AccountActionRecommender both ? both : null;
        }

        public Crm build() {
            CrmPersistence store = persistence != null ? persistence : new InMemoryCrmPersistence();
            IdGenerator idGenerator = ids != null ? ids : IdGenerator.timeOrdered(clock);
            EventSerializer serializer = new EventSerializer();
            OutboxRelay relay = new OutboxRelay(store.transactions(), store.outbox(), events, serializer);
            java.util.concurrent.atomic.AtomicReference<CoreRuntime> built = new java.util.concurrent.atomic.AtomicReference<>();
            FollowUpTasks tasks = followUpTasks != null ? followUpTasks : new ActivityFollowUpTasks(built::get);
            CoreRuntime runtime = new CoreRuntime(store, clock, idGenerator, accessPolicy, CommandValidator.create(),
                    serializer, relay, duplicateRules,
                    new DealPorts(exchangeRates, corporateCurrency, winProbabilityModel, pipelineForecaster),
                    new ActivitySettings(notifier,
                    calendarGateway != null ? calendarGateway : new IcsCalendarGateway(clock), activityPlaybook),
                    new org.smartbizflow.crm.core.contact.ConsentGatedEmailGateway(store, clock, emailGateway),
                    tasks, quoteRenderer, sanctionsScreening, new ScoringPorts(leadScorer, engagementSource,
                            nextBestAction, accountRecommender(), sentimentScorer, churnRiskModel));
            built.set(runtime);
            runtime.onEventInTransaction(NurtureUseCases.endEnrolmentsOfLeavingLeads(runtime));
            // files first, so that the deals' reaction counts an activity filed under a converted lead's deal
            runtime.onEventInTransaction(LeadUseCases.fileActivitiesOfConvertedLeads(runtime));
            runtime.onEventInTransaction(OpportunityUseCases.reestimateDealsOfCompletedActivities(runtime));
            runtime.onEventsInTransaction(LeadUseCases.rescoreChangedLeads(runtime));
            return new Crm(runtime);
        }
    }
}
