package org.smartbizflow.crm.contact.port.in;

/** All contact use cases, bound to one tenant and actor by a CRM session. */
public interface Contacts extends CreateContactUseCase, GetContactUseCase, ListContactsUseCase, UpdateContactUseCase,
        ChangeContactOwnershipUseCase, ConsentUseCase, SegmentContactsUseCase, ContactAccountLinksUseCase,
        ContactSegmentsUseCase, ContactListsUseCase, ImportContactsUseCase, ExportContactsUseCase {
}
