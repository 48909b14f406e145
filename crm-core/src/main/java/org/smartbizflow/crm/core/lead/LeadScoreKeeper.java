package org.smartbizflow.crm.core.lead;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.smartbizflow.crm.activity.ActivityDetails;
import org.smartbizflow.crm.activity.ActivityStatus;
import org.smartbizflow.crm.activity.ActivityType;
import org.smartbizflow.crm.activity.ActivityView;
import org.smartbizflow.crm.activity.LinkedRecordType;
import org.smartbizflow.crm.core.phone.PhoneNumberParser;
import org.smartbizflow.crm.core.runtime.ActivityTouch;
import org.smartbizflow.crm.core.runtime.CoreRuntime;
import org.smartbizflow.crm.core.runtime.FiledActivities;
import org.smartbizflow.crm.lead.Attribution;
import org.smartbizflow.crm.lead.DetailsChange;
import org.smartbizflow.crm.lead.Lead;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.lead.LeadScore;
import org.smartbizflow.crm.lead.LeadView;
import org.smartbizflow.crm.lead.Qualification;
import org.smartbizflow.crm.lead.assignment.LeadProfile;
import org.smartbizflow.crm.lead.nurture.EngagementRecord;
import org.smartbizflow.crm.scoring.EngagementEvent;
import org.smartbizflow.crm.scoring.EngagementType;
import org.smartbizflow.crm.scoring.Score;
import org.smartbizflow.crm.scoring.port.out.LeadScorer;
import org.smartbizflow.crm.shared.AuditEntry;
import org.smartbizflow.crm.shared.CallContext;
import org.smartbizflow.crm.shared.CountryCode;

/**
 * Scores a stored lead with the configured scorer and keeps the result: the score with its
 * explanation in the lead's score record, the rounded value on the lead (audited, with its
 * event). Runs inside the caller's transaction.
 */
final class LeadScoreKeeper {

    private final CoreRuntime runtime;
    private final LeadScorer scorer;

    LeadScoreKeeper(CoreRuntime runtime) {
        this.runtime = runtime;
        this.scorer = runtime.scoring().scorer();
        if (scorer == null) {
            throw new IllegalStateException("no lead scorer is configured: pass one to Crm.builder().leadScorer(...)");
        }
    }

    /** The scorer's version: a stored score of another version is stale. */
    String version() {
        return scorer.version();
    }

    /** Scores the lead as it is stored now, stores the score and puts the rounded value on the lead. */
    LeadScore scoreAndKeep(CallContext context, Lead lead) {
        return keep(context, lead, score(lead.id(), profile(context, lead.view())));
    }

    /**
     * Asks the scorer, without writing anything.
     *
     * @throws RuntimeException whatever the scorer threw, or an {@link IllegalStateException}
     *                          or validation error when its answer cannot be stored
     */
    LeadScore score(LeadId leadId, org.smartbizflow.crm.scoring.LeadProfile profile) {
        Instant now = runtime.clock().instant();
        Score score = scorer.score(profile, now);
        if (score == null) {
            throw new IllegalStateException("the lead scorer returned no score for lead " + leadId);
        }
        return LeadScore.of(leadId, score, now);
    }

    /** Stores the score and puts its rounded value on the lead, audited, with the lead's event. */
    LeadScore keep(CallContext context, Lead lead, LeadScore kept) {
        keepAll(context, List.of(lead), List.of(kept));
        return kept;
    }

    /**
     * {@link #keep} for several leads: their scores stored in one go, then the leads whose
     * rounded value changed updated together, audited, with their events.
     */
    void keepAll(CallContext context, List<Lead> leads, List<LeadScore> scores) {
        runtime.persistence().leads().saveScores(context.tenantId(), scores);
        List<Lead> changed = new ArrayList<>();
        List<AuditEntry> entries = new ArrayList<>();
        for (int i = 0; i < leads.size(); i++) {
            Lead lead = leads.get(i);
            LeadScore kept = scores.get(i);
            DetailsChange change = lead.rescore(kept.rounded(), context.actor().userId(), kept.scoredAt());
            if (change instanceof DetailsChange.Applied applied && !applied.changes().isEmpty()) {
                changed.add(lead);
                applied.changes().forEach(c -> entries.add(runtime.auditEntry(context, LeadService.RECORD_TYPE,
                        lead.id(), c.field(), c.oldValue(), c.newValue())));
            }
        }
        if (changed.isEmpty()) {
            return;
        }
        runtime.persistence().leads().updateAll(changed);
        runtime.audit(entries);
        changed.forEach(lead -> runtime.recordEvents(lead.pullEvents()));
    }

    /** What the profile of each of these leads needs from other stores, read for them all at once. */
    Inputs inputs(CallContext context, Collection<LeadId> leadIds) {
        List<UUID> ids = leadIds.stream().map(LeadId::value).toList();
        return new Inputs(runtime.persistence().assignments().findProfiles(context.tenantId(), leadIds),
                runtime.persistence().activities().filedUnder(context.tenantId(), LinkedRecordType.LEAD, ids,
                        ActivityStatus.COMPLETED, FiledActivities.MAX),
                runtime.persistence().nurture().engagementsOfLeads(context.tenantId(), leadIds));
    }

