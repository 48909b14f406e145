package org.smartbizflow.crm.core.contact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.account.AccountView;
import org.smartbizflow.crm.account.RelationshipGraph;
import org.smartbizflow.crm.account.port.in.AccountRelationshipsUseCase;
import org.smartbizflow.crm.contact.AccountNetwork;
import org.smartbizflow.crm.contact.ContactAccountLink;
import org.smartbizflow.crm.contact.ContactEvent;
import org.smartbizflow.crm.contact.ContactId;
import org.smartbizflow.crm.contact.ContactLinkFilter;
import org.smartbizflow.crm.contact.ContactView;
import org.smartbizflow.crm.contact.port.in.AccountContacts;
import org.smartbizflow.crm.contact.port.in.ChangeContactAccountLink;
import org.smartbizflow.crm.contact.port.in.LinkContactToAccount;
import org.smartbizflow.crm.contact.port.out.ContactAccountLinkRepository;
import org.smartbizflow.crm.core.runtime.CoreRuntime;
import org.smartbizflow.crm.shared.Action;
import org.smartbizflow.crm.shared.CallContext;
import org.smartbizflow.crm.shared.NotFoundException;
import org.smartbizflow.crm.shared.Page;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.RecordAccess;
import org.smartbizflow.crm.shared.UserId;
import org.smartbizflow.crm.shared.ValidationException;
import org.smartbizflow.crm.shared.Visibility;

/**
 * Contacts' links to accounts. Changes are the contact's: they need the right to change the
 * contact and to read the account, land in the contact's history (field {@code accountLink})
 * and raise {@link ContactEvent.ContactAccountLinkChanged}.
 */
final class ContactAccountLinks {

    private static final String FIELD = "accountLink";
    private static final String LINK = "ContactAccountLink";
    private static final String ACCOUNT = "Account";

    private final CoreRuntime runtime;
    private final CallContext context;
    private final ContactService contacts;
    private final ContactAccountLinkRepository links;

    ContactAccountLinks(CoreRuntime runtime, CallContext context, ContactService contacts) {
        this.runtime = runtime;
        this.context = context;
        this.contacts = contacts;
        this.links = runtime.persistence().contactAccountLinks();
    }

    UUID link(LinkContactToAccount command) {
        runtime.validate(command);
        ContactAccountLink.checkDates(command.startsOn(), command.endsOn());
        return runtime.transactions().inTransaction(() -> {
            ContactView contact = changeableContact(command.contactId());
            readableAccount(command.accountId());
            Instant now = runtime.clock().instant();
            ContactAccountLink link = new ContactAccountLink(runtime.ids().next(), context.tenantId(),
                    command.contactId(), command.accountId(), command.type(), command.role(), command.startsOn(),
                    command.endsOn(), command.primary(), now);
            if (link.primary()) {
                demoteOtherPrimaries(contact.id(), link.id(), now);
            }
            links.insert(link);
            record(link, null, link.describe(), false, now);
            return link.id();
        });
    }

    ContactAccountLink change(ChangeContactAccountLink command) {
        runtime.validate(command);
        ContactAccountLink.checkDates(command.startsOn(), command.endsOn());
        return runtime.transactions().inTransaction(() -> {
            ContactAccountLink link = load(command.linkId());
            changeableContact(link.contactId());
            ContactAccountLink changed = link.changedTo(command.type(), command.role(), command.startsOn(),
                    command.endsOn(), command.primary());
            return store(link, changed);
        });
    }

    ContactAccountLink end(UUID linkId, LocalDate endsOn) {
        Preconditions.notNull(linkId, "linkId");
        Preconditions.notNull(endsOn, "endsOn");
        return runtime.transactions().inTransaction(() -> {
            ContactAccountLink link = load(linkId);
            changeableContact(link.contactId());
            return store(link, link.endingOn(endsOn));
        });
    }

    void unlink(UUID linkId) {
        Preconditions.notNull(linkId, "linkId");
        runtime.transactions().inTransaction(() -> {
            ContactAccountLink link = load(linkId);
            changeableContact(link.contactId());
            links.delete(context.tenantId(), linkId);
            record(link, link.describe(), null, true, runtime.clock().instant());
            return null;
        });
    }

    List<ContactAccountLink> ofContact(ContactId contactId) {
        Preconditions.notNull(contactId, "contactId");
        return runtime.transactions().inTransaction(() -> {
            ContactView contact = contacts.load(contactId).view();
            runtime.requireAccess(context, Action.READ, ContactService.access(contact));
            return links.ofContact(context.tenantId(), contactId);
        });
    }

