package org.smartbizflow.crm.core.lead;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.smartbizflow.crm.core.Crm;
import org.smartbizflow.crm.lead.Attribution;
import org.smartbizflow.crm.lead.LeadFilter;
import org.smartbizflow.crm.lead.LeadSource;
import org.smartbizflow.crm.lead.LeadView;
import org.smartbizflow.crm.lead.port.in.CaptureLead;
import org.smartbizflow.crm.lead.port.in.ImportOptions;
import org.smartbizflow.crm.lead.port.in.ImportReport;
import org.smartbizflow.crm.lead.port.in.Leads;
import org.smartbizflow.crm.lead.port.in.ListLeads;
import org.smartbizflow.crm.shared.Actor;
import org.smartbizflow.crm.shared.CustomFields;
import org.smartbizflow.crm.shared.CustomValue;
import org.smartbizflow.crm.shared.EmailAddress;
import org.smartbizflow.crm.shared.PageRequest;
import org.smartbizflow.crm.shared.PhoneNumber;
import org.smartbizflow.crm.shared.Tag;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.port.in.DuplicatePolicy;

/**
 * Whatever leads hold (attribution, typed custom fields and tags included), exporting them and
 * importing the file gives the same leads back.
 */
class ImportExportRoundTripProperties {

    @Provide
    Arbitrary<CaptureLead> leads() {
        Arbitrary<String> text = Arbitraries.strings().withChars("abcXYZ äöüßéø,;\"'=+-@\t|")
                .ofMinLength(1).ofMaxLength(30).filter(s -> !s.isBlank());
        Arbitrary<String> optionalText = text.injectNull(0.3);
        Arbitrary<EmailAddress> email = Arbitraries.strings().withChars("abcxyz019.").ofMinLength(1).ofMaxLength(10)
                .filter(s -> !s.startsWith(".") && !s.endsWith(".") && !s.contains(".."))
                .map(local -> EmailAddress.of(local + "@example.org")).injectNull(0.3);
        Arbitrary<PhoneNumber> phone = Arbitraries.longs().between(1_000_000L, 999_999_999_999L)
                .map(n -> PhoneNumber.of("+" + n)).injectNull(0.3);
        Arbitrary<LeadSource> source = Arbitraries.of(LeadSource.class);
        Arbitrary<Attribution> attribution = Combinators.combine(optionalText, optionalText, optionalText)
                .as((campaign, name, utm) -> new Attribution(campaign, name, utm, null, utm, null, null));
        Arbitrary<java.util.Set<Tag>> tags = Arbitraries.strings().withChars("abcXYZ-_ äé").ofMinLength(1)
                .ofMaxLength(12).filter(t -> !t.isBlank()).map(Tag::of).set().ofMaxSize(4);
        Arbitrary<CustomValue> value = Arbitraries.oneOf(
                text.map(t -> CustomValue.text(t.strip())), // import trims cells, as for every field
                Arbitraries.bigDecimals().between(new java.math.BigDecimal("-1000000"), new java.math.BigDecimal("1000000"))
                        .ofScale(4).map(CustomValue::number),
                Arbitraries.integers().between(0, 20_000).map(d -> CustomValue.date(java.time.LocalDate.of(2000, 1, 1)
                        .plusDays(d))),
                Arbitraries.of(true, false).map(CustomValue::bool));
        Arbitrary<CustomFields> custom = Arbitraries.maps(Arbitraries.of("employees", "renewal", "note", "partner"), value)
                .ofMaxSize(4).map(CustomFields::of);
        return Combinators.combine(text, optionalText, email, phone, source, attribution, custom, tags)
                .as((name, company, mail, tel, src, attr, fields, tagSet) -> new CaptureLead(name.strip(),
                        company == null || company.isBlank() ? null : company.strip(), mail, tel, src)
                        .attributedTo(attr).withCustomFields(fields).taggedWith(tagSet.toArray(new Tag[0])));
    }

    @Property(tries = 60)
    void exportThenImportGivesTheSameLeads(@ForAll("list") List<CaptureLead> captured) {
        Leads source = Crm.inMemory().session(TenantId.of("a"), Actor.system()).leads();
        captured.forEach(source::capture);
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        source.exportCsv(LeadFilter.any(), csv);

        Leads target = Crm.inMemory().session(TenantId.of("b"), Actor.system()).leads();
        ImportReport report = target.importCsv(new ByteArrayInputStream(csv.toByteArray()),
                ImportOptions.defaults().duplicates(DuplicatePolicy.CREATE));

        assertThat(report.rejected()).isEmpty();
        assertThat(report.stored()).isEqualTo(captured.size());
        assertThat(contents(target)).isEqualTo(contents(source));
    }

    @Provide
    Arbitrary<List<CaptureLead>> list() {
        return leads().list().ofMaxSize(15);
    }

    private static List<List<Object>> contents(Leads leads) {
        return leads.list(new ListLeads(LeadFilter.any(), PageRequest.first(1000))).items().stream()
                .map((LeadView l) -> java.util.Arrays.<Object>asList(l.name(), l.company(), l.email(), l.phone(),
                        l.source(), l.ownerId(), l.attribution(), l.customFields(), l.tags()))
                .toList();
    }
}