    /**
     * The stored assignment profiles, completed activities (by lead id, up to
     * {@value FiledActivities#MAX} each) and nurture engagements of a batch of leads.
     */
    record Inputs(Map<LeadId, LeadProfile> profiles, Map<UUID, List<ActivityView>> activities,
                  Map<LeadId, List<EngagementRecord>> engagements) {
    }

    /** {@link #profile(CallContext, LeadView, Inputs)}, reading the lead's inputs now. */
    org.smartbizflow.crm.scoring.LeadProfile profile(CallContext context, LeadView lead) {
        return profile(context, lead, inputs(context, List.of(lead.id())));
    }

    /**
     * What the scorer sees of a lead. Attribute names: {@code source}, {@code status} (lower
     * case), {@code company}, {@code email_domain}, {@code country} (ISO code, from the stored
     * assignment profile or else the phone number), {@code employees}, {@code territory},
     * {@code campaign} and {@code campaign_id}, {@code utm_source}, {@code utm_medium},
     * {@code utm_campaign}, {@code tags} (comma-separated), {@code budget} (amount) and
     * {@code budget_currency}, {@code decision_maker} ({@code yes}/{@code no}), then each custom
     * field under its key unless a built-in name has it. Events: completed calls
     * ({@code CALL_HELD}) and meetings ({@code MEETING_HELD}) filed under the lead, e-mails
     * logged from the lead's own address ({@code EMAIL_REPLIED}), up to {@value FiledActivities#MAX}
     * activities; nurture e-mails opened, clicked and replied ({@code EMAIL_OPENED},
     * {@code EMAIL_CLICKED}, {@code EMAIL_REPLIED}); and the host's engagement.
     */
    org.smartbizflow.crm.scoring.LeadProfile profile(CallContext context, LeadView lead, Inputs inputs) {
        Map<String, String> attributes = new LinkedHashMap<>();
        put(attributes, "source", lead.source().name().toLowerCase(Locale.ROOT));
        put(attributes, "status", lead.status().name().toLowerCase(Locale.ROOT));
        put(attributes, "company", lead.company());
        put(attributes, "email_domain", lead.email() == null ? null : lead.email().domain());
        LeadProfile stored = inputs.profiles().get(lead.id());
        String country = stored != null && stored.country() != null ? stored.country().value()
                : PhoneNumberParser.countryOf(lead.phone()).map(CountryCode::value).orElse(null);
        put(attributes, "country", country);
        if (stored != null) {
            put(attributes, "employees", stored.employees() == null ? null : stored.employees().toString());
            put(attributes, "territory", stored.territory());
        }
        Attribution attribution = lead.attribution();
        put(attributes, "campaign", attribution.campaignName());
        put(attributes, "campaign_id", attribution.campaignId());
        put(attributes, "utm_source", attribution.utmSource());
        put(attributes, "utm_medium", attribution.utmMedium());
        put(attributes, "utm_campaign", attribution.utmCampaign());
        put(attributes, "tags", Lead.tagText(lead.tags()));
        Qualification qualification = lead.qualification();
        if (qualification != null) {
            if (qualification.budget() != null) {
                put(attributes, "budget", qualification.budget().amount().toPlainString());
                put(attributes, "budget_currency", qualification.budget().currency().getCurrencyCode());
            }
            if (qualification.decisionMaker() != null) {
                put(attributes, "decision_maker", qualification.decisionMaker() ? "yes" : "no");
            }
        }
        lead.customFields().values().forEach((key, value) -> attributes.putIfAbsent(key, value.asText()));
        List<EngagementEvent> events = new ArrayList<>();
        for (ActivityView activity : inputs.activities().getOrDefault(lead.id().value(), List.of())) {
            engagement(activity, lead).ifPresent(events::add);
        }
        for (EngagementRecord engagement : inputs.engagements().getOrDefault(lead.id(), List.of())) {
            events.add(new EngagementEvent(switch (engagement.kind()) {
                case OPENED -> EngagementType.EMAIL_OPENED;
                case CLICKED -> EngagementType.EMAIL_CLICKED;
                case REPLIED -> EngagementType.EMAIL_REPLIED;
            }, engagement.occurredAt()));
        }
        events.addAll(runtime.scoring().engagement().engagements(context.tenantId(), lead.id()));
        return new org.smartbizflow.crm.scoring.LeadProfile(lead.id().toString(), attributes, events);
    }

    private static Optional<EngagementEvent> engagement(ActivityView activity, LeadView lead) {
        Instant at = ActivityTouch.heldAt(activity);
        if (at == null) {
            return Optional.empty();
        }
        if (activity.type() == ActivityType.CALL) {
            return Optional.of(new EngagementEvent(EngagementType.CALL_HELD, at));
        }
        if (activity.type() == ActivityType.MEETING) {
            return Optional.of(new EngagementEvent(EngagementType.MEETING_HELD, at));
        }
        if (activity.type() == ActivityType.EMAIL && activity.details() instanceof ActivityDetails.Email email
                && lead.email() != null && lead.email().equals(email.from())) {
            return Optional.of(new EngagementEvent(EngagementType.EMAIL_REPLIED, at));
        }
        return Optional.empty();
    }

    private static void put(Map<String, String> attributes, String name, String value) {
        if (value != null && !value.isBlank()) {
            attributes.put(name, value);
        }
    }
}
