package org.smartbizflow.crm.core.activity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.smartbizflow.crm.activity.ActivityPlaybook;
import org.smartbizflow.crm.activity.ActivityPlaybookEvent;
import org.smartbizflow.crm.activity.ActivityPlaybookView;
import org.smartbizflow.crm.activity.ActivityTemplate;
import org.smartbizflow.crm.activity.ActivityTemplateView;
import org.smartbizflow.crm.activity.FollowUpRule;
import org.smartbizflow.crm.activity.FollowUpRuleId;
import org.smartbizflow.crm.activity.FollowUpRuleView;
import org.smartbizflow.crm.activity.port.in.ActivityPlaybookUseCase;
import org.smartbizflow.crm.activity.port.in.CreateActivityTemplate;
import org.smartbizflow.crm.activity.port.in.CreateFollowUpRule;
import org.smartbizflow.crm.activity.port.in.DeleteActivityTemplate;
import org.smartbizflow.crm.activity.port.in.DeleteFollowUpRule;
import org.smartbizflow.crm.activity.port.in.UpdateActivityTemplate;
import org.smartbizflow.crm.activity.port.in.UpdateFollowUpRule;
import org.smartbizflow.crm.activity.port.out.ActivityPlaybookRepository;
import org.smartbizflow.crm.core.runtime.CoreRuntime;
import org.smartbizflow.crm.shared.Action;
import org.smartbizflow.crm.shared.AuditEntry;
import org.smartbizflow.crm.shared.CallContext;
import org.smartbizflow.crm.shared.ConcurrencyConflictException;
import org.smartbizflow.crm.shared.NotFoundException;
import org.smartbizflow.crm.shared.RecordAccess;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.ValidationException;
import org.smartbizflow.crm.shared.Violation;

/**
 * The tenant's activity playbook managed at run time. The first change stores the default
 * playbook as the tenant's own (so a tenant never loses the default rules by adding one of
 * its own), then applies the change; everything in one transaction with its audit entries
 * and events.
 */
final class ActivityPlaybookService implements ActivityPlaybookUseCase {

    static final String TEMPLATE = "ActivityTemplate";
    static final String RULE = "FollowUpRule";
    static final String PLAYBOOK = "ActivityPlaybook";

    private final CoreRuntime runtime;
    private final CallContext context;
    private final ActivityPlaybookRepository repository;
    private final TenantPlaybooks playbooks;

    ActivityPlaybookService(CoreRuntime runtime, CallContext context) {
        this.runtime = runtime;
        this.context = context;
        this.repository = runtime.persistence().activityPlaybooks();
        ActivityPlaybook defaults = runtime.activitySettings() != null ? runtime.activitySettings().playbook()
                : ActivityPlaybook.empty();
        this.playbooks = new TenantPlaybooks(repository, defaults);
    }

    private TenantId tenant() {
        return context.tenantId();
    }

    @Override
    public ActivityPlaybookView playbook() {
        return runtime.transactions().inTransaction(() -> playbooks.view(tenant()));
    }

    // ---- templates ---------------------------------------------------------------------------

    @Override
    public ActivityTemplateView createTemplate(CreateActivityTemplate command) {
        runtime.validate(command);
        ActivityTemplate template = command.template();
        template.requireStorable();
        requireChange(Action.CREATE, template.key());
        return runtime.transactions().inTransaction(() -> {
            Instant now = ensureStored();
            ActivityTemplateView created = new ActivityTemplateView(tenant(), template, 0, now);
            repository.insertTemplate(created);
            runtime.audit(templateAudit(template.key(), null, template));
            runtime.recordEvents(List.of(new ActivityPlaybookEvent.ActivityTemplateStored(tenant(), template.key(), 0,
                    context.actor().userId(), now)));
            return created;
        });
    }

    @Override
    public ActivityTemplateView updateTemplate(UpdateActivityTemplate command) {
        runtime.validate(command);
        ActivityTemplate template = command.template();
        template.requireStorable();
        requireChange(Action.UPDATE, template.key());
        return runtime.transactions().inTransaction(() -> {
            Instant now = ensureStored();
            ActivityTemplateView stored = repository.findTemplate(tenant(), template.key())
                    .orElseThrow(() -> new NotFoundException(TEMPLATE, template.key()));
            if (stored.version() != command.expectedVersion()) {
                throw new ConcurrencyConflictException(TEMPLATE, template.key(), command.expectedVersion());
            }
            List<FollowUpRuleView> users = repository.rulesUsingTemplate(tenant(), template.key());
            if (!users.isEmpty()) {
                // a follow-up fills only its own placeholders: a template rules use must stay fillable
                FollowUpRule.requireFillable(template, fillable(template.subject())
                        ? "template.body" : "template.subject");
            }
            repository.updateTemplate(new ActivityTemplateView(tenant(), template, stored.version(), now));
            runtime.audit(templateAudit(template.key(), stored.template(), template));
            long version = stored.version() + 1;
            runtime.recordEvents(List.of(new ActivityPlaybookEvent.ActivityTemplateStored(tenant(), template.key(),
                    version, context.actor().userId(), now)));
            return new ActivityTemplateView(tenant(), template, version, now);
        });
    }

