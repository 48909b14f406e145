package org.smartbizflow.crm.lead.nurture.port.in;

import org.smartbizflow.crm.lead.nurture.NurtureSequence;
import org.smartbizflow.crm.lead.nurture.NurtureSequenceId;

/** Define and read nurture sequences. */
public interface NurtureSequencesUseCase {

    /**
     * @throws org.smartbizflow.crm.shared.ValidationException for an inconsistent sequence
     *         (duplicate keys, unknown branch targets, a loop without a wait)
     */
    NurtureSequenceId defineSequence(DefineNurtureSequence command);

    /** @throws org.smartbizflow.crm.shared.NotFoundException for an unknown sequence */
    NurtureSequence sequence(NurtureSequenceId id);
}
