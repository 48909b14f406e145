package org.smartbizflow.crm.lead.nurture;

/**
 * How a lead engaged with a nurture e-mail, as the host's mail system reports it. Stronger
 * engagement implies the weaker: a click or a reply counts as an open.
 */
public enum Engagement {
    OPENED, CLICKED, REPLIED;

    /** Does this recorded engagement satisfy a branch that asks for {@code wanted}? */
    public boolean satisfies(Engagement wanted) {
        return this == wanted || wanted == OPENED;
    }
}