    @Override
    public void deleteTemplate(DeleteActivityTemplate command) {
        runtime.validate(command);
        String key = command.key().strip();
        requireChange(Action.DELETE, key);
        runtime.transactions().inTransaction(() -> {
            Instant now = ensureStored();
            List<FollowUpRuleView> users = repository.rulesUsingTemplate(tenant(), key);
            if (!users.isEmpty()) {
                throw new ValidationException("key", "template '" + key + "' is used by follow-up rule "
                        + users.get(0).id() + "; change or delete the rule first");
            }
            repository.deleteTemplate(tenant(), key, command.expectedVersion());
            runtime.audit(List.of(runtime.auditEntry(context, TEMPLATE, key, "deleted", null, now)));
            runtime.recordEvents(List.of(new ActivityPlaybookEvent.ActivityTemplateDeleted(tenant(), key,
                    context.actor().userId(), now)));
            return null;
        });
    }

    // ---- rules -------------------------------------------------------------------------------

    @Override
    public FollowUpRuleView createFollowUpRule(CreateFollowUpRule command) {
        runtime.validate(command);
        FollowUpRule rule = command.rule();
        if (rule.activity() != null) {
            requireStorable(rule.activity());
        }
        requireChange(Action.CREATE, null);
        return runtime.transactions().inTransaction(() -> {
            Instant now = ensureStored();
            requireTemplateOf(rule);
            FollowUpRuleView created = new FollowUpRuleView(FollowUpRuleId.of(runtime.ids().next()), tenant(), rule,
                    0, now);
            repository.insertRule(created);
            runtime.audit(ruleAudit(created.id(), null, rule));
            runtime.recordEvents(List.of(new ActivityPlaybookEvent.FollowUpRuleStored(tenant(), created.id(),
                    rule.whenType(), rule.outcome(), 0, context.actor().userId(), now)));
            return created;
        });
    }

    @Override
    public FollowUpRuleView updateFollowUpRule(UpdateFollowUpRule command) {
        runtime.validate(command);
        FollowUpRule rule = command.rule();
        if (rule.activity() != null) {
            requireStorable(rule.activity());
        }
        requireChange(Action.UPDATE, command.ruleId().toString());
        return runtime.transactions().inTransaction(() -> {
            Instant now = ensureStored();
            FollowUpRuleView stored = repository.findRule(tenant(), command.ruleId())
                    .orElseThrow(() -> new NotFoundException(RULE, command.ruleId()));
            if (stored.version() != command.expectedVersion()) {
                throw new ConcurrencyConflictException(RULE, command.ruleId(), command.expectedVersion());
            }
            requireTemplateOf(rule);
            repository.updateRule(new FollowUpRuleView(stored.id(), tenant(), rule, stored.version(), now));
            runtime.audit(ruleAudit(stored.id(), stored.rule(), rule));
            long version = stored.version() + 1;
            runtime.recordEvents(List.of(new ActivityPlaybookEvent.FollowUpRuleStored(tenant(), stored.id(),
                    rule.whenType(), rule.outcome(), version, context.actor().userId(), now)));
            return new FollowUpRuleView(stored.id(), tenant(), rule, version, now);
        });
    }

    @Override
    public void deleteFollowUpRule(DeleteFollowUpRule command) {
        runtime.validate(command);
        requireChange(Action.DELETE, command.ruleId().toString());
        runtime.transactions().inTransaction(() -> {
            Instant now = ensureStored();
            repository.deleteRule(tenant(), command.ruleId(), command.expectedVersion());
            runtime.audit(List.of(runtime.auditEntry(context, RULE, command.ruleId(), "deleted", null, now)));
            runtime.recordEvents(List.of(new ActivityPlaybookEvent.FollowUpRuleDeleted(tenant(), command.ruleId(),
                    context.actor().userId(), now)));
            return null;
        });
    }

