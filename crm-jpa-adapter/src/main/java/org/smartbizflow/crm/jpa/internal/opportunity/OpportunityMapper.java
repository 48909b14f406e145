package org.smartbizflow.crm.jpa.internal.opportunity;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.contact.ContactId;
import org.smartbizflow.crm.forecast.ForecastCategory;
import org.smartbizflow.crm.opportunity.ContactRole;
import org.smartbizflow.crm.opportunity.OpportunityField;
import org.smartbizflow.crm.opportunity.OpportunityHistoryEntry;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.opportunity.OpportunityView;
import org.smartbizflow.crm.opportunity.PipelineId;
import org.smartbizflow.crm.opportunity.PipelineView;
import org.smartbizflow.crm.opportunity.ProbabilitySource;
import org.smartbizflow.crm.opportunity.Stage;
import org.smartbizflow.crm.opportunity.StageId;
import org.smartbizflow.crm.opportunity.StageType;
import org.smartbizflow.crm.shared.CustomFields;
import org.smartbizflow.crm.shared.CustomValue;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.Percentage;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;

/** Moves pipeline, deal and history state between the domain records and the rows. */
final class OpportunityMapper {

    private OpportunityMapper() {
    }

    static PipelineView toView(PipelineEntity row) {
        List<Stage> stages = row.stages.stream().map(OpportunityMapper::toStage).toList();
        return new PipelineView(PipelineId.of(row.id), TenantId.of(row.tenantId), row.name, row.defaultMarker != null,
                stages, row.version, row.createdAt, row.updatedAt);
    }

