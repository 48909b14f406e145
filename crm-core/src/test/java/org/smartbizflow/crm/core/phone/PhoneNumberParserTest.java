package org.smartbizflow.crm.core.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.shared.PhoneNumber;
import org.smartbizflow.crm.shared.ValidationException;

class PhoneNumberParserTest {

    @Test
    void nationalInputBecomesE164() {
        assertThat(PhoneNumberParser.forRegion("GB").parse("020 7946 0000")).isEqualTo(PhoneNumber.of("+442079460000"));
        assertThat(PhoneNumberParser.forRegion("DE").parse("030 901820")).isEqualTo(PhoneNumber.of("+4930901820"));
        assertThat(PhoneNumberParser.forRegion("US").parse("(201) 555-0123")).isEqualTo(PhoneNumber.of("+12015550123"));
    }

    @Test
    void internationalInputIgnoresTheDefaultRegion() {
        assertThat(PhoneNumberParser.forRegion("US").parse("+44 20 7946 0000")).isEqualTo(PhoneNumber.of("+442079460000"));
    }

    @Test
    void invalidNumbersNameTheField() {
        assertThatThrownBy(() -> PhoneNumberParser.forRegion("GB").parse("12", "mobile"))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("Invalid input: mobile:");
        assertThatThrownBy(() -> PhoneNumberParser.forRegion("GB").parse("not a number"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("phone");
    }
}