    // ---- common ------------------------------------------------------------------------------

    /** Playbook entries belong to nobody: changing them takes the right to change unowned records. */
    private void requireChange(Action action, String id) {
        runtime.requireAccess(context, action, new RecordAccess(PLAYBOOK, id, null));
    }

    private static void requireStorable(ActivityTemplate activity) {
        try {
            activity.requireStorable();
        } catch (ValidationException e) {
            // name the field as the rule has it
            throw new ValidationException(e.violations().stream()
                    .map(v -> new Violation("rule.activity." + v.field()
                            .substring(v.field().indexOf('.') + 1), v.problem()))
                    .toList());
        }
    }

    /** Does a follow-up fill every placeholder of the text? */
    private static boolean fillable(String text) {
        return FollowUpRule.PLACEHOLDERS.containsAll(ActivityTemplate.placeholdersIn(text));
    }

    /** A rule naming a template needs a stored one a follow-up can fill. */
    private void requireTemplateOf(FollowUpRule rule) {
        if (rule.templateKey() == null) {
            return;
        }
        ActivityTemplate template = repository.findTemplate(tenant(), rule.templateKey())
                .map(ActivityTemplateView::template)
                .orElseThrow(() -> new ValidationException("rule.templateKey", "no template '" + rule.templateKey()
                        + "' in the tenant's playbook"));
        FollowUpRule.requireFillable(template, "rule.templateKey");
    }

    /**
     * Stores the default playbook as the tenant's own unless it has one, and returns the time
     * of this change. A tenant storing its playbook concurrently makes this a concurrency
     * conflict, and the caller retries against the stored playbook.
     */
    private Instant ensureStored() {
        Instant now = runtime.clock().instant();
        if (repository.hasPlaybook(tenant())) {
            return now;
        }
        repository.insertPlaybook(tenant(), now);
        ActivityPlaybookView seed = playbooks.defaultsFor(tenant(), now);
        List<AuditEntry> audit = new ArrayList<>();
        for (ActivityTemplateView template : seed.templates()) {
            repository.insertTemplate(template);
            audit.addAll(templateAudit(template.key(), null, template.template()));
            runtime.recordEvents(List.of(new ActivityPlaybookEvent.ActivityTemplateStored(tenant(), template.key(), 0,
                    context.actor().userId(), now)));
        }
        for (FollowUpRuleView rule : seed.followUps()) {
            repository.insertRule(rule);
            audit.addAll(ruleAudit(rule.id(), null, rule.rule()));
            runtime.recordEvents(List.of(new ActivityPlaybookEvent.FollowUpRuleStored(tenant(), rule.id(),
                    rule.rule().whenType(), rule.rule().outcome(), 0, context.actor().userId(), now)));
        }
        runtime.audit(audit);
        return now;
    }

    private List<AuditEntry> templateAudit(String key, ActivityTemplate before, ActivityTemplate after) {
        List<AuditEntry> entries = new ArrayList<>();
        change(entries, TEMPLATE, key, "type", before == null ? null : before.type(), after.type());
        change(entries, TEMPLATE, key, "subject", before == null ? null : before.subject(), after.subject());
        change(entries, TEMPLATE, key, "body", before == null ? null : before.body(), after.body());
        change(entries, TEMPLATE, key, "defaultDuration", before == null ? null : before.defaultDuration(),
                after.defaultDuration());
        change(entries, TEMPLATE, key, "reminders", before == null ? null : before.reminders(), after.reminders());
        return entries;
    }

    private List<AuditEntry> ruleAudit(FollowUpRuleId id, FollowUpRule before, FollowUpRule after) {
        List<AuditEntry> entries = new ArrayList<>();
        change(entries, RULE, id, "whenType", before == null ? null : before.whenType(), after.whenType());
        change(entries, RULE, id, "outcome", before == null ? null : before.outcome(), after.outcome());
        change(entries, RULE, id, "templateKey", before == null ? null : before.templateKey(), after.templateKey());
        change(entries, RULE, id, "activity", before == null ? null : before.activity(), after.activity());
        change(entries, RULE, id, "businessDays", before == null ? null : before.businessDays(),
                after.businessDays());
        return entries;
    }

    private void change(List<AuditEntry> entries, String recordType, Object id, String field, Object before,
                        Object after) {
        if (!Objects.equals(before, after)) {
            entries.add(runtime.auditEntry(context, recordType, id, field, before, after));
        }
    }
}
