package org.smartbizflow.crm.jpa.internal.lead;

import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.lead.LeadSource;
import org.smartbizflow.crm.lead.LeadStatus;
import org.smartbizflow.crm.lead.LeadView;
import org.smartbizflow.crm.lead.Qualification;
import org.smartbizflow.crm.lead.ReasonCode;
import org.smartbizflow.crm.shared.EmailAddress;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.PhoneNumber;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;

/** Moves lead state between the domain's {@link LeadView} and the row. */
final class LeadMapper {

    private LeadMapper() {
    }

    static LeadView toView(LeadEntity row) {
        return new LeadView(LeadId.of(row.id()), TenantId.of(row.tenantId()), UserId.of(row.ownerId()), row.name(),
                row.company(), row.email() == null ? null : EmailAddress.of(row.email()),
                row.phone() == null ? null : PhoneNumber.of(row.phone()), LeadSource.valueOf(row.source()),
                LeadStatus.valueOf(row.status()), row.version(), row.createdAt(), row.updatedAt(),
                row.mergedInto() == null ? null : LeadId.of(row.mergedInto()), qualificationOf(row));
    }

    private static Qualification qualificationOf(LeadEntity row) {
        if (row.budgetAmount() == null && row.decisionMaker() == null && row.need() == null && row.decisionBy() == null
                && row.disqualifyReason() == null && row.disqualifyNote() == null) {
            return null;
        }
        Money budget = row.budgetAmount() == null ? null
                : Money.of(row.budgetAmount().stripTrailingZeros(), row.budgetCurrency());
        return new Qualification(budget, row.decisionMaker(), row.need(), row.decisionBy(),
                row.disqualifyReason() == null ? null : ReasonCode.of(row.disqualifyReason()), row.disqualifyNote());
    }

    static LeadEntity newRow(LeadView state) {
        LeadEntity row = new LeadEntity(state.id().value(), state.tenantId().value());
        copyInto(state, row);
        return row;
    }

    static void copyInto(LeadView state, LeadEntity row) {
        row.assign(state.ownerId().value(), state.name(), state.company(),
                state.email() == null ? null : state.email().value(),
                state.phone() == null ? null : state.phone().e164(), state.source().name(), state.status().name(),
                state.createdAt(), state.updatedAt(), state.mergedInto() == null ? null : state.mergedInto().value());
        Qualification q = state.qualification();
        if (q == null) {
            row.qualify(null, null, null, null, null, null, null);
        } else {
            row.qualify(q.budget() == null ? null : q.budget().amount(),
                    q.budget() == null ? null : q.budget().currency().getCurrencyCode(), q.decisionMaker(), q.need(),
                    q.decisionBy(), q.disqualifiedFor() == null ? null : q.disqualifiedFor().value(), q.disqualifyNote());
        }
    }
}
