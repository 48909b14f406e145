package org.smartbizflow.crm.core.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.account.AccountNames;
import org.smartbizflow.crm.account.AccountProfile;
import org.smartbizflow.crm.account.DomainName;
import org.smartbizflow.crm.account.port.in.CreateAccount;
import org.smartbizflow.crm.account.port.out.AccountRepository;
import org.smartbizflow.crm.contact.ContactProfile;
import org.smartbizflow.crm.contact.ContactView;
import org.smartbizflow.crm.contact.port.in.ContactImportOptions;
import org.smartbizflow.crm.contact.port.in.ContactImportReport;
import org.smartbizflow.crm.contact.port.in.CreateContact;
import org.smartbizflow.crm.contact.port.out.ContactRepository;
import org.smartbizflow.crm.core.Crm;
import org.smartbizflow.crm.core.CrmSession;
import org.smartbizflow.crm.core.inmemory.InMemoryCrmPersistence;
import org.smartbizflow.crm.persistence.CrmPersistence;
import org.smartbizflow.crm.shared.Actor;
import org.smartbizflow.crm.shared.EmailAddress;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.port.in.DuplicatePolicy;

/**
 * The contact import looks duplicates and accounts up once per chunk, not once per row, and
 * still resolves the rows of a chunk in order against what earlier rows wrote.
 */
class ContactImportLookupsTest {

    private static final TenantId ACME = TenantId.of("acme");

    private final InMemoryCrmPersistence store = new InMemoryCrmPersistence();
    /** Calls per repository method name, for the contact and account repositories. */
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final Crm crm = Crm.builder().persistence(counting(store)).build();
    private final CrmSession session = crm.session(ACME, Actor.system());

    private CrmPersistence counting(CrmPersistence delegate) {
        ContactRepository contacts = spy(ContactRepository.class, delegate.contacts());
        AccountRepository accounts = spy(AccountRepository.class, delegate.accounts());
        return (CrmPersistence) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {CrmPersistence.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "contacts" -> contacts;
                    case "accounts" -> accounts;
                    default -> invoke(method, delegate, args);
                });
    }

    private <T> T spy(Class<T> port, T delegate) {
        return port.cast(Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {port},
                (proxy, method, args) -> {
                    calls.computeIfAbsent(port.getSimpleName() + "." + method.getName(), k -> new AtomicInteger())
                            .incrementAndGet();
                    return invoke(method, delegate, args);
                }));
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private int calls(String name) {
        AtomicInteger count = calls.get(name);
        return count == null ? 0 : count.get();
    }

    private static String address(int row) {
        return "p" + row + "@co" + (row % 40) + ".example";
    }

    private ContactView byEmail(String email) {
        return session.contacts().findByEmail(EmailAddress.of(email)).orElseThrow();
    }

    private AccountId accountByDomain(String domain) {
        return store.accounts().findByDomain(ACME, DomainName.of(domain)).get(0).id();
    }

    private AccountId accountByName(String name) {
        return store.accounts().findByNormalisedName(ACME, AccountNames.normalise(name)).get(0).id();
    }

    @Test
    void aThousandRowsInChunksOf250LookContactsAndAccountsUpFourTimesEach() {
        for (int k = 0; k < 10; k++) {
            session.accounts().create(new CreateAccount(AccountProfile.named("Named " + k)));
            session.accounts().create(new CreateAccount(AccountProfile.named("Domain Holder " + k)
                    .withDomains(DomainName.of("dom" + k + ".example"))));
        }
        for (int row = 0; row < 300; row++) {
            session.contacts().create(CreateContact.of(ContactProfile.named("Stored " + row)
                    .withEmails(EmailAddress.of(address(row)))));
        }
        // every row names an account by name, by domain, or through its e-mail domain; every
        // 50th row repeats the address of the row before it, in the same chunk
        StringBuilder csv = new StringBuilder("name,email,account,domain\n");
        for (int row = 0; row < 1_000; row++) {
            String email = row % 50 == 49 ? address(row - 1) : address(row);
            String account = row % 3 == 0 ? "Named " + (row % 25) : "";
            String domain = row % 3 == 1 ? "dom" + (row / 3 % 30) + ".example" : "";
            csv.append("Person ").append(row).append(',').append(email).append(',').append(account).append(',')
                    .append(domain).append('\n');
        }
        calls.clear();

        ContactImportReport report = session.contacts().importCsv(
                new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
                ContactImportOptions.defaults().chunkSize(250).duplicates(DuplicatePolicy.UPDATE)
                        .createMissingAccounts(true));

        assertThat(report.rejected()).isEmpty();
        // 300 stored before the import, and 14 repeats of an address a row of the same chunk stored
        assertThat(report.updated()).isEqualTo(314);
        assertThat(report.stored()).isEqualTo(686);
        // Named 10..24, dom10..29, and co0..39 from the e-mail domains, each created once
        assertThat(report.accountsCreated()).isEqualTo(15 + 20 + 40);

        assertThat(calls("ContactRepository.findByEmails")).isEqualTo(4);
        assertThat(calls("ContactRepository.findByEmail")).isZero();
        assertThat(calls("AccountRepository.findByDomainsOrNormalisedNames")).isEqualTo(4);
        assertThat(calls("AccountRepository.findByDomain")).isZero();
        assertThat(calls("AccountRepository.findByNormalisedName")).isZero();

        // a repeated address updated the contact the row before it created, in the same chunk
        ContactView repeated = byEmail(address(348));
        assertThat(repeated.profile().name()).isEqualTo("Person 349");
        assertThat(repeated.profile().accountId()).isEqualTo(accountByDomain("dom" + (349 / 3 % 30) + ".example"));
        // accounts created by an earlier chunk are found by later ones, not created again
        assertThat(byEmail(address(996)).profile().accountId()).isEqualTo(accountByName("Named " + (996 % 25)));
        assertThat(byEmail(address(997)).profile().accountId()).isEqualTo(accountByDomain("dom" + (997 / 3 % 30)
                + ".example"));
        assertThat(byEmail(address(995)).profile().accountId()).isEqualTo(accountByDomain("co" + (995 % 40)
                + ".example"));
        assertThat(store.accounts().findByDomain(ACME, DomainName.of("co7.example"))).hasSize(1);
        assertThat(store.accounts().findByNormalisedName(ACME, AccountNames.normalise("Named 24"))).hasSize(1);
    }

    @Test
    void aLaterRowOfTheChunkFindsTheAccountAnEarlierRowCreatedByItsOtherKey() {
        String csv = "name,email,account,domain\n"
                + "Ann,ann@a.example,Globex,globex.example\n"
                + "Ben,ben@b.example,GLOBEX,\n"
                + "Cid,cid@globex.example,,\n";

        ContactImportReport report = session.contacts().importCsv(
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                ContactImportOptions.defaults().createMissingAccounts(true));

        assertThat(report.stored()).isEqualTo(3);
        assertThat(report.accountsCreated()).isEqualTo(1);
        AccountId globex = accountByName("Globex");
        assertThat(List.of(byEmail("ann@a.example"), byEmail("ben@b.example"), byEmail("cid@globex.example")))
                .allSatisfy(contact -> assertThat(contact.profile().accountId()).isEqualTo(globex));
    }
}
