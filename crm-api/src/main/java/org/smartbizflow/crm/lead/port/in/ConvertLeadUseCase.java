package org.smartbizflow.crm.lead.port.in;

/**
 * Convert a qualified lead in one transaction: the account is the one named, or one matched by
 * the e-mail's domain or the company name, or a new one; the contact is the one holding the
 * lead's e-mail (never a second contact with it), or a new one at that account; an opportunity
 * is opened when asked. Repeating the conversion returns the same records.
 */
public interface ConvertLeadUseCase {

    /**
     * @throws org.smartbizflow.crm.shared.NotFoundException when the lead or the named account is unknown
     * @throws org.smartbizflow.crm.shared.AccessDeniedException when the actor may not change the
     *         lead or create the records
     */
    ConversionResult convert(ConvertLead command);
}
