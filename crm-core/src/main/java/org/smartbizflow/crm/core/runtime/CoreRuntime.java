package org.smartbizflow.crm.core.runtime;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.smartbizflow.crm.account.port.out.SanctionsScreening;
import org.smartbizflow.crm.integration.port.out.EmailGateway;
import org.smartbizflow.crm.lead.DuplicateRules;
import org.smartbizflow.crm.lead.nurture.port.out.FollowUpTasks;
import org.smartbizflow.crm.persistence.CrmPersistence;
import org.smartbizflow.crm.sales.quote.port.out.QuoteRenderer;
import org.smartbizflow.crm.shared.AccessDeniedException;
import org.smartbizflow.crm.shared.Action;
import org.smartbizflow.crm.shared.AuditEntry;
import org.smartbizflow.crm.shared.CallContext;
import org.smartbizflow.crm.shared.DomainEvent;
import org.smartbizflow.crm.shared.RecordAccess;
import org.smartbizflow.crm.shared.port.out.AccessPolicy;
import org.smartbizflow.crm.shared.port.out.IdGenerator;
import org.smartbizflow.crm.shared.port.out.StoredEvent;
import org.smartbizflow.crm.shared.port.out.TransactionRunner;

/**
 * What every use-case service needs from its surroundings: ports, clock, validator, and the
 * steps that every write shares (access check, audit, events to the outbox). Assembled once
 * by the {@code Crm} builder; hosts have no reason to create one.
 */
public final class CoreRuntime {

    private final CrmPersistence persistence;
    private final Clock clock;
    private final IdGenerator ids;
    private final AccessPolicy accessPolicy;
    private final CommandValidator validator;
    private final EventSerializer serializer;
    private final OutboxRelay relay;
    private final DuplicateRules duplicateRules;
    private final DealPorts dealPorts;
    private final ActivitySettings activitySettings;
    private final EmailGateway emailGateway;
    private final FollowUpTasks followUpTasks;
    private final QuoteRenderer quoteRenderer;
    private final List<Consumer<DomainEvent>> inTransactionListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<List<? extends DomainEvent>>> inTransactionBatchListeners =
            new CopyOnWriteArrayList<>();
    private final SanctionsScreening sanctionsScreening;
    private final ScoringPorts scoring;
    private final Runnable publishAfterCommit;

    public CoreRuntime(CrmPersistence persistence, Clock clock, IdGenerator ids, AccessPolicy accessPolicy,
                CommandValidator validator, EventSerializer serializer, OutboxRelay relay, DuplicateRules duplicateRules,
                DealPorts dealPorts, ActivitySettings activitySettings, EmailGateway emailGateway,
                FollowUpTasks followUpTasks, QuoteRenderer quoteRenderer, SanctionsScreening sanctionsScreening,
                ScoringPorts scoring) {
        this.sanctionsScreening = sanctionsScreening;
        this.scoring = Objects.requireNonNull(scoring, "scoring");
        this.dealPorts = Objects.requireNonNull(dealPorts, "dealPorts");
        this.activitySettings = Objects.requireNonNull(activitySettings, "activitySettings");
        this.emailGateway = Objects.requireNonNull(emailGateway, "emailGateway");
        this.followUpTasks = Objects.requireNonNull(followUpTasks, "followUpTasks");
        this.quoteRenderer = quoteRenderer;
        this.persistence = persistence;
        this.clock = clock;
        this.ids = ids;
        this.accessPolicy = accessPolicy;
        this.validator = validator;
        this.serializer = serializer;
        this.relay = relay;
        this.publishAfterCommit = relay::publishPending;
        this.duplicateRules = duplicateRules;
    }

    /** Exchange rates, corporate currency and win-probability model for deals. */
    public DealPorts dealPorts() {
        return dealPorts;
    }

    /** The lead scorer, engagement source, recommender, sentiment scorer and churn model. */
    public ScoringPorts scoring() {
        return scoring;
    }

