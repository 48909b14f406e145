package org.smartbizflow.crm.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.shared.InvalidStateTransition;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;

class LeadLifecycleProperties {

    private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

    private static Lead newLead() {
        return Lead.capture(LeadId.of(UUID.randomUUID()), TenantId.of("acme"), UserId.of("u-1"), "Ada Lovelace",
                "Analytical Engines", null, null, LeadSource.WEB_FORM, T0);
    }

    @Property
    void noSequenceOfCommandsReachesAnIllegalState(@ForAll @Size(max = 40) List<LeadStatus> commands) {
        Lead lead = newLead();
        boolean converted = false;
        int events = 1;
        for (LeadStatus target : commands) {
            LeadStatus before = lead.status();
            StatusChange result = lead.changeStatus(target, UserId.of("u-1"), T0.plusSeconds(60));
            if (result instanceof StatusChange.Changed) {
                assertThat(before.canMoveTo(target)).isTrue();
                assertThat(target).as("only convert(..) converts").isNotEqualTo(LeadStatus.CONVERTED);
                assertThat(converted).as("nothing moves after CONVERTED").isFalse();
                events++;
            } else if (result instanceof StatusChange.Unchanged) {
                assertThat(target).isEqualTo(before);
            } else {
                assertThat(result).isInstanceOf(StatusChange.Refused.class);
                assertThat(before.canMoveTo(target) && target != LeadStatus.CONVERTED).isFalse();
                assertThat(((StatusChange.Refused) result).allowed()).doesNotContain(LeadStatus.CONVERTED);
                assertThat(lead.status()).isEqualTo(before);
            }
            if (lead.status() == LeadStatus.CONVERTED) {
                converted = true;
            }
        }
        assertThat(lead.pullEvents()).hasSize(events);
    }

    @Property
    void onlyQualifiedLeadsConvert(@ForAll LeadStatus from) {
        assertThat(from.canMoveTo(LeadStatus.CONVERTED)).isEqualTo(from == LeadStatus.QUALIFIED);
    }

    @Test
    void aConvertedLeadCannotBeRequalified() {
        Lead lead = newLead();
        lead.moveTo(LeadStatus.QUALIFIED, UserId.of("u-1"), T0);
        lead.convert(new Conversion(org.smartbizflow.crm.account.AccountId.of(UUID.randomUUID()),
                org.smartbizflow.crm.contact.ContactId.of(UUID.randomUUID()), null), UserId.of("u-1"), T0);
        StatusChange result = lead.changeStatus(LeadStatus.QUALIFIED, UserId.of("u-1"), T0);
        assertThat(result).isInstanceOf(StatusChange.Refused.class);
        assertThat(((StatusChange.Refused) result).reason()).contains("final");
        assertThatThrownBy(() -> lead.moveTo(LeadStatus.WORKING, UserId.of("u-1"), T0))
                .isInstanceOf(InvalidStateTransition.class);
    }

    @Test
    void aPlainStatusChangeNeverConverts() {
        Lead lead = newLead();
        lead.moveTo(LeadStatus.QUALIFIED, UserId.of("u-1"), T0);

        StatusChange result = lead.changeStatus(LeadStatus.CONVERTED, UserId.of("u-1"), T0);

        assertThat(result).isInstanceOfSatisfying(StatusChange.Refused.class, refused -> {
            assertThat(refused.reason()).contains("converted only by converting it");
            assertThat(refused.allowed()).containsExactlyInAnyOrder(LeadStatus.WORKING, LeadStatus.NURTURING,
                    LeadStatus.UNQUALIFIED);
        });
        assertThat(lead.status()).isEqualTo(LeadStatus.QUALIFIED);
        assertThat(lead.view().conversion()).isNull();
        assertThatThrownBy(() -> lead.moveTo(LeadStatus.CONVERTED, UserId.of("u-1"), T0))
                .isInstanceOf(InvalidStateTransition.class);
    }

    @Test
    void captureRecordsAnEventAndRestoreDoesNot() {
        Lead lead = newLead();
        assertThat(lead.pullEvents()).singleElement().isInstanceOf(LeadEvent.LeadCaptured.class);
        Lead restored = Lead.restore(lead.view());
        assertThat(restored.pullEvents()).isEmpty();
        assertThat(restored.view()).isEqualTo(lead.view());
    }
}
