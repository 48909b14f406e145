package org.smartbizflow.crm.contact;

import java.util.List;
import org.smartbizflow.crm.shared.FieldChange;

/** What an attempt to change a contact did: the fields it changed, or why it was refused. */
public sealed interface ContactChange {

    /**
     * The change was made; the list is empty when nothing differed.
     *
     * @param changes the fields that changed
     */
    record Applied(List<FieldChange> changes) implements ContactChange {
        public Applied {
            changes = List.copyOf(changes);
        }
    }

    /**
     * Nothing changed, because the contact's rules forbid it.
     *
     * @param reason why, in words a user can read
     */
    record Refused(String reason) implements ContactChange {
    }
}