    /** The activity context's ports: notifier, calendar gateway, templates and follow-up rules. */
    public ActivitySettings activitySettings() {
        return activitySettings;
    }

    /** How leads are matched as duplicates. */
    public DuplicateRules duplicateRules() {
        return duplicateRules;
    }

    /** The sanctions screening service, or null when the host configured none. */
    public SanctionsScreening sanctionsScreening() {
        return sanctionsScreening;
    }

    /** The host's quote renderer, or null for the built-in plain one. */
    public QuoteRenderer quoteRenderer() {
        return quoteRenderer;
    }

    /** Where e-mail goes. */
    public EmailGateway emailGateway() {
        return emailGateway;
    }

    /** Where follow-up tasks go. */
    public FollowUpTasks followUpTasks() {
        return followUpTasks;
    }

    /**
     * Adds a reaction that runs for every recorded event inside the transaction that records it,
     * so that what it writes commits or rolls back with the change (e.g. ending the nurture
     * enrolments of a converted lead, whichever use case converted it).
     */
    public void onEventInTransaction(Consumer<DomainEvent> listener) {
        inTransactionListeners.add(listener);
    }

    /**
     * Adds a reaction that runs, inside the transaction, once for the events of each
     * {@link #recordEvents} call (what one change recorded), after the per-event reactions: for
     * work that should happen once per record however many events the change made.
     */
    public void onEventsInTransaction(Consumer<List<? extends DomainEvent>> listener) {
        inTransactionBatchListeners.add(listener);
    }

    public CrmPersistence persistence() {
        return persistence;
    }

    public TransactionRunner transactions() {
        return persistence.transactions();
    }

    public Clock clock() {
        return clock;
    }

    public IdGenerator ids() {
        return ids;
    }

    public AccessPolicy accessPolicy() {
        return accessPolicy;
    }

    /** Validates a command record; see {@link CommandValidator#validate}. */
    public <T> T validate(T command) {
        return validator.validate(command);
    }

    /** Throws {@link AccessDeniedException} unless the policy permits the action. */
    public void requireAccess(CallContext context, Action action, RecordAccess record) {
        if (!accessPolicy.permits(context.actor(), action, record)) {
            throw new AccessDeniedException(context.actor(), action, record.recordType(), record.recordId());
        }
    }

    /** One audit entry for a field change, stamped now for the context's actor. */
    public AuditEntry auditEntry(CallContext context, String recordType, Object recordId, String field,
                                 Object oldValue, Object newValue) {
        return new AuditEntry(ids.next(), context.tenantId(), recordType, String.valueOf(recordId), field,
                oldValue == null ? null : String.valueOf(oldValue), newValue == null ? null : String.valueOf(newValue),
                context.actor().userId(), clock.instant());
    }

    /** Writes audit entries in the current transaction. */
    public void audit(List<AuditEntry> entries) {
        if (!entries.isEmpty()) {
            persistence.auditLog().record(entries);
        }
    }

    /**
     * Appends events to the outbox in the current transaction and arranges their publication
     * after commit.
     */
    public void recordEvents(List<? extends DomainEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        for (DomainEvent event : events) {
            inTransactionListeners.forEach(listener -> listener.accept(event));
        }
        inTransactionBatchListeners.forEach(listener -> listener.accept(events));
        List<StoredEvent> stored = events.stream()
                .map(e -> new StoredEvent(ids.next(), e.tenantId(), e.type(), e.aggregateId(), serializer.toJson(e),
                        e.occurredAt()))
                .toList();
        persistence.outbox().append(stored);
        // one instance, so a transaction that records many batches relays once after commit
        persistence.transactions().afterCommit(publishAfterCommit);
    }

    /** Publishes what the outbox still holds; see {@code Crm#relayEvents()}. */
    public int relayEvents() {
        return relay.publishPending();
    }
}
