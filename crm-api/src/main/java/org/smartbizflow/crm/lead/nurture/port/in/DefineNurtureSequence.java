package org.smartbizflow.crm.lead.nurture.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.smartbizflow.crm.lead.nurture.BusinessCalendar;
import org.smartbizflow.crm.lead.nurture.NurtureSequence;
import org.smartbizflow.crm.lead.nurture.NurtureStep;

/**
 * Define a nurture sequence.
 *
 * @param name     what it is called
 * @param steps    the steps in order
 * @param calendar the business hours its waits count in; null for Monday to Friday, 9 to 17 UTC
 */
public record DefineNurtureSequence(@NotBlank @Size(max = NurtureSequence.NAME_MAX) String name,
                                    @NotEmpty @Size(max = NurtureSequence.STEPS_MAX) List<NurtureStep> steps,
                                    BusinessCalendar calendar) {

    public static DefineNurtureSequence of(String name, NurtureStep... steps) {
        return new DefineNurtureSequence(name, List.of(steps), null);
    }
}
