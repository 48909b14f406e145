package org.smartbizflow.crm.jpa.internal.lead;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.contact.ContactId;
import org.smartbizflow.crm.lead.Attribution;
import org.smartbizflow.crm.lead.Conversion;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.lead.LeadMilestone;
import org.smartbizflow.crm.lead.LeadSort;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.shared.CustomFields;
import org.smartbizflow.crm.shared.Tag;
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

    static LeadView toView(LeadEntity row, CustomFields customFields, Set<Tag> tags) {
        String[] a = row.attribution();
        UUID[] c = row.conversion();
        Conversion conversion = c[0] == null ? null
                : new Conversion(AccountId.of(c[0]), ContactId.of(c[1]), c[2] == null ? null : OpportunityId.of(c[2]));
        return new LeadView(LeadId.of(row.id()), TenantId.of(row.tenantId()), UserId.of(row.ownerId()), row.name(),
                row.company(), row.email() == null ? null : EmailAddress.of(row.email()),
                row.phone() == null ? null : PhoneNumber.of(row.phone()), LeadSource.valueOf(row.source()),
                LeadStatus.valueOf(row.status()), row.version(), row.createdAt(), row.updatedAt(),
                row.mergedInto() == null ? null : LeadId.of(row.mergedInto()), qualificationOf(row),
                new Attribution(a[0], a[1], a[2], a[3], a[4], a[5], a[6]), customFields, new TreeSet<>(tags),
                row.score(), row.qualifiedAt(), row.convertedAt(), conversion);
    }

    static String[] attributionColumns(Attribution a) {
        return new String[] {a.campaignId(), a.campaignName(), a.utmSource(), a.utmMedium(), a.utmCampaign(),
            a.utmTerm(), a.utmContent()};
    }

    static UUID[] conversionColumns(Conversion c) {
        return c == null ? new UUID[3] : new UUID[] {c.accountId().value(), c.contactId().value(),
            c.opportunityId() == null ? null : c.opportunityId().value()};
    }

    static Long seconds(LeadView state, LeadMilestone milestone) {
        return milestone.secondsToReach(state);
    }

    static LocalDate createdDay(LeadView state) {
        return LocalDate.ofInstant(state.createdAt(), ZoneOffset.UTC);
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
        row.attribute(attributionColumns(state.attribution()));
        row.profile(state.score(), state.qualifiedAt(), state.convertedAt(), seconds(state, LeadMilestone.QUALIFIED),
                seconds(state, LeadMilestone.CONVERTED), createdDay(state), LeadSort.sortText(state.name()),
                LeadSort.sortText(state.company()), conversionColumns(state.conversion()));
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
