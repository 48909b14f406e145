package org.smartbizflow.crm.jpa.internal.account;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.smartbizflow.crm.account.AccountAddress;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.account.AccountProfile;
import org.smartbizflow.crm.account.AccountView;
import org.smartbizflow.crm.account.AddressKind;
import org.smartbizflow.crm.account.Compliance;
import org.smartbizflow.crm.account.DocumentReference;
import org.smartbizflow.crm.account.DomainName;
import org.smartbizflow.crm.account.KycStatus;
import org.smartbizflow.crm.account.ScreeningFlag;
import org.smartbizflow.crm.account.SizeBand;
import org.smartbizflow.crm.account.TaxId;
import org.smartbizflow.crm.account.TerritoryId;
import org.smartbizflow.crm.shared.Address;
import org.smartbizflow.crm.shared.CountryCode;
import org.smartbizflow.crm.shared.CustomFields;
import org.smartbizflow.crm.shared.CustomValue;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.Tag;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;

/** Moves account state between the domain's {@link AccountView} and the rows. */
final class AccountMapper {

    private AccountMapper() {
    }

    static AccountView toView(AccountEntity row) {
        List<DomainName> domains = row.domains().stream().map(d -> DomainName.of(d.domain())).toList();
        List<AccountAddress> addresses = row.addresses().stream()
                .map(a -> AccountAddress.of(AddressKind.valueOf(a.kind()),
                        new Address(a.street(), a.postalCode(), a.city(), a.region(), CountryCode.of(a.country()))))
                .toList();
        List<TaxId> taxIds = row.taxIds().stream().map(t -> TaxId.of(t.scheme(), t.value())).toList();
        Map<String, CustomValue> custom = new TreeMap<>();
        row.customFields().forEach((key, value) -> custom.put(key,
                CustomValue.parse(CustomValue.Type.valueOf(value.type()), value.value(), "customFields." + key)));
        Set<Tag> tags = new HashSet<>();
        row.tags().forEach(t -> tags.add(Tag.of(t.tag())));
        Money revenue = row.revenueAmount() == null ? null
                : Money.of(row.revenueAmount().stripTrailingZeros(), row.revenueCurrency());
        AccountProfile profile = new AccountProfile(row.legalName(), domains, row.industry(),
                row.sizeBand() == null ? null : SizeBand.valueOf(row.sizeBand()), revenue, addresses, taxIds,
                row.team(), CustomFields.of(custom), tags);
        Compliance compliance = new Compliance(KycStatus.valueOf(row.kycStatus()), row.kycReviewedOn(),
                row.kycReviewDue(),
                row.documents().stream().map(d -> new DocumentReference(d.type(), d.reference(), d.issuedOn(),
                        d.expiresOn())).toList(),
                row.flags().stream().map(f -> new ScreeningFlag(ScreeningFlag.Kind.valueOf(f.kind()), f.list(),
                        f.matchedName(), f.reference())).toList(),
                row.screenedAt());
        return new AccountView(AccountId.of(row.id()), TenantId.of(row.tenantId()), UserId.of(row.ownerId()),
                profile, row.parentId() == null ? null : AccountId.of(row.parentId()),
                row.territoryId() == null ? null : TerritoryId.of(row.territoryId()), compliance, row.version(),
                row.createdAt(), row.updatedAt());
    }

    static AccountEntity newRow(AccountView state) {
        AccountEntity row = new AccountEntity(state.id().value(), state.tenantId().value());
        copyInto(state, row);
        return row;
    }

    static void copyInto(AccountView state, AccountEntity row) {
        AccountProfile p = state.profile();
        String tenant = state.tenantId().value();
        row.assign(state.ownerId().value(), p.team(), p.legalName(), state.normalisedName(), p.industry(),
                p.sizeBand() == null ? null : p.sizeBand().name(),
                p.annualRevenue() == null ? null : p.annualRevenue().amount(),
                p.annualRevenue() == null ? null : p.annualRevenue().currency().getCurrencyCode(),
                state.parentId() == null ? null : state.parentId().value(), state.createdAt(), state.updatedAt());
        AccountEntity.replace(row.domains(), p.domains().stream()
                .map(d -> new AccountRows.DomainRow(tenant, d.value())).toList());
        List<AccountRows.AddressRow> addresses = new ArrayList<>();
        for (AccountAddress a : p.addresses()) {
            Address address = a.address();
            addresses.add(new AccountRows.AddressRow(tenant, a.kind().name(), address.street(),
                    address.postalCode(), address.city(), address.region(), address.country().value()));
        }
        AccountEntity.replace(row.addresses(), addresses);
        AccountEntity.replace(row.taxIds(), p.taxIds().stream()
                .map(t -> new AccountRows.TaxIdRow(tenant, t.scheme(), t.value())).toList());
        Map<String, AccountRows.CustomFieldRow> custom = new HashMap<>();
        p.customFields().values().forEach((key, value) -> custom.put(key,
                new AccountRows.CustomFieldRow(tenant, value.type().name(), value.asText())));
        AccountEntity.replace(row.customFields(), custom);
        Set<AccountRows.TagRow> tags = new HashSet<>();
        p.tags().forEach(t -> tags.add(new AccountRows.TagRow(tenant, t.value())));
        AccountEntity.replace(row.tags(), tags);
        Compliance c = state.compliance();
        row.placeAndReview(state.territoryId() == null ? null : state.territoryId().value(), c.kycStatus().name(),
                c.reviewedOn(), c.reviewDue(), c.screenedAt());
        AccountEntity.replace(row.documents(), c.documents().stream()
                .map(d -> new AccountRows.DocumentRow(tenant, d.type(), d.reference(), d.issuedOn(), d.expiresOn()))
                .toList());
        AccountEntity.replace(row.flags(), c.flags().stream()
                .map(f -> new AccountRows.FlagRow(tenant, f.kind().name(), f.list(), f.matchedName(), f.reference()))
                .toList());
    }
}
