package org.smartbizflow.crm.activity.port.out;

import org.smartbizflow.crm.activity.Notification;

/**
 * Tells a user of the host something (a reminder): by e-mail, push, chat or an in-app inbox,
 * as the host chooses. Called after the reminder is marked fired, so a reminder reaches the
 * notifier at most once; a notifier that throws loses that reminder (the failure is
 * reported in the delivery result).
 */
@FunctionalInterface
public interface Notifier {

    void send(Notification notification);

    /** A notifier that drops everything: the default until a host plugs in its own. */
    static Notifier none() {
        return notification -> { };
    }
}
