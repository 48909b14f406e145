package org.smartbizflow.crm.contact;

/**
 * Whether a message may go to a contact on a channel now, and if not, why: what every sending
 * port asks before it sends.
 */
public sealed interface ConsentDecision {

    /** Why a message may not be sent. */
    enum Reason {
        /** The contact never agreed on this channel. */
        NO_CONSENT,
        /** The contact asked to confirm but has not yet (or the request expired). */
        PENDING_CONFIRMATION,
        /** The contact refused or withdrew. */
        OPTED_OUT,
        /** It is quiet time where the contact lives. */
        QUIET_HOURS,
        /** The contact's personal data was erased. */
        ERASED,
        /** The contact has no address on this channel. */
        NO_ADDRESS
    }

    boolean allowed();

    /**
     * The message may be sent.
     *
     * @param consent the consent that allows it
     */
    record Allowed(ChannelConsent consent) implements ConsentDecision {
        @Override
        public boolean allowed() {
            return true;
        }
    }

    /**
     * The message may not be sent.
     *
     * @param reason why
     */
    record Denied(Reason reason) implements ConsentDecision {
        @Override
        public boolean allowed() {
            return false;
        }
    }
}
