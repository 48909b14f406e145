package org.smartbizflow.crm.core.account;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.account.AccountProfile;
import org.smartbizflow.crm.account.AccountView;
import org.smartbizflow.crm.account.ChurnAssessment;
import org.smartbizflow.crm.account.port.in.AccountChurnUseCase;
import org.smartbizflow.crm.activity.ActivityStatus;
import org.smartbizflow.crm.activity.ActivityView;
import org.smartbizflow.crm.activity.RecordLink;
import org.smartbizflow.crm.core.runtime.ActivityTouch;
import org.smartbizflow.crm.core.runtime.CoreRuntime;
import org.smartbizflow.crm.core.runtime.FiledActivities;
import org.smartbizflow.crm.opportunity.OpportunityFilter;
import org.smartbizflow.crm.opportunity.StageType;
import org.smartbizflow.crm.scoring.FeatureValues;
import org.smartbizflow.crm.scoring.Prediction;
import org.smartbizflow.crm.scoring.port.out.ChurnRiskModel;
import org.smartbizflow.crm.shared.Action;
import org.smartbizflow.crm.shared.CallContext;
import org.smartbizflow.crm.shared.CustomValue;
import org.smartbizflow.crm.shared.NotFoundException;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.RecordAccess;
import org.smartbizflow.crm.shared.TenantId;

/** {@link AccountChurnUseCase} over the configured churn model. */
final class AccountChurn implements AccountChurnUseCase {

    /** How far back {@code activities_last_90_days} counts. */
    private static final Duration RECENT = Duration.ofDays(90);

    private final CoreRuntime runtime;
    private final CallContext context;

    AccountChurn(CoreRuntime runtime, CallContext context) {
        this.runtime = runtime;
        this.context = context;
    }

    @Override
    public ChurnAssessment churnRisk(AccountId accountId) {
        return churnRisk(accountId, Map.of());
    }

    @Override
    public ChurnAssessment churnRisk(AccountId accountId, Map<String, ?> hostAttributes) {
        Preconditions.notNull(accountId, "accountId");
        Preconditions.notNull(hostAttributes, "hostAttributes");
        ChurnRiskModel model = runtime.scoring().churn();
        if (model == null) {
            throw new IllegalStateException("no churn model is configured: pass one to Crm.builder().churnRiskModel(...)");
        }
        FeatureValues features = runtime.transactions().inTransaction(() -> {
            AccountView account = runtime.persistence().accounts().find(context.tenantId(), accountId)
                    .orElseThrow(() -> new NotFoundException("Account", accountId)).view();
            runtime.requireAccess(context, Action.READ, new RecordAccess(AccountService.RECORD_TYPE,
                    accountId.toString(), account.ownerId()));
            Map<String, Object> values = attributes(runtime, context.tenantId(), account, FiledActivities.of(runtime,
                    context.tenantId(), RecordLink.account(accountId), ActivityStatus.COMPLETED));
            values.putAll(hostAttributes);
            return new FeatureValues(values);
        });
        return assess(model, accountId, features);
    }

    /** The model's prediction for the account's attributes, refused when the model gives none. */
    static ChurnAssessment assess(ChurnRiskModel model, AccountId accountId, FeatureValues features) {
        Prediction prediction = model.churnRisk(features);
        if (prediction == null) {
            throw new IllegalStateException("the churn model returned no prediction for account " + accountId);
        }
        return new ChurnAssessment(accountId, features, prediction);
    }

    /**
     * The attributes the churn model reads for an account (inside the caller's transaction), from
     * its profile, its deal counts and the activities filed under it: {@code activities} may hold
     * every status, and only the completed ones count.
     */
    static Map<String, Object> attributes(CoreRuntime runtime, TenantId tenant, AccountView account,
                                          List<ActivityView> activities) {
        Map<String, Object> values = new LinkedHashMap<>();
        AccountProfile profile = account.profile();
        put(values, "industry", profile.industry());
        put(values, "size_band", profile.sizeBand() == null ? null : profile.sizeBand().name().toLowerCase(Locale.ROOT));
        if (profile.annualRevenue() != null) {
            values.put("annual_revenue", profile.annualRevenue().amount());
            values.put("revenue_currency", profile.annualRevenue().currency().getCurrencyCode());
        }
        if (!profile.addresses().isEmpty()) {
            put(values, "country", profile.addresses().get(0).address().country().value());
        }
        put(values, "team", profile.team());
        put(values, "tags", profile.tags().stream().map(tag -> tag.value()).sorted()
                .collect(java.util.stream.Collectors.joining(",")));
        values.put("in_group", account.parentId() != null ? "yes" : "no");
        profile.customFields().values().forEach((key, value) -> values.putIfAbsent(key, typed(value)));
        activityFacts(runtime, activities, values);
        dealFacts(runtime, tenant, account.id(), values);
        return values;
    }

    private static void activityFacts(CoreRuntime runtime, List<ActivityView> activities,
                                      Map<String, Object> values) {
        Instant now = runtime.clock().instant();
        Instant latest = null;
        int recent = 0;
        for (ActivityView activity : activities) {
            if (activity.status() != ActivityStatus.COMPLETED) {
                continue;
            }
            Instant at = ActivityTouch.heldAt(activity);
            if (at == null || at.isAfter(now)) {
                continue;
            }
            latest = latest == null || at.isAfter(latest) ? at : latest;
            if (!at.isBefore(now.minus(RECENT))) {
                recent++;
            }
        }
        if (latest != null) {
            values.put("days_since_last_activity", Duration.between(latest, now).toDays());
        }
        values.put("activities_last_90_days", recent);
    }

    /** Counted by the store, one query each. */
    private static void dealFacts(CoreRuntime runtime, TenantId tenant, AccountId accountId,
                                  Map<String, Object> values) {
        OpportunityFilter deals = OpportunityFilter.any().forAccount(accountId);
        var opportunities = runtime.persistence().opportunities();
        values.put("open_deals", opportunities.count(tenant, deals.ofTypes(StageType.OPEN)));
        values.put("won_deals", opportunities.count(tenant, deals.ofTypes(StageType.WON)));
        values.put("lost_deals", opportunities.count(tenant, deals.ofTypes(StageType.LOST)));
    }

    private static Object typed(CustomValue value) {
        if (value instanceof CustomValue.Number number) {
            return number.value();
        }
        if (value instanceof CustomValue.Bool bool) {
            return bool.value();
        }
        return value.asText();
    }

    private static void put(Map<String, Object> values, String name, String value) {
        if (value != null && !value.isBlank()) {
            values.put(name, value);
        }
    }
}