    Page<ContactAccountLink> ofAccount(AccountContacts query) {
        runtime.validate(query);
        return runtime.transactions().inTransaction(() -> {
            readableAccount(query.accountId());
            ContactLinkFilter filter = new ContactLinkFilter(query.types(), query.currentOn(), Set.of());
            Visibility visibility = runtime.accessPolicy().visibility(context.actor(), ContactService.RECORD_TYPE);
            if (visibility instanceof Visibility.OwnedBy ownedBy) {
                if (ownedBy.owners().isEmpty()) {
                    return Page.last(List.of());
                }
                filter = filter.ownedBy(ownedBy.owners());
            }
            return links.ofAccount(context.tenantId(), query.accountId(), filter, query.page());
        });
    }

    AccountNetwork network(AccountId center, int depth, LocalDate day) {
        Preconditions.notNull(center, "center");
        Preconditions.notNull(day, "day");
        Preconditions.check(depth >= 1 && depth <= AccountRelationshipsUseCase.MAX_GRAPH_DEPTH, "depth",
                "must be between 1 and " + AccountRelationshipsUseCase.MAX_GRAPH_DEPTH);
        AccountNetwork network = runtime.transactions().inTransaction(() -> {
            readableAccount(center);
            RelationshipGraph accounts = runtime.persistence().accountRelationships()
                    .graph(context.tenantId(), center, depth, day);
            return links.network(context.tenantId(), accounts, day);
        });
        Visibility visibility = runtime.accessPolicy().visibility(context.actor(), ContactService.RECORD_TYPE);
        if (!(visibility instanceof Visibility.OwnedBy ownedBy)) {
            return network;
        }
        Set<UserId> owners = ownedBy.owners();
        List<AccountNetwork.ContactNode> visible = network.contacts().stream()
                .filter(n -> owners.contains(n.ownerId())).toList();
        Set<ContactId> ids = new HashSet<>();
        visible.forEach(n -> ids.add(n.id()));
        return new AccountNetwork(network.accounts(), visible,
                network.contactLinks().stream().filter(l -> ids.contains(l.contactId())).toList());
    }


    private ContactAccountLink store(ContactAccountLink link, ContactAccountLink changed) {
        if (changed.equals(link)) {
            return link;
        }
        Instant now = runtime.clock().instant();
        if (changed.primary() && !link.primary()) {
            demoteOtherPrimaries(link.contactId(), link.id(), now);
        }
        links.update(changed);
        record(changed, link.describe(), changed.describe(), false, now);
        return changed;
    }

    /** At most one primary link per contact: making one primary makes the others plain. */
    private void demoteOtherPrimaries(ContactId contactId, UUID keep, Instant now) {
        List<ContactAccountLink> demoted = new ArrayList<>();
        for (ContactAccountLink other : links.ofContact(context.tenantId(), contactId)) {
            if (other.primary() && !other.id().equals(keep)) {
                demoted.add(other);
            }
        }
        for (ContactAccountLink other : demoted) {
            ContactAccountLink plain = other.withPrimary(false);
            links.update(plain);
            record(plain, other.describe(), plain.describe(), false, now);
        }
    }

    private ContactAccountLink load(UUID id) {
        return links.find(context.tenantId(), id).orElseThrow(() -> new NotFoundException(LINK, id));
    }

    private ContactView changeableContact(ContactId id) {
        ContactView contact = contacts.load(id).view();
        runtime.requireAccess(context, Action.UPDATE, ContactService.access(contact));
        if (contact.erased()) {
            throw new ValidationException("contactId", "the contact's personal data was erased: " + id);
        }
        return contact;
    }

    private AccountView readableAccount(AccountId id) {
        AccountView account = runtime.persistence().accounts().find(context.tenantId(), id)
                .orElseThrow(() -> new NotFoundException(ACCOUNT, id)).view();
        runtime.requireAccess(context, Action.READ,
                new RecordAccess(ACCOUNT, account.id().toString(), account.ownerId()));
        return account;
    }

    private void record(ContactAccountLink link, String before, String after, boolean removed, Instant now) {
        runtime.audit(List.of(runtime.auditEntry(context, ContactService.RECORD_TYPE, link.contactId(), FIELD, before,
                after)));
        runtime.recordEvents(List.of(new ContactEvent.ContactAccountLinkChanged(context.tenantId(), link.contactId(),
                link.id(), link.accountId(), link.type(), link.endsOn(), removed, context.actor().userId(), now)));
    }
}
