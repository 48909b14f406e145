package org.smartbizflow.crm.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ContactValueProperties {

    @Provide
    Arbitrary<String> emails() {
        Arbitrary<String> local = Arbitraries.strings().withChars("abcXYZ019._+-").ofMinLength(1).ofMaxLength(20)
                .filter(s -> !s.startsWith(".") && !s.endsWith(".") && !s.contains(".."));
        Arbitrary<String> label = Arbitraries.strings().withChars("abcdefXYZ0123").ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> spaces = Arbitraries.of("", " ", "  ", "\t");
        return Combinators.combine(spaces, local, label, label, spaces)
                .as((s1, l, d1, d2, s2) -> s1 + l + "@" + d1 + "." + d2 + s2);
    }

    @Property
    void emailNormalisationIsIdempotent(@ForAll("emails") String raw) {
        EmailAddress once = EmailAddress.of(raw);
        assertThat(EmailAddress.of(once.value())).isEqualTo(once);
        assertThat(once.value()).isEqualTo(once.value().strip().toLowerCase(java.util.Locale.ROOT));
    }

    @Provide
    Arbitrary<String> internationalNumbers() {
        Arbitrary<String> country = Arbitraries.integers().between(1, 999).map(String::valueOf);
        Arbitrary<String> groups = Arbitraries.strings().numeric().ofMinLength(2).ofMaxLength(4).list().ofMinSize(1).ofMaxSize(3)
                .map(parts -> String.join(Arbitraries.of(" ", "-", ".", "").sample(), parts));
        return Combinators.combine(country, groups).as((c, rest) -> "+" + c + " " + rest)
                .filter(s -> s.replaceAll("[^0-9]", "").length() <= 15);
    }

    @Property
    void phoneParsingIsIdempotent(@ForAll("internationalNumbers") String raw) {
        PhoneNumber once = PhoneNumber.parse(raw);
        assertThat(PhoneNumber.parse(once.e164())).isEqualTo(once);
        assertThat(once.e164()).matches("\\+[1-9][0-9]{1,14}");
    }

    @Test
    void invalidValuesNameTheirField() {
        assertThatThrownBy(() -> EmailAddress.of("ada@")).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).violations()).extracting(Violation::field)
                        .containsExactly("email"));
        assertThatThrownBy(() -> PhoneNumber.parse("020 7946 0000")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("phone");
        assertThatThrownBy(() -> TenantId.of("a b")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("tenantId");
        assertThatThrownBy(() -> CountryCode.of("XX")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("country");
    }

    @Test
    void emailKeepsItsDomainForAccountMatching() {
        assertThat(EmailAddress.of(" Ada@Engines.Example ").domain()).isEqualTo("engines.example");
    }
}
