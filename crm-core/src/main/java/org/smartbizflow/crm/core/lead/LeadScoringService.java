package org.smartbizflow.crm.core.lead;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartbizflow.crm.activity.RecordLink;
import org.smartbizflow.crm.core.runtime.CoreRuntime;
import org.smartbizflow.crm.core.runtime.WorkFacts;
import org.smartbizflow.crm.lead.Lead;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.lead.LeadScore;
import org.smartbizflow.crm.lead.LeadView;
import org.smartbizflow.crm.lead.port.in.BulkItemResult;
import org.smartbizflow.crm.lead.port.in.BulkOutcome;
import org.smartbizflow.crm.lead.port.in.NextActions;
import org.smartbizflow.crm.lead.port.in.RescoreLeads;
import org.smartbizflow.crm.lead.port.in.RescoreLeadsReport;
import org.smartbizflow.crm.lead.port.in.ScoreLeadsUseCase;
import org.smartbizflow.crm.lead.port.out.LeadRepository;
import org.smartbizflow.crm.scoring.ActionContext;
import org.smartbizflow.crm.scoring.Grade;
import org.smartbizflow.crm.scoring.RecommendedAction;
import org.smartbizflow.crm.scoring.port.out.NextBestActionRecommender;
import org.smartbizflow.crm.shared.AccessDeniedException;
import org.smartbizflow.crm.shared.Action;
import org.smartbizflow.crm.shared.CallContext;
import org.smartbizflow.crm.shared.ConcurrencyConflictException;
import org.smartbizflow.crm.shared.NotFoundException;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.RecordAccess;

/** {@link ScoreLeadsUseCase} over the configured lead scorer. */
final class LeadScoringService implements ScoreLeadsUseCase {

    private static final Logger LOG = LoggerFactory.getLogger(LeadScoringService.class);

    private final CoreRuntime runtime;
    private final CallContext context;
    private final LeadRepository leads;

    LeadScoringService(CoreRuntime runtime, CallContext context) {
        this.runtime = runtime;
        this.context = context;
        this.leads = runtime.persistence().leads();
    }

    @Override
    public LeadScore score(LeadId leadId) {
        Preconditions.notNull(leadId, "leadId");
        LeadScoreKeeper keeper = new LeadScoreKeeper(runtime);
        return runtime.transactions().inTransaction(() -> keeper.scoreAndKeep(context, load(leadId, Action.UPDATE)));
    }

    @Override
    public Optional<LeadScore> latestScore(LeadId leadId) {
        Preconditions.notNull(leadId, "leadId");
        return runtime.transactions().inTransaction(() -> {
            load(leadId, Action.READ);
            return leads.findScore(context.tenantId(), leadId);
        });
    }

    @Override
    public NextActions nextActions(LeadId leadId) {
        Preconditions.notNull(leadId, "leadId");
        NextBestActionRecommender recommender = runtime.scoring().recommender();
        if (recommender == null) {
            throw new IllegalStateException(
                    "no next-best-action recommender is configured: pass one to Crm.builder().nextBestAction(...)");
        }
        ActionContext facts = runtime.transactions().inTransaction(() ->
                actionContext(load(leadId, Action.READ).view()));
        List<RecommendedAction> actions = recommender.recommend(facts);
        return new NextActions(facts, actions == null ? List.of() : actions);
    }

    private ActionContext actionContext(LeadView lead) {
        Optional<LeadScore> stored = leads.findScore(context.tenantId(), lead.id());
        double score = stored.map(LeadScore::value).orElse(lead.score() == null ? 0.0 : lead.score());
        Grade grade = stored.map(LeadScore::grade).orElse(Grade.D);
        WorkFacts work = WorkFacts.of(runtime, context.tenantId(), RecordLink.lead(lead.id()));
        int openDeals = 0;
        if (lead.conversion() != null && lead.conversion().opportunityId() != null
                && runtime.persistence().opportunities().find(context.tenantId(), lead.conversion().opportunityId())
                .map(o -> o.view().isOpen()).orElse(false)) {
            openDeals = 1;
        }
        return new ActionContext(score, grade, work.daysSinceLastActivity(), work.openTasks(), work.overdueTasks(),
                openDeals, work.meetingScheduled(), work.recentSentiment());
    }

