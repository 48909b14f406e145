package org.smartbizflow.crm.opportunity;

import java.time.LocalDate;
import java.util.List;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.contact.ContactId;
import org.smartbizflow.crm.shared.CustomFields;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.UserId;

/**
 * The fields of an opportunity a user edits directly (stage, probability and forecast category
 * change through their own operations). Null clears an optional field.
 *
 * @param name              what the deal is called
 * @param accountId         customer account, or null
 * @param primaryContactId  main contact, or null
 * @param ownerId           responsible user
 * @param team              owner's team key, or null
 * @param territory         territory key, or null
 * @param amount            value in the deal's currency, or null
 * @param expectedCloseDate expected close date
 * @param nextStep          next action, or null
 * @param contactRoles      contacts and their roles
 * @param competitors       competitor names
 * @param customFields      the host's fields
 */
public record OpportunityDetails(String name, AccountId accountId, ContactId primaryContactId, UserId ownerId,
                                 String team, String territory, Money amount, LocalDate expectedCloseDate,
                                 String nextStep, List<ContactRole> contactRoles, List<String> competitors,
                                 CustomFields customFields) {

    public OpportunityDetails {
        contactRoles = contactRoles == null ? List.of() : List.copyOf(contactRoles);
        competitors = competitors == null ? List.of() : List.copyOf(competitors);
        customFields = customFields == null ? CustomFields.none() : customFields;
    }

    /** The editable fields of a stored deal, to change one or two with the {@code with...} methods. */
    public static OpportunityDetails of(OpportunityView deal) {
        return new OpportunityDetails(deal.name(), deal.accountId(), deal.primaryContactId(), deal.ownerId(),
                deal.team(), deal.territory(), deal.amount(), deal.expectedCloseDate(), deal.nextStep(),
                deal.contactRoles(), deal.competitors(), deal.customFields());
    }

    public OpportunityDetails withAmount(Money newAmount) {
        return new OpportunityDetails(name, accountId, primaryContactId, ownerId, team, territory, newAmount,
                expectedCloseDate, nextStep, contactRoles, competitors, customFields);
    }

    public OpportunityDetails withExpectedCloseDate(LocalDate newDate) {
        return new OpportunityDetails(name, accountId, primaryContactId, ownerId, team, territory, amount, newDate,
                nextStep, contactRoles, competitors, customFields);
    }

    public OpportunityDetails withPrimaryContact(ContactId contact) {
        return new OpportunityDetails(name, accountId, contact, ownerId, team, territory, amount, expectedCloseDate,
                nextStep, contactRoles, competitors, customFields);
    }

    public OpportunityDetails withNextStep(String step) {
        return new OpportunityDetails(name, accountId, primaryContactId, ownerId, team, territory, amount,
                expectedCloseDate, step, contactRoles, competitors, customFields);
    }

    public OpportunityDetails withContactRoles(List<ContactRole> roles) {
        return new OpportunityDetails(name, accountId, primaryContactId, ownerId, team, territory, amount,
                expectedCloseDate, nextStep, roles, competitors, customFields);
    }

    public OpportunityDetails withCompetitors(List<String> names) {
        return new OpportunityDetails(name, accountId, primaryContactId, ownerId, team, territory, amount,
                expectedCloseDate, nextStep, contactRoles, names, customFields);
    }

    public OpportunityDetails withOwner(UserId owner, String ownerTeam, String ownerTerritory) {
        return new OpportunityDetails(name, accountId, primaryContactId, owner, ownerTeam, ownerTerritory, amount,
                expectedCloseDate, nextStep, contactRoles, competitors, customFields);
    }

    public OpportunityDetails withCustomFields(CustomFields fields) {
        return new OpportunityDetails(name, accountId, primaryContactId, ownerId, team, territory, amount,
                expectedCloseDate, nextStep, contactRoles, competitors, fields);
    }
}
