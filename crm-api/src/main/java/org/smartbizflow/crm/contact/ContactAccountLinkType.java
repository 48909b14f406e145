package org.smartbizflow.crm.contact;

/**
 * How a person relates to an account. Kept as an enum so that adding a kind (advisor,
 * investor) is one constant plus nothing else: storage keeps the name as text.
 *
 * <p>A move is recorded by ending the WORKS_AT link on the last day: the ended link is the
 * history ("worked there from .. to .."), and the library never rewrites it to FORMER. FORMER
 * states an alumni relationship that holds from now on (alumni programmes, references) or a
 * past employment whose dates are unknown; it is current while its own dates hold, like every
 * other link.
 */
public enum ContactAccountLinkType {
    /** Employed by or working for the account. */
    WORKS_AT,
    /** Formerly worked there, recorded as a relationship of its own. */
    FORMER,
    /** Sits on the account's board. */
    BOARD_MEMBER
}
