package org.smartbizflow.crm.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.account.AccountAddress;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.account.AccountProfile;
import org.smartbizflow.crm.account.AddressKind;
import org.smartbizflow.crm.account.ChurnAssessment;
import org.smartbizflow.crm.account.SizeBand;
import org.smartbizflow.crm.account.port.in.CreateAccount;
import org.smartbizflow.crm.activity.RecordLink;
import org.smartbizflow.crm.activity.port.in.ScheduleActivity;
import org.smartbizflow.crm.core.AccessPolicies;
import org.smartbizflow.crm.opportunity.OpportunityDetails;
import org.smartbizflow.crm.opportunity.port.in.CreateOpportunity;
import org.smartbizflow.crm.core.Crm;
import org.smartbizflow.crm.core.CrmSession;
import org.smartbizflow.crm.core.inmemory.InMemoryCrmPersistence;
import org.smartbizflow.crm.scoring.FeatureValues;
import org.smartbizflow.crm.scoring.Prediction;
import org.smartbizflow.crm.scoring.ScoreExplanation;
import org.smartbizflow.crm.shared.AccessDeniedException;
import org.smartbizflow.crm.shared.Actor;
import org.smartbizflow.crm.shared.Address;
import org.smartbizflow.crm.shared.CountryCode;
import org.smartbizflow.crm.shared.CustomFields;
import org.smartbizflow.crm.shared.CustomValue;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.NotFoundException;
import org.smartbizflow.crm.shared.Role;
import org.smartbizflow.crm.shared.Tag;
import org.smartbizflow.crm.shared.TenantId;

class AccountChurnTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private final TenantId acme = TenantId.of("acme");
    private final InMemoryCrmPersistence store = new InMemoryCrmPersistence();
    private final AtomicReference<FeatureValues> modelSaw = new AtomicReference<>();
    private final Crm crm = Crm.builder().persistence(store).clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .accessPolicy(AccessPolicies.ownerOrManager())
            .churnRiskModel(features -> {
                modelSaw.set(features);
                return new Prediction(0.73, "churn-test", ScoreExplanation.none());
            }).build();
    private final CrmSession rep = crm.session(acme, Actor.user("rep-1", Role.SALES_REP));

    private AccountId account() {
        return rep.accounts().create(new CreateAccount(AccountProfile.named("Analytical Engines Ltd")
                .withIndustry("Manufacturing").withSizeBand(SizeBand.LARGE)
                .withAnnualRevenue(Money.of("500000.00", "GBP"))
                .withAddresses(AccountAddress.of(AddressKind.REGISTERED,
                        new Address("1 Mill Lane", "N1 1AA", "London", null, CountryCode.of("GB"))))
                .withTeam("uk-enterprise").withTags(Tag.of("key"), Tag.of("at-risk"))
                .withCustomFields(CustomFields.of(Map.of("plan", CustomValue.text("gold"),
                        "seats", CustomValue.number("120"), "auto_renew", CustomValue.bool(false),
                        "industry", CustomValue.text("hidden by the built-in"))))));
    }

    @Test
    void theModelSeesTheProfileCustomFieldsActivityAndTheHostsAttributes() {
        AccountId id = account();
        RecordLink link = RecordLink.account(id);
        rep.activities().schedule(ScheduleActivity.call("QBR", NOW.minus(Duration.ofDays(40)), Duration.ofMinutes(30),
                LONDON).about(link).loggedWithOutcome("fine"));
        rep.activities().schedule(ScheduleActivity.call("Renewal", NOW.minus(Duration.ofDays(120)),
                Duration.ofMinutes(30), LONDON).about(link).loggedWithOutcome("renewed"));
        rep.activities().schedule(ScheduleActivity.call("Planned", NOW.plus(Duration.ofDays(3)),
                Duration.ofMinutes(30), LONDON).about(link));

        rep.opportunities().create(CreateOpportunity.of("Renewal 2027", Money.of("1000.00", "GBP"),
                java.time.LocalDate.of(2027, 3, 31)).with(new OpportunityDetails("Renewal 2027", id, null, null, null,
                null, Money.of("1000.00", "GBP"), java.time.LocalDate.of(2027, 3, 31), null, java.util.List.of(),
                java.util.List.of(), CustomFields.none())));
        rep.opportunities().create(CreateOpportunity.of("Elsewhere", Money.of("1000.00", "GBP"),
                java.time.LocalDate.of(2027, 3, 31)));

        ChurnAssessment risk = rep.accountChurn().churnRisk(id, Map.of("support_tickets_90d", 7, "plan", "silver"));

        assertThat(risk.prediction().probability()).isEqualTo(0.73);
        assertThat(risk.features()).isEqualTo(modelSaw.get());
        assertThat(risk.features().values()).containsEntry("industry", "Manufacturing")
                .containsEntry("size_band", "large").containsEntry("annual_revenue", new BigDecimal("500000.00"))
                .containsEntry("revenue_currency", "GBP").containsEntry("country", "GB")
                .containsEntry("team", "uk-enterprise").containsEntry("tags", "at-risk,key")
                .containsEntry("in_group", "no")
                .containsEntry("auto_renew", false).containsEntry("plan", "silver")
                .containsEntry("support_tickets_90d", 7)
                .containsEntry("days_since_last_activity", 39L).containsEntry("activities_last_90_days", 1)
                .containsEntry("open_deals", 1L).containsEntry("won_deals", 0L).containsEntry("lost_deals", 0L);
        assertThat((BigDecimal) risk.features().values().get("seats")).isEqualByComparingTo("120");
    }

    @Test
    void anAccountWithoutActivityHasNoRecencyAndTheUsualErrorsApply() {
        AccountId id = account();

        FeatureValues features = rep.accountChurn().churnRisk(id).features();

        assertThat(features.values()).doesNotContainKey("days_since_last_activity")
                .containsEntry("activities_last_90_days", 0);
        assertThatThrownBy(() -> crm.session(acme, Actor.user("rep-2", Role.SALES_REP)).accountChurn().churnRisk(id))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rep.accountChurn().churnRisk(AccountId.of(java.util.UUID.randomUUID())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> Crm.builder().persistence(store).build().session(acme, Actor.user("rep-1",
                Role.SALES_REP)).accountChurn().churnRisk(id)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Crm.builder().churnRiskModel");
    }
}
