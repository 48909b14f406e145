package org.smartbizflow.crm.account;

import java.time.Instant;
import java.util.List;
import org.smartbizflow.crm.shared.DomainEvent;
import org.smartbizflow.crm.shared.FieldChange;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;

/** Events of an account's life: what hosts and other contexts react to. */
public sealed interface AccountEvent extends DomainEvent {

    AccountId accountId();

    @Override
    default String aggregateId() {
        return accountId().toString();
    }

    /**
     * An account was created.
     *
     * @param tenantId   tenant
     * @param accountId  the new account
     * @param legalName  its legal name
     * @param ownerId    its owner
     * @param createdBy  who created it
     * @param occurredAt when
     */
    record AccountCreated(TenantId tenantId, AccountId accountId, String legalName, UserId ownerId, UserId createdBy,
                          Instant occurredAt) implements AccountEvent {
    }

    /**
     * An account's profile changed.
     *
     * @param tenantId   tenant
     * @param accountId  the account
     * @param changes    the fields that changed
     * @param changedBy  who changed them
     * @param occurredAt when
     */
    record AccountProfileChanged(TenantId tenantId, AccountId accountId, List<FieldChange> changes, UserId changedBy,
                                 Instant occurredAt) implements AccountEvent {
        public AccountProfileChanged {
            changes = List.copyOf(changes);
        }
    }

    /**
     * An account was handed to another owner.
     *
     * @param tenantId   tenant
     * @param accountId  the account
     * @param from       previous owner
     * @param to         new owner
     * @param changedBy  who reassigned it
     * @param occurredAt when
     */
    record AccountOwnerChanged(TenantId tenantId, AccountId accountId, UserId from, UserId to, UserId changedBy,
                               Instant occurredAt) implements AccountEvent {
    }

    /**
     * An account (with its whole subtree) was moved in the hierarchy.
     *
     * @param tenantId   tenant
     * @param accountId  the account moved
     * @param fromParent its parent before, or null when it was top level
     * @param toParent   its parent now, or null when it is now top level
     * @param movedBy    who moved it
     * @param occurredAt when
     */
    record AccountMoved(TenantId tenantId, AccountId accountId, AccountId fromParent, AccountId toParent,
                        UserId movedBy, Instant occurredAt) implements AccountEvent {
    }

    /**
     * An account was put in another territory.
     *
     * @param tenantId   tenant
     * @param accountId  the account
     * @param from       its territory before, or null
     * @param to         its territory now, or null
     * @param changedBy  who (or which realignment) moved it
     * @param occurredAt when
     */
    record AccountTerritoryChanged(TenantId tenantId, AccountId accountId, TerritoryId from, TerritoryId to,
                                   UserId changedBy, Instant occurredAt) implements AccountEvent {
    }

    /**
     * An account's KYC record or screening result changed.
     *
     * @param tenantId   tenant
     * @param accountId  the account
     * @param kycStatus  the KYC status now
     * @param sanctioned whether the last screening reported a sanctions hit
     * @param changes    the fields that changed
     * @param changedBy  who recorded it
     * @param occurredAt when
     */
    record AccountComplianceChanged(TenantId tenantId, AccountId accountId, KycStatus kycStatus, boolean sanctioned,
                                    List<FieldChange> changes, UserId changedBy, Instant occurredAt)
            implements AccountEvent {
        public AccountComplianceChanged {
            changes = List.copyOf(changes);
        }
    }

    /**
     * A typed link between two accounts was recorded or ended.
     *
     * @param tenantId       tenant
     * @param accountId      the account the statement is about ("from")
     * @param relationshipId the relationship
     * @param other          the other account ("to")
     * @param linkType       the kind of link
     * @param endsOn         the last day it holds, or null while it lasts
     * @param changedBy      who recorded it
     * @param occurredAt     when
     */
    record AccountRelationshipChanged(TenantId tenantId, AccountId accountId, java.util.UUID relationshipId,
                                      AccountId other, RelationshipType linkType, java.time.LocalDate endsOn,
                                      UserId changedBy, Instant occurredAt) implements AccountEvent {
    }
}
