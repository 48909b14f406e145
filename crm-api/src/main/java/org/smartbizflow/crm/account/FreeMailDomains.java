package org.smartbizflow.crm.account;

import java.util.Optional;
import java.util.Set;
import org.smartbizflow.crm.shared.EmailAddress;

/**
 * Mail providers whose domain says nothing about the company a person works for: an address at
 * one of them is never matched to an account by its domain, and never gives a new account its
 * domain. Lead conversion and contact import decide the same way through this class.
 */
public final class FreeMailDomains {

    private static final Set<String> DOMAINS = Set.of("gmail.com", "googlemail.com", "yahoo.com", "hotmail.com",
            "outlook.com", "live.com", "icloud.com", "me.com", "aol.com", "gmx.de", "gmx.net", "web.de", "proton.me",
            "protonmail.com", "mail.ru", "yandex.ru");

    private FreeMailDomains() {
    }

    /** Is the domain one of a free mail provider's? */
    public static boolean contains(DomainName domain) {
        return domain != null && DOMAINS.contains(domain.value());
    }

    /** The domain of the address when it can stand for a company, i.e. is not a free mail provider's. */
    public static Optional<DomainName> companyDomain(EmailAddress email) {
        if (email == null) {
            return Optional.empty();
        }
        DomainName domain = DomainName.ofEmail(email);
        return contains(domain) ? Optional.empty() : Optional.of(domain);
    }
}
