package org.smartbizflow.crm.core.lead;

import java.util.List;
import java.util.Optional;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.account.AccountNames;
import org.smartbizflow.crm.account.AccountProfile;
import org.smartbizflow.crm.account.AccountView;
import org.smartbizflow.crm.account.DomainName;
import org.smartbizflow.crm.account.FreeMailDomains;
import org.smartbizflow.crm.account.port.in.CreateAccount;
import org.smartbizflow.crm.activity.RecordLink;
import org.smartbizflow.crm.contact.ContactId;
import org.smartbizflow.crm.contact.ContactProfile;
import org.smartbizflow.crm.contact.ContactView;
import org.smartbizflow.crm.contact.port.in.CreateContact;
import org.smartbizflow.crm.core.account.AccountUseCases;
import org.smartbizflow.crm.core.contact.ContactUseCases;
import org.smartbizflow.crm.core.opportunity.OpportunityUseCases;
import org.smartbizflow.crm.core.runtime.CoreRuntime;
import org.smartbizflow.crm.lead.Conversion;
import org.smartbizflow.crm.lead.Lead;
import org.smartbizflow.crm.lead.LeadView;
import org.smartbizflow.crm.lead.StatusChange;
import org.smartbizflow.crm.lead.port.in.ConversionResult;
import org.smartbizflow.crm.lead.port.in.ConvertLead;
import org.smartbizflow.crm.opportunity.OpportunityDetails;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.opportunity.port.in.CreateOpportunity;
import org.smartbizflow.crm.shared.CallContext;
import org.smartbizflow.crm.shared.InvalidStateTransition;
import org.smartbizflow.crm.shared.NotFoundException;
import org.smartbizflow.crm.lead.LeadStatus;

/**
 * One conversion, inside the caller's transaction: finds or creates the account and the
 * contact, opens the opportunity, and marks the lead converted with what it became. Accounts,
 * contacts and opportunities are created through their own use cases, so their validation,
 * access checks, audit and events apply exactly as for a user creating them.
 */
final class LeadConversion {

    private final CoreRuntime runtime;
    private final CallContext context;

    LeadConversion(CoreRuntime runtime, CallContext context) {
        this.runtime = runtime;
        this.context = context;
    }

    ConversionResult convert(Lead lead, ConvertLead command) {
        LeadView v = lead.view();
        DomainName domain = companyDomain(v);
        AccountId accountId;
        boolean accountCreated = false;
        if (command.accountId() != null) {
            accountId = runtime.persistence().accounts().find(context.tenantId(), command.accountId())
                    .orElseThrow(() -> new NotFoundException("Account", command.accountId())).id();
        } else {
            Optional<AccountView> match = matchAccount(v, domain);
            if (match.isPresent()) {
                accountId = match.get().id();
            } else {
                AccountProfile profile = AccountProfile.named(v.company() != null ? v.company() : v.name());
                if (domain != null) {
                    profile = profile.withDomains(domain);
                }
                accountId = AccountUseCases.bind(runtime, context).create(new CreateAccount(profile, v.ownerId()));
                accountCreated = true;
            }
        }
        ContactId contactId;
        boolean contactCreated = false;
        Optional<ContactView> known = v.email() == null ? Optional.empty()
                : runtime.persistence().contacts().findByEmail(context.tenantId(), v.email());
        if (known.isPresent()) {
            contactId = known.get().id();
        } else {
            ContactProfile profile = ContactProfile.named(v.name()).withAccount(accountId);
            if (v.email() != null) {
                profile = profile.withEmails(v.email());
            }
            if (v.phone() != null) {
                profile = profile.withPhones(v.phone());
            }
            contactId = ContactUseCases.bind(runtime, context).create(new CreateContact(profile, v.ownerId(), null));
            contactCreated = true;
        }
        OpportunityId opportunityId = null;
        if (command.opportunity() != null) {
            ConvertLead.NewOpportunity deal = command.opportunity();
            OpportunityDetails details = new OpportunityDetails(deal.name(), accountId, contactId, v.ownerId(), null,
                    null, deal.amount(), deal.expectedCloseDate(), null, List.of(), List.of(), null);
            opportunityId = OpportunityUseCases.opportunities(runtime, context)
                    .create(new CreateOpportunity(details, null, null));
        }
        Conversion conversion = new Conversion(accountId, contactId, opportunityId);
        StatusChange change = lead.convert(conversion, context.actor().userId(), runtime.clock().instant());
        if (!(change instanceof StatusChange.Changed)) {
            throw new InvalidStateTransition("Lead", v.status(), LeadStatus.CONVERTED);
        }
        runtime.persistence().leads().update(lead);
        // the lead's history shows on what it became; the lead keeps it too
        int activitiesLinked = runtime.persistence().activities().linkAlso(context.tenantId(),
                RecordLink.lead(lead.id()), ConvertedLeadActivityFiling.became(conversion), runtime.clock().instant());
        if (activitiesLinked > 0) {
            runtime.audit(List.of(runtime.auditEntry(context, LeadService.RECORD_TYPE, lead.id(), "activitiesLinked",
                    null, activitiesLinked)));
            if (opportunityId != null) {
                // the new deal was estimated before it had the lead's calls, meetings and e-mails
                OpportunityUseCases.reestimate(runtime, context, List.of(opportunityId));
            }
        }
        runtime.audit(List.of(
                runtime.auditEntry(context, LeadService.RECORD_TYPE, lead.id(), "status", v.status(), LeadStatus.CONVERTED),
                runtime.auditEntry(context, LeadService.RECORD_TYPE, lead.id(), "convertedAccount", null, accountId),
                runtime.auditEntry(context, LeadService.RECORD_TYPE, lead.id(), "convertedContact", null, contactId),
                runtime.auditEntry(context, LeadService.RECORD_TYPE, lead.id(), "convertedOpportunity", null,
                        opportunityId)));
        runtime.recordEvents(lead.pullEvents());
        return new ConversionResult.Converted(lead.id(), accountId, accountCreated, contactId, contactCreated,
                opportunityId, false);
    }

    /** The account of the e-mail's domain, else of the company's name (first in id order). */
    private Optional<AccountView> matchAccount(LeadView v, DomainName domain) {
        if (domain != null) {
            List<AccountView> byDomain = runtime.persistence().accounts().findByDomain(context.tenantId(), domain);
            if (!byDomain.isEmpty()) {
                return Optional.of(byDomain.get(0));
            }
        }
        if (v.company() != null) {
            List<AccountView> byName = runtime.persistence().accounts().findByNormalisedName(context.tenantId(),
                    AccountNames.normalise(v.company()));
            if (!byName.isEmpty()) {
                return Optional.of(byName.get(0));
            }
        }
        return Optional.empty();
    }

    private static DomainName companyDomain(LeadView v) {
        if (v.email() == null) {
            return null;
        }
        return FreeMailDomains.companyDomain(v.email()).orElse(null);
    }
}
