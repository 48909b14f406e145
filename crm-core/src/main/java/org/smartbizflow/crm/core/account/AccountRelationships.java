package org.smartbizflow.crm.core.account;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.smartbizflow.crm.account.Account;
import org.smartbizflow.crm.account.AccountEvent;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.account.AccountRelationship;
import org.smartbizflow.crm.account.RelationshipGraph;
import org.smartbizflow.crm.account.port.in.AccountRelationshipsUseCase;
import org.smartbizflow.crm.account.port.in.RelateAccounts;
import org.smartbizflow.crm.account.port.out.AccountRelationshipRepository;
import org.smartbizflow.crm.shared.Action;
import org.smartbizflow.crm.shared.FieldChange;
import org.smartbizflow.crm.shared.NotFoundException;
import org.smartbizflow.crm.shared.Preconditions;

/** Typed links between accounts: recorded against the "from" account's history and events. */
final class AccountRelationships {

    private final AccountService service;
    private final AccountRelationshipRepository links;

    AccountRelationships(AccountService service) {
        this.service = service;
        this.links = service.runtime().persistence().accountRelationships();
    }

    UUID relate(RelateAccounts command) {
        service.runtime().validate(command);
        return service.runtime().transactions().inTransaction(() -> {
            Account from = service.load(command.from());
            Account to = service.load(command.to());
            service.runtime().requireAccess(service.context(), Action.UPDATE, AccountService.access(from.view()));
            service.runtime().requireAccess(service.context(), Action.READ, AccountService.access(to.view()));
            Instant now = service.runtime().clock().instant();
            AccountRelationship link = new AccountRelationship(service.runtime().ids().next(), service.tenant(),
                    command.from(), command.to(), command.type(), command.role(), command.startsOn(),
                    command.endsOn(), now);
            links.insert(link);
            record(link, FieldChange.between("relationship", null, describe(link, to.profile().legalName())), now);
            return link.id();
        });
    }

    AccountRelationship end(UUID id, LocalDate endsOn) {
        Preconditions.notNull(id, "relationshipId");
        Preconditions.notNull(endsOn, "endsOn");
        return service.runtime().transactions().inTransaction(() -> {
            AccountRelationship link = links.find(service.tenant(), id)
                    .orElseThrow(() -> new NotFoundException("AccountRelationship", id));
            Account from = service.load(link.from());
            service.runtime().requireAccess(service.context(), Action.UPDATE, AccountService.access(from.view()));
            AccountRelationship ended = link.endingOn(endsOn);
            if (!ended.equals(link)) {
                links.update(ended);
                String other = service.load(link.to()).profile().legalName();
                record(ended, FieldChange.between("relationship", describe(link, other), describe(ended, other)),
                        service.runtime().clock().instant());
            }
            return ended;
        });
    }

    List<AccountRelationship> of(AccountId account) {
        Preconditions.notNull(account, "account");
        return service.readable(account, () -> links.of(service.tenant(), account));
    }

    RelationshipGraph graph(AccountId center, int depth, LocalDate day) {
        Preconditions.notNull(center, "center");
        Preconditions.notNull(day, "day");
        Preconditions.check(depth >= 1 && depth <= AccountRelationshipsUseCase.MAX_GRAPH_DEPTH, "depth",
                "must be between 1 and " + AccountRelationshipsUseCase.MAX_GRAPH_DEPTH);
        return service.readable(center, () -> links.graph(service.tenant(), center, depth, day));
    }

    private void record(AccountRelationship link, FieldChange change, Instant now) {
        service.audit(link.from(), List.of(change));
        service.runtime().recordEvents(List.of(new AccountEvent.AccountRelationshipChanged(service.tenant(),
                link.from(), link.id(), link.to(), link.type(), link.endsOn(), service.actor(), now)));
    }

    private static String describe(AccountRelationship link, String otherName) {
        return link.type() + " of " + otherName + " (" + link.to() + ")"
                + (link.role() == null ? "" : " as " + link.role())
                + (link.startsOn() == null ? "" : " from " + link.startsOn())
                + (link.endsOn() == null ? "" : " until " + link.endsOn());
    }
}
