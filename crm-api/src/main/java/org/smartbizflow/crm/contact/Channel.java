package org.smartbizflow.crm.contact;

/** A way of reaching a contact that needs their permission. */
public enum Channel {
    EMAIL, PHONE, SMS, POST;

    /** Whether the channel interrupts in real time, so quiet hours apply to it. */
    public boolean interrupts() {
        return this == PHONE || this == SMS;
    }
}
