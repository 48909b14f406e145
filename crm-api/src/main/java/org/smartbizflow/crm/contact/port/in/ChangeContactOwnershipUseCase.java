package org.smartbizflow.crm.contact.port.in;

import org.smartbizflow.crm.contact.ContactChange;

/** Change who owns a contact and whom it reports to. */
public interface ChangeContactOwnershipUseCase {

    /** @return the change made, or why it was refused (an erased contact) */
    ContactChange assign(AssignContact command);

    /**
     * @return the change made, or why it was refused: a reporting line never loops, so a
     *         contact cannot report to itself or to anyone who reports to it
     * @throws org.smartbizflow.crm.shared.NotFoundException when the contact or the manager
     *         does not exist
     */
    ContactChange reportTo(ChangeReportsTo command);
}
