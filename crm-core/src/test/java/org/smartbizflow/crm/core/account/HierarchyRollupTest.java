package org.smartbizflow.crm.core.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.account.AccountProfile;
import org.smartbizflow.crm.account.HierarchyRollup;
import org.smartbizflow.crm.account.port.in.CreateAccount;
import org.smartbizflow.crm.account.port.in.MoveAccount;
import org.smartbizflow.crm.contact.ContactProfile;
import org.smartbizflow.crm.contact.port.in.CreateContact;
import org.smartbizflow.crm.core.Crm;
import org.smartbizflow.crm.core.CrmSession;
import org.smartbizflow.crm.opportunity.OpportunityDetails;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.opportunity.PipelineView;
import org.smartbizflow.crm.opportunity.Stage;
import org.smartbizflow.crm.opportunity.StageType;
import org.smartbizflow.crm.opportunity.port.in.CreateOpportunity;
import org.smartbizflow.crm.opportunity.port.in.MoveOpportunity;
import org.smartbizflow.crm.shared.Actor;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.Role;
import org.smartbizflow.crm.shared.TenantId;

/** Roll-ups over a subtree count the deals and contacts of every account in it, and nothing outside. */
class HierarchyRollupTest {

    private final CrmSession session = Crm.inMemory().session(TenantId.of("acme"),
            Actor.user("m-1", Role.SALES_MANAGER));

    private AccountId account(String name, AccountId parent) {
        AccountId id = session.accounts().create(new CreateAccount(AccountProfile.named(name)));
        if (parent != null) {
            session.accounts().move(MoveAccount.under(id, parent));
        }
        return id;
    }

    private OpportunityId deal(AccountId account, String amount, String currency) {
        CreateOpportunity create = CreateOpportunity.of("Deal " + amount, Money.of(amount, currency),
                LocalDate.of(2027, 6, 30));
        OpportunityDetails d = create.details();
        return session.opportunities().create(create.with(new OpportunityDetails(d.name(), account,
                d.primaryContactId(), d.ownerId(), d.team(), d.territory(), d.amount(), d.expectedCloseDate(),
                d.nextStep(), d.contactRoles(), d.competitors(), d.customFields())));
    }

    @Test
    void rollsUpOpenPipelineWonRevenueAndContactsOverTheSubtree() {
        AccountId group = account("Group", null);
        AccountId child = account("Child", group);
        AccountId grandchild = account("Grandchild", child);
        AccountId outside = account("Outside", null);
        deal(group, "100.00", "EUR");
        deal(grandchild, "50.00", "EUR");
        deal(child, "7.00", "USD");
        deal(outside, "999.00", "EUR");
        OpportunityId won = deal(grandchild, "30.00", "EUR");
        OpportunityId lost = deal(child, "40.00", "EUR");
        PipelineView pipeline = session.pipelines().defaultPipeline();
        Stage wonStage = pipeline.stages().stream().filter(s -> s.type() == StageType.WON).findFirst().orElseThrow();
        Stage lostStage = pipeline.stages().stream().filter(s -> s.type() == StageType.LOST).findFirst()
                .orElseThrow();
        session.opportunities().move(MoveOpportunity.to(won, wonStage.id()));
        session.opportunities().move(MoveOpportunity.lost(lost, lostStage.id(), "price"));
        session.contacts().create(CreateContact.of(ContactProfile.named("Ada").withAccount(group)));
        session.contacts().create(CreateContact.of(ContactProfile.named("Grace").withAccount(grandchild)));
        session.contacts().create(CreateContact.of(ContactProfile.named("Alan").withAccount(outside)));

        HierarchyRollup rollup = session.accounts().rollup(group);

        assertThat(rollup.accounts()).isEqualTo(3);
        assertThat(rollup.openPipeline()).containsExactly(Money.of("150.00", "EUR"), Money.of("7.00", "USD"));
        assertThat(rollup.wonRevenue()).containsExactly(Money.of("30.00", "EUR"));
        assertThat(rollup.contacts()).isEqualTo(2);
        assertThat(session.accounts().rollup(child).openPipeline())
                .isEqualTo(List.of(Money.of("50.00", "EUR"), Money.of("7.00", "USD")));
    }
}