    /**
     * Walks the stale leads in id order, one batch per transaction. A batch whose transaction
     * fails is redone lead by lead, each in its own transaction, so one bad lead costs only
     * itself; a failed lead stays stale and the walk goes on past it.
     */
    @Override
    public RescoreLeadsReport rescore(RescoreLeads command) {
        runtime.validate(command);
        LeadScoreKeeper keeper = new LeadScoreKeeper(runtime);
        String version = keeper.version();
        long total = runtime.transactions().inTransaction(() -> leads.countScoredOtherwise(context.tenantId(), version,
                command.scoredBefore()));
        List<BulkItemResult> failures = new ArrayList<>();
        long scored = 0;
        long done = 0;
        LeadId last = null;
        while (true) {
            LeadId after = last;
            List<LeadId> batch = runtime.transactions().inTransaction(() ->
                    leads.scoredOtherwise(context.tenantId(), version, command.scoredBefore(), after,
                            command.batchSize()));
            if (batch.isEmpty()) {
                break;
            }
            List<BulkItemResult> batchFailures = new ArrayList<>();
            try {
                runtime.transactions().inTransaction(() -> {
                    batchFailures.clear();
                    // every read first, each for the whole batch, then every write: a store that
                    // flushes before each query then has nothing to flush while the batch is read
                    Map<LeadId, Lead> found = new HashMap<>();
                    leads.findAll(context.tenantId(), batch).forEach(lead -> found.put(lead.id(), lead));
                    LeadScoreKeeper.Inputs inputs = keeper.inputs(context, batch);
                    List<Lead> scoredLeads = new ArrayList<>(batch.size());
                    List<LeadScore> scores = new ArrayList<>(batch.size());
                    for (LeadId id : batch) {
                        Prepared one = prepare(keeper, id, found.get(id), inputs);
                        if (one.failure() != null) {
                            batchFailures.add(one.failure());
                        } else {
                            scoredLeads.add(one.lead());
                            scores.add(one.score());
                        }
                    }
                    keeper.keepAll(context, scoredLeads, scores);
                    return null;
                });
            } catch (RuntimeException batchFailed) {
                LOG.debug("re-scoring batch after {} failed; redoing it lead by lead", after, batchFailed);
                batchFailures.clear();
                for (LeadId id : batch) {
                    try {
                        runtime.transactions().inTransaction(() -> {
                            Lead lead = leads.find(context.tenantId(), id).orElse(null);
                            return prepare(keeper, id, lead, keeper.inputs(context, List.of(id))).keep(keeper, context);
                        }).ifPresent(batchFailures::add);
                    } catch (ConcurrencyConflictException conflict) {
                        batchFailures.add(new BulkItemResult(id, BulkOutcome.CONFLICT, conflict.getMessage()));
                    } catch (RuntimeException failed) {
                        batchFailures.add(new BulkItemResult(id, BulkOutcome.REFUSED, describe(failed)));
                    }
                }
            }
            failures.addAll(batchFailures);
            scored += batch.size() - batchFailures.size();
            done += batch.size();
            last = batch.get(batch.size() - 1);
            if (command.progress() != null) {
                command.progress().update(done, total);
            }
        }
        return new RescoreLeadsReport(version, scored, failures, last);
    }

    /** A lead of a batch scored and not yet stored, or why it cannot be. */
    private record Prepared(Lead lead, LeadScore score, BulkItemResult failure) {

        /** Stores the score in the current transaction, or returns the failure. */
        Optional<BulkItemResult> keep(LeadScoreKeeper keeper, CallContext context) {
            if (failure != null) {
                return Optional.of(failure);
            }
            keeper.keep(context, lead, score);
            return Optional.empty();
        }
    }

    /**
     * Scores one lead, read beforehand with its inputs, without writing; a lead that is gone
     * ({@code lead} null), that the actor may not change, or that the scorer fails on becomes a
     * failure.
     */
    private Prepared prepare(LeadScoreKeeper keeper, LeadId id, Lead lead, LeadScoreKeeper.Inputs inputs) {
        if (lead == null) {
            return new Prepared(null, null,
                    new BulkItemResult(id, BulkOutcome.NOT_FOUND, "the lead was deleted meanwhile"));
        }
        try {
            runtime.requireAccess(context, Action.UPDATE, access(lead));
        } catch (AccessDeniedException denied) {
            return new Prepared(null, null, new BulkItemResult(id, BulkOutcome.ACCESS_DENIED, denied.getMessage()));
        }
        try {
            return new Prepared(lead, keeper.score(id, keeper.profile(context, lead.view(), inputs)), null);
        } catch (RuntimeException scorerFailed) {
            return new Prepared(null, null, new BulkItemResult(id, BulkOutcome.REFUSED, describe(scorerFailed)));
        }
    }

    private static String describe(RuntimeException failure) {
        String message = failure.getMessage();
        return "the scorer failed: " + (message == null || message.isBlank() ? failure.getClass().getSimpleName()
                : message);
    }

    /** The lead, if the actor may do {@code action} with it. */
    private Lead load(LeadId leadId, Action action) {
        Lead lead = leads.find(context.tenantId(), leadId).orElseThrow(() -> new NotFoundException("Lead", leadId));
        runtime.requireAccess(context, action, access(lead));
        return lead;
    }

    private static RecordAccess access(Lead lead) {
        return new RecordAccess(LeadService.RECORD_TYPE, lead.id().toString(), lead.ownerId());
    }
}