    private static Stage toStage(StageLine line) {
        Set<OpportunityField> required = line.requiredFields.isEmpty() ? Set.of()
                : Arrays.stream(line.requiredFields.split(",")).map(OpportunityField::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(OpportunityField.class)));
        return new Stage(StageId.of(line.stageId), line.name, percentage(line.defaultProbability),
                ForecastCategory.valueOf(line.forecastCategory), StageType.valueOf(line.stageType), required);
    }

    static PipelineEntity newRow(PipelineView state) {
        PipelineEntity row = new PipelineEntity(state.id().value(), state.tenantId().value());
        copyInto(state, row);
        return row;
    }

    static void copyInto(PipelineView state, PipelineEntity row) {
        row.name = state.name();
        row.defaultMarker = state.defaultPipeline() ? Short.valueOf((short) 1) : null;
        row.createdAt = state.createdAt();
        row.updatedAt = state.updatedAt();
        List<StageLine> lines = state.stages().stream().map(s -> new StageLine(state.tenantId().value(),
                s.id().value(), s.name(), s.defaultProbability().value(), s.category().name(), s.type().name(),
                s.requiredFields().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))).toList();
        row.stages.clear();
        row.stages.addAll(lines);
    }

    static OpportunityView toView(OpportunityEntity row) {
        Map<String, CustomValue> custom = new LinkedHashMap<>();
        for (CustomFieldLine line : row.customFields) {
            CustomValue.Type type = CustomValue.Type.valueOf(line.type);
            custom.put(line.key, CustomValue.parse(type, line.value, "customFields." + line.key));
        }
        return new OpportunityView(OpportunityId.of(row.id), TenantId.of(row.tenantId), PipelineId.of(row.pipelineId),
                StageId.of(row.stageId), StageType.valueOf(row.stageType), row.name,
                row.accountId == null ? null : AccountId.of(row.accountId),
                row.primaryContactId == null ? null : ContactId.of(row.primaryContactId), UserId.of(row.ownerId),
                row.team, row.territory, money(row.amount, row.currency), row.expectedCloseDate,
                percentage(row.probability), ProbabilitySource.valueOf(row.probabilitySource),
                ForecastCategory.valueOf(row.forecastCategory), row.nextStep,
                row.contactRoles.stream().map(l -> new ContactRole(ContactId.of(l.contactId), l.role)).toList(),
                row.competitors.stream().map(l -> l.name).toList(), row.lostReason, CustomFields.of(custom),
                row.closedOn, row.version, row.createdAt, row.updatedAt);
    }

    static OpportunityEntity newRow(OpportunityView state) {
        OpportunityEntity row = new OpportunityEntity(state.id().value(), state.tenantId().value());
        copyInto(state, row);
        return row;
    }

    static void copyInto(OpportunityView state, OpportunityEntity row) {
        String tenant = state.tenantId().value();
        row.pipelineId = state.pipelineId().value();
        row.stageId = state.stageId().value();
        row.stageType = state.stageType().name();
        row.name = state.name();
        row.accountId = state.accountId() == null ? null : state.accountId().value();
        row.primaryContactId = state.primaryContactId() == null ? null : state.primaryContactId().value();
        row.ownerId = state.ownerId().value();
        row.team = state.team();
        row.territory = state.territory();
        row.amount = state.amount() == null ? null : state.amount().amount();
        row.currency = state.amount() == null ? null : state.amount().currency().getCurrencyCode();
        row.expectedCloseDate = state.expectedCloseDate();
        row.probability = state.probability().value();
        row.probabilitySource = state.probabilitySource().name();
        row.forecastCategory = state.forecastCategory().name();
        row.nextStep = state.nextStep();
        row.lostReason = state.lostReason();
        row.closedOn = state.closedOn();
        row.createdAt = state.createdAt();
        row.updatedAt = state.updatedAt();
        List<ContactRoleLine> roles = state.contactRoles().stream()
                .map(r -> new ContactRoleLine(tenant, r.contactId().value(), r.role())).toList();
        if (!sameRoles(row.contactRoles, roles)) {
            row.contactRoles.clear();
            row.contactRoles.addAll(roles);
        }
        List<String> names = row.competitors.stream().map(l -> l.name).toList();
        if (!names.equals(state.competitors())) {
            row.competitors.clear();
            state.competitors().forEach(c -> row.competitors.add(new CompetitorLine(tenant, c)));
        }
        Map<String, String> current = new LinkedHashMap<>();
        row.customFields.forEach(l -> current.put(l.key, l.type + ":" + l.value));
        Map<String, String> wanted = new LinkedHashMap<>();
        state.customFields().values().forEach((k, v) -> wanted.put(k, v.type().name() + ":" + v.asText()));
        if (!current.equals(wanted)) {
            row.customFields.clear();
            state.customFields().values().forEach((k, v) -> row.customFields.add(
                    new CustomFieldLine(tenant, k, v.type().name(), v.asText())));
        }
    }

    private static boolean sameRoles(List<ContactRoleLine> rows, List<ContactRoleLine> wanted) {
        if (rows.size() != wanted.size()) {
            return false;
        }
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).contactId.equals(wanted.get(i).contactId) || !rows.get(i).role.equals(wanted.get(i).role)) {
                return false;
            }
        }
        return true;
    }

    static OpportunityHistoryEntity newRow(OpportunityHistoryEntry entry) {
        OpportunityHistoryEntity row = new OpportunityHistoryEntity();
        row.id = entry.id();
        row.tenantId = entry.tenantId().value();
        row.opportunityId = entry.opportunityId().value();
        row.pipelineId = entry.pipelineId().value();
        row.stageId = entry.stageId().value();
        row.stageType = entry.stageType().name();
        row.amount = entry.amount() == null ? null : entry.amount().amount();
        row.currency = entry.amount() == null ? null : entry.amount().currency().getCurrencyCode();
        row.expectedCloseDate = entry.expectedCloseDate();
        row.probability = entry.probability().value();
        row.changedBy = entry.changedBy().value();
        row.changedAt = entry.changedAt();
        row.previousStageId = entry.previousStageId() == null ? null : entry.previousStageId().value();
        row.secondsInPreviousStage = entry.secondsInPreviousStage();
        row.closeDateSlipDays = entry.closeDateSlipDays();
        row.previousPipelineId = entry.previousPipelineId() == null ? null : entry.previousPipelineId().value();
        return row;
    }

    static OpportunityHistoryEntry toEntry(OpportunityHistoryEntity row) {
        return new OpportunityHistoryEntry(row.id, TenantId.of(row.tenantId), OpportunityId.of(row.opportunityId),
                PipelineId.of(row.pipelineId), StageId.of(row.stageId), StageType.valueOf(row.stageType),
                money(row.amount, row.currency), row.expectedCloseDate, percentage(row.probability),
                UserId.of(row.changedBy), row.changedAt,
                row.previousStageId == null ? null : StageId.of(row.previousStageId), row.secondsInPreviousStage,
                row.closeDateSlipDays, row.previousPipelineId == null ? null : PipelineId.of(row.previousPipelineId));
    }

    /** An amount at its currency's scale (the column keeps 4 decimals). */
    static Money money(BigDecimal amount, String currency) {
        return amount == null ? null : Money.of(amount.stripTrailingZeros(), currency);
    }

    /** The stored percentage without the column's trailing zeros (10.0000 is 10). */
    static Percentage percentage(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return new Percentage(stripped.scale() < 0 ? stripped.setScale(0) : stripped);
    }
}
