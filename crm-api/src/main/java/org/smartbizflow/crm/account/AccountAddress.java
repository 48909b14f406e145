package org.smartbizflow.crm.account;

import org.smartbizflow.crm.shared.Address;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * One of an account's addresses with what it is for.
 *
 * @param kind    billing, shipping, registered or other
 * @param address the postal address
 */
public record AccountAddress(AddressKind kind, Address address) {

    public AccountAddress {
        Preconditions.notNull(kind, "address.kind");
        Preconditions.notNull(address, "address");
    }

    public static AccountAddress of(AddressKind kind, Address address) {
        return new AccountAddress(kind, address);
    }
}
