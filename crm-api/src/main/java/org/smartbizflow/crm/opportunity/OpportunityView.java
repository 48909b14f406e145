package org.smartbizflow.crm.opportunity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.contact.ContactId;
import org.smartbizflow.crm.forecast.ForecastCategory;
import org.smartbizflow.crm.shared.CustomFields;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.Percentage;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;

/**
 * An opportunity's state at one version: what queries return and storage adapters persist.
 *
 * @param id                identity
 * @param tenantId          owning tenant
 * @param pipelineId        the pipeline the deal runs in
 * @param stageId           its current stage
 * @param stageType         the type of that stage (kept with the deal so queries need no join)
 * @param name              what the deal is called
 * @param accountId         the customer account, or null
 * @param primaryContactId  the main contact, or null
 * @param ownerId           the responsible user
 * @param team              the owner's team key, or null
 * @param territory         the territory key, or null
 * @param amount            the deal's value in its own currency, or null when not yet known
 * @param expectedCloseDate when it is expected to close (or closed, once closed)
 * @param probability       the chance to win
 * @param probabilitySource where the probability comes from
 * @param forecastCategory  the forecast call
 * @param nextStep          the next action, or null
 * @param contactRoles      contacts and their roles in the deal
 * @param competitors       competitor names
 * @param lostReason        why it was lost, or null
 * @param customFields      the host's own fields
 * @param closedOn          the day it was won or lost, null while open
 * @param version           optimistic-concurrency version
 * @param createdAt         when it was created
 * @param updatedAt         when it last changed
 */
public record OpportunityView(OpportunityId id, TenantId tenantId, PipelineId pipelineId, StageId stageId,
                              StageType stageType, String name, AccountId accountId, ContactId primaryContactId,
                              UserId ownerId, String team, String territory, Money amount, LocalDate expectedCloseDate,
                              Percentage probability, ProbabilitySource probabilitySource,
                              ForecastCategory forecastCategory, String nextStep, List<ContactRole> contactRoles,
                              List<String> competitors, String lostReason, CustomFields customFields,
                              LocalDate closedOn, long version, Instant createdAt, Instant updatedAt) {

    public static final int NAME_MAX = 200;
    public static final int KEY_MAX = 64;
    public static final int NEXT_STEP_MAX = 500;
    public static final int LOST_REASON_MAX = 500;
    public static final int COMPETITOR_MAX = 100;
    public static final int MAX_COMPETITORS = 20;
    public static final int MAX_CONTACT_ROLES = 50;

    public OpportunityView {
        Preconditions.notNull(id, "id");
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(pipelineId, "pipelineId");
        Preconditions.notNull(stageId, "stageId");
        Preconditions.notNull(stageType, "stageType");
        name = Preconditions.maxLength(Preconditions.notBlank(name, "name"), NAME_MAX, "name");
        Preconditions.notNull(ownerId, "ownerId");
        team = Preconditions.maxLength(Preconditions.blankToNull(team), KEY_MAX, "team");
        territory = Preconditions.maxLength(Preconditions.blankToNull(territory), KEY_MAX, "territory");
        Preconditions.check(amount == null || !amount.isNegative(), "amount", "must not be negative");
        Preconditions.notNull(expectedCloseDate, "expectedCloseDate");
        Preconditions.notNull(probability, "probability");
        Preconditions.notNull(probabilitySource, "probabilitySource");
        Preconditions.notNull(forecastCategory, "forecastCategory");
        nextStep = Preconditions.maxLength(Preconditions.blankToNull(nextStep), NEXT_STEP_MAX, "nextStep");
        contactRoles = contactRoles == null ? List.of() : List.copyOf(contactRoles);
        Preconditions.check(contactRoles.size() <= MAX_CONTACT_ROLES, "contactRoles",
                "at most " + MAX_CONTACT_ROLES + " are allowed");
        Preconditions.check(contactRoles.stream().map(ContactRole::contactId).distinct().count() == contactRoles.size(),
                "contactRoles", "name each contact once");
        competitors = competitors == null ? List.of() : competitors.stream()
                .map(c -> Preconditions.maxLength(Preconditions.notBlank(c, "competitors"), COMPETITOR_MAX, "competitors"))
                .distinct().toList();
        Preconditions.check(competitors.size() <= MAX_COMPETITORS, "competitors",
                "at most " + MAX_COMPETITORS + " are allowed");
        lostReason = Preconditions.maxLength(Preconditions.blankToNull(lostReason), LOST_REASON_MAX, "lostReason");
        customFields = customFields == null ? CustomFields.none() : customFields;
        Preconditions.check((closedOn != null) == stageType.isClosed(), "closedOn",
                "is set exactly when the deal is won or lost");
        Preconditions.check(version >= 0, "version", "must not be negative");
        Preconditions.notNull(createdAt, "createdAt");
        Preconditions.notNull(updatedAt, "updatedAt");
    }

    public OpportunityView withVersion(long newVersion) {
        return new OpportunityView(id, tenantId, pipelineId, stageId, stageType, name, accountId, primaryContactId,
                ownerId, team, territory, amount, expectedCloseDate, probability, probabilitySource, forecastCategory,
                nextStep, contactRoles, competitors, lostReason, customFields, closedOn, newVersion, createdAt,
                updatedAt);
    }

    /** Whether the field is set, for a stage's entry requirements. */
    public boolean has(OpportunityField field) {
        return switch (field) {
            case ACCOUNT -> accountId != null;
            case PRIMARY_CONTACT -> primaryContactId != null;
            case AMOUNT -> amount != null && amount.isPositive();
            case NEXT_STEP -> nextStep != null;
            case CONTACT_ROLES -> !contactRoles.isEmpty();
            case COMPETITORS -> !competitors.isEmpty();
            case LOST_REASON -> lostReason != null;
        };
    }

    public boolean isOpen() {
        return stageType == StageType.OPEN;
    }
}
