package org.smartbizflow.crm.contract;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.smartbizflow.crm.account.Account;
import org.smartbizflow.crm.account.AccountAddress;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.account.AccountProfile;
import org.smartbizflow.crm.account.AddressKind;
import org.smartbizflow.crm.account.DomainName;
import org.smartbizflow.crm.account.SizeBand;
import org.smartbizflow.crm.account.TaxId;
import org.smartbizflow.crm.shared.Address;
import org.smartbizflow.crm.shared.CountryCode;
import org.smartbizflow.crm.shared.CustomFields;
import org.smartbizflow.crm.shared.CustomValue;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.Tag;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;

/**
 * Test data for the account contracts: ids from the shared time-ordered generator of
 * {@link LeadFixtures}, instants in whole microseconds.
 */
public final class AccountFixtures {

    public static final UserId OWNER = UserId.of("owner-1");
    public static final Instant BASE_TIME = LeadFixtures.BASE_TIME;

    private AccountFixtures() {
    }

    public static AccountId nextAccountId() {
        return AccountId.of(LeadFixtures.nextId());
    }

    /** A profile with every optional field set. */
    public static AccountProfile fullProfile(String legalName) {
        return new AccountProfile(legalName,
                List.of(DomainName.of("engines.example"), DomainName.of("https://www.Analytical-Engines.example/about")),
                "Manufacturing", SizeBand.MEDIUM, Money.of("1250000.50", "GBP"),
                List.of(AccountAddress.of(AddressKind.REGISTERED,
                                new Address("12 Marylebone Road\nFloor 2", "NW1 5LR", "London", null, CountryCode.of("GB"))),
                        AccountAddress.of(AddressKind.BILLING,
                                new Address(null, "10115", "Berlin", "Berlin", CountryCode.of("DE")))),
                List.of(TaxId.of("VAT", "GB 123 456 789"), TaxId.of("CRN", "01234567")),
                "emea-enterprise",
                CustomFields.of(Map.of("tier", CustomValue.text("gold"), "seats", CustomValue.number("250.5"),
                        "renewal", CustomValue.date(java.time.LocalDate.of(2027, 1, 31)),
                        "strategic", CustomValue.bool(true))),
                Set.of(Tag.of("vip"), Tag.of("trade-show-2026")));
    }

    /** A new account with every optional field set. */
    public static Account account(TenantId tenant) {
        return account(tenant, "Analytical Engines Ltd");
    }

    public static Account account(TenantId tenant, String legalName) {
        return Account.create(nextAccountId(), tenant, OWNER, fullProfile(legalName), OWNER, BASE_TIME);
    }

    /** A new account with only its legal name. */
    public static Account bareAccount(TenantId tenant, String legalName) {
        return Account.create(nextAccountId(), tenant, UserId.of("owner-2"), AccountProfile.named(legalName),
                OWNER, BASE_TIME.plusSeconds(1));
    }
}
