package org.smartbizflow.crm.shared.port.out;

import org.smartbizflow.crm.shared.Action;
import org.smartbizflow.crm.shared.Actor;
import org.smartbizflow.crm.shared.RecordAccess;
import org.smartbizflow.crm.shared.Visibility;

/**
 * Decides what an actor may see and change. Hosts plug in their own rules; the core module
 * ships common ones. Decisions are per record for reads and writes, and as a
 * {@link Visibility} restriction that list queries push down to the database.
 */
public interface AccessPolicy {

    /** May the actor perform the action on the record described? */
    boolean permits(Actor actor, Action action, RecordAccess record);

    /** Which records of a type the actor may see in lists. */
    Visibility visibility(Actor actor, String recordType);
}
