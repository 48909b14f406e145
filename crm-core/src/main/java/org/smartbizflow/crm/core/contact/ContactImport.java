package org.smartbizflow.crm.core.contact;

import static org.smartbizflow.crm.core.transfer.CellConversion.addAll;
import static org.smartbizflow.crm.core.transfer.CellConversion.convert;
import static org.smartbizflow.crm.core.transfer.CellConversion.list;

import java.io.InputStream;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.account.AccountNames;
import org.smartbizflow.crm.account.AccountProfile;
import org.smartbizflow.crm.account.AccountView;
import org.smartbizflow.crm.account.DomainName;
import org.smartbizflow.crm.account.FreeMailDomains;
import org.smartbizflow.crm.account.port.in.CreateAccount;
import org.smartbizflow.crm.contact.Channel;
import org.smartbizflow.crm.contact.ConsentStatus;
import org.smartbizflow.crm.contact.Contact;
import org.smartbizflow.crm.contact.ContactChange;
import org.smartbizflow.crm.contact.ContactEmail;
import org.smartbizflow.crm.contact.ContactId;
import org.smartbizflow.crm.contact.ContactPhone;
import org.smartbizflow.crm.contact.ContactProfile;
import org.smartbizflow.crm.contact.ContactView;
import org.smartbizflow.crm.contact.LawfulBasis;
import org.smartbizflow.crm.contact.SocialHandle;
import org.smartbizflow.crm.contact.port.in.ContactField;
import org.smartbizflow.crm.contact.port.in.ContactImportOptions;
import org.smartbizflow.crm.contact.port.in.ContactImportReport;
import org.smartbizflow.crm.contact.port.in.CreateContact;
import org.smartbizflow.crm.contact.port.in.RecordConsent;
import org.smartbizflow.crm.contact.port.in.UpdateContact;
import org.smartbizflow.crm.contact.port.out.ContactRepository;
import org.smartbizflow.crm.core.account.AccountUseCases;
import org.smartbizflow.crm.core.phone.PhoneNumberParser;
import org.smartbizflow.crm.core.runtime.CoreRuntime;
import org.smartbizflow.crm.core.transfer.ChunkedImport;
import org.smartbizflow.crm.core.transfer.CsvRecords;
import org.smartbizflow.crm.core.transfer.HeaderMapping;
import org.smartbizflow.crm.core.transfer.ImportTally;
import org.smartbizflow.crm.core.transfer.ImportTally.RowKind;
import org.smartbizflow.crm.shared.Action;
import org.smartbizflow.crm.shared.CallContext;
import org.smartbizflow.crm.shared.EmailAddress;
import org.smartbizflow.crm.shared.PhoneNumber;
import org.smartbizflow.crm.shared.RecordAccess;
import org.smartbizflow.crm.shared.Tag;
import org.smartbizflow.crm.shared.UserId;
import org.smartbizflow.crm.shared.ValidationException;
import org.smartbizflow.crm.shared.Violation;
import org.smartbizflow.crm.shared.port.in.DuplicatePolicy;
import org.smartbizflow.crm.shared.port.in.RowRejection;

/**
 * One run of a CSV contact import on the import pipeline the lead import uses
 * ({@link ChunkedImport}): rows are parsed into valid profiles on the reader thread, and each
 * chunk is matched (duplicates by e-mail, accounts by id, domain, name or e-mail domain) and
 * written in one transaction through the contact, account and consent use cases. Matching
 * happens inside the writing transaction, so a row's outcome is counted only once the chunk
 * commits; a chunk that fails is written again row by row.
 *
 * <p>Each chunk looks its duplicates up with one query for every address of all its rows, and
 * its accounts with one query for every domain and name they name, instead of a round trip
 * per row; rows are then resolved in file order against what the chunk has written so far, so
 * a later row still finds the contact or account an earlier row of the chunk created.
 */
final class ContactImport {

    private final CoreRuntime runtime;
    private final CallContext context;
    private final ContactService service;
    private final ContactRepository contacts;
    private final ContactImportOptions options;
    private final PhoneNumberParser phones;
    private final ImportTally tally = new ImportTally();
    /** A dry run's state so far, which its next chunk carries on. */
    private ChunkState dryRunState;
    private long accountsCreated;
    private long consentRecords;

    /** The account a row names; every part may be null. */
    private record AccountRef(AccountId id, String name, DomainName domain) {
        boolean named() {
            return id != null || name != null || domain != null;
        }
    }

    /**
     * A row that passed parsing: a valid profile (without its account, which is matched when
     * written), the owner, the account named, and the consent to record.
     */
    private record Candidate(long line, ContactProfile profile, UserId owner, AccountRef account,
                             Map<Channel, ConsentStatus> consent, LawfulBasis basis, String consentSource) {
    }

    /** What one row came to inside a transaction; counted only once that transaction commits. */
    private record Outcome(long line, RowKind kind, Violation rejection, int accountsCreated, int consentRecords) {
        static Outcome rejected(long line, String field, String reason) {
            return new Outcome(line, RowKind.REJECTED, new Violation(field, reason), 0, 0);
        }

        static Outcome of(long line, RowKind kind) {
            return new Outcome(line, kind, null, 0, 0);
        }
    }

    /**
     * What one transaction knows: the stored contacts and accounts its rows name (looked up
     * once, when the transaction starts), and what its rows have matched and written since. A
     * dry run writes nothing, so its chunks carry on the rows and accounts of the earlier ones
     * ({@link #next}): a later chunk sees what they would have stored, as in a real run.
     */
    private static final class ChunkState {
        /** Addresses of earlier rows, so a dry run, which stores nothing, still sees them. */
        final Map<EmailAddress, Long> earlierRows;
        /** Accounts found or created, by name or domain key. */
        final Map<String, Optional<AccountId>> accounts;
        /** Which contact holds an address: looked up, or given by a row of this chunk. */
        final Map<EmailAddress, ContactId> holders = new HashMap<>();
        /** Contacts as looked up or last reloaded. */
        final Map<ContactId, ContactView> contacts = new HashMap<>();
        /** Contacts this chunk has written since they were loaded: reloaded when matched again. */
        final Set<ContactId> written = new HashSet<>();
        /**
         * The first account in id order per domain and per name key: looked up, or created by
         * a row of this chunk (empty for one a dry run would create).
         */
        final Map<DomainName, Optional<AccountId>> byDomain;
        final Map<String, Optional<AccountId>> byName;

        ChunkState() {
            this(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>());
        }

        private ChunkState(Map<EmailAddress, Long> earlierRows, Map<String, Optional<AccountId>> accounts,
                           Map<DomainName, Optional<AccountId>> byDomain, Map<String, Optional<AccountId>> byName) {
            this.earlierRows = earlierRows;
            this.accounts = accounts;
            this.byDomain = byDomain;
            this.byName = byName;
        }

        /** The state of a dry run's next chunk: this one's rows and accounts, contacts looked up afresh. */
        ChunkState next() {
            return new ChunkState(earlierRows, accounts, byDomain, byName);
        }
    }

    ContactImport(CoreRuntime runtime, CallContext context, ContactService service, ContactImportOptions options) {
        this.runtime = runtime;
        this.context = context;
        this.service = service;
        this.contacts = runtime.persistence().contacts();
        this.options = options;
        this.phones = options.phoneRegion() == null ? null : PhoneNumberParser.forRegion(options.phoneRegion());
    }

    ContactImportReport run(InputStream raw) {
        try (CsvRecords records = CsvRecords.open(raw, options.charset(), options.delimiter())) {
            List<String> header = records.header();
            HeaderMapping<ContactField> mapping = HeaderMapping.of(header, options.columns(),
                    ContactField::forHeader, (index, name) -> HeaderMapping.Claim.NONE);
            if (!mapping.maps(ContactField.NAME) && !mapping.maps(ContactField.FIRST_NAME)
                    && !mapping.maps(ContactField.LAST_NAME)) {
                throw new ValidationException("columns", "no column maps to the contact's name (header: " + header
                        + "); map one to NAME, or FIRST_NAME/LAST_NAME");
            }
            new ChunkedImport<Candidate>("crm-contact-import-reader", options.chunkSize(), tally,
                    options.onProgress())
                    .run(records, (line, record, candidates, rejections) ->
                            parse(line, record, mapping, candidates, rejections), this::write);
            return new ContactImportReport(options.dryRun(), records.charset(), records.delimiter(),
                    mapping.byHeader(), mapping.ignored(), tally.rowsRead(), tally.stored(), tally.updated(),
                    tally.skipped(), tally.rejectedByLine(), accountsCreated, consentRecords);
        }
    }

    // ---- reading (reader thread: no storage, no access rules) ----

    private void parse(long line, List<String> record, HeaderMapping<ContactField> mapping, List<Candidate> candidates,
                       List<RowRejection> rejections) {
        Map<ContactField, String> cells = new EnumMap<>(ContactField.class);
        if (!mapping.read(line, record, cells, rejections)) {
            return;
        }
        List<Violation> problems = new ArrayList<>();
        String name = cells.get(ContactField.NAME);
        if (name == null && (cells.containsKey(ContactField.FIRST_NAME) || cells.containsKey(ContactField.LAST_NAME))) {
            name = (cells.getOrDefault(ContactField.FIRST_NAME, "") + " "
                    + cells.getOrDefault(ContactField.LAST_NAME, "")).strip();
        }
        if (name == null) {
            problems.add(new Violation("name", "must not be blank"));
        }
        List<EmailAddress> emails = new ArrayList<>();
        addAll(emails, problems, "email", list(cells.get(ContactField.EMAIL)), EmailAddress::of);
        addAll(emails, problems, "otherEmails", list(cells.get(ContactField.OTHER_EMAILS)), EmailAddress::of);
        List<PhoneNumber> numbers = new ArrayList<>();
        addAll(numbers, problems, "phone", list(cells.get(ContactField.PHONE)), this::phone);
        addAll(numbers, problems, "otherPhones", list(cells.get(ContactField.OTHER_PHONES)), this::phone);
        Locale language = convert(problems, cells.get(ContactField.LANGUAGE), ContactImport::language);
        ZoneId zone = convert(problems, cells.get(ContactField.TIME_ZONE), ContactImport::zone);
        UserId owner = cells.containsKey(ContactField.OWNER)
                ? convert(problems, cells.get(ContactField.OWNER), UserId::of) : context.actor().userId();
        Set<Tag> tags = new TreeSet<>();
        addAll(tags, problems, "tags", cells.containsKey(ContactField.TAGS)
                ? cells.get(ContactField.TAGS).split(",") : new String[0], Tag::of);
        List<SocialHandle> social = new ArrayList<>();
        for (ContactField field : ContactField.values()) {
            if (field.network().isPresent() && cells.containsKey(field)) {
                SocialHandle handle = convert(problems, cells.get(field),
                        text -> SocialHandle.of(field.network().get(), text));
                if (handle != null) {
                    social.add(handle);
                }
            }
        }
        AccountRef account = new AccountRef(
                convert(problems, cells.get(ContactField.ACCOUNT_ID), ContactImport::accountId),
                cells.get(ContactField.ACCOUNT_NAME),
                convert(problems, cells.get(ContactField.ACCOUNT_DOMAIN), ContactImport::domain));
        Map<Channel, ConsentStatus> consent = new EnumMap<>(Channel.class);
        for (ContactField field : ContactField.values()) {
            if (field.consentChannel().isPresent() && cells.containsKey(field)) {
                ConsentStatus status = convert(problems, cells.get(field), text -> consentStatus(field, text));
                if (status != null) {
                    consent.put(field.consentChannel().get(), status);
                }
            }
        }
        LawfulBasis basis = null;
        String source = cells.get(ContactField.CONSENT_SOURCE);
        if (!consent.isEmpty()) {
            basis = convert(problems, cells.get(ContactField.CONSENT_BASIS), ContactImport::lawfulBasis);
            if (!cells.containsKey(ContactField.CONSENT_BASIS)) {
                problems.add(new Violation("consentBasis", "is required with a consent column: consent is never "
                        + "imported without its lawful basis (one of " + Arrays.toString(LawfulBasis.values()) + ")"));
            }
            if (source == null) {
                problems.add(new Violation("consentSource", "is required with a consent column: consent is never "
                        + "imported without where it was given"));
            } else if (source.length() > org.smartbizflow.crm.contact.ChannelConsent.SOURCE_MAX) {
                problems.add(new Violation("consentSource", "must be at most "
                        + org.smartbizflow.crm.contact.ChannelConsent.SOURCE_MAX + " characters long"));
            }
        }
        if (!problems.isEmpty()) {
            rejections.add(new RowRejection(line, problems));
            return;
        }
        String contactName = name;
        ContactProfile profile = convert(problems, "", text -> profile(contactName, emails, numbers,
                cells.get(ContactField.JOB_TITLE), social, language, zone, tags));
        if (profile == null) {
            rejections.add(new RowRejection(line, problems));
            return;
        }
        candidates.add(new Candidate(line, profile, owner, account, consent, basis, source));
    }

    private static ContactProfile profile(String name, List<EmailAddress> emails, List<PhoneNumber> numbers,
                                          String jobTitle, List<SocialHandle> social, Locale language, ZoneId zone,
                                          Set<Tag> tags) {
        List<ContactEmail> emailList = new ArrayList<>();
        for (EmailAddress email : emails) {
            emailList.add(emailList.isEmpty() ? ContactEmail.primary(email) : ContactEmail.other(email, null));
        }
        List<ContactPhone> phoneList = new ArrayList<>();
        for (PhoneNumber number : numbers) {
            phoneList.add(phoneList.isEmpty() ? ContactPhone.primary(number) : ContactPhone.other(number, null));
        }
        return ContactProfile.named(name).withEmails(emailList).withPhones(phoneList).withJobTitle(jobTitle)
                .withSocialHandles(social).withPreferredLanguage(language).withTimeZone(zone).withTags(tags);
    }

    private PhoneNumber phone(String text) {
        return phones != null ? phones.parse(text, "phone") : PhoneNumber.parse(text);
    }

    private static Locale language(String text) {
        Locale locale = Locale.forLanguageTag(text.replace('_', '-'));
        if (locale.getLanguage().isEmpty()) {
            throw new ValidationException("language", "is not a language tag such as en or de-CH: " + text);
        }
        return locale;
    }

    private static ZoneId zone(String text) {
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            throw new ValidationException("timeZone", "is not a time zone id such as Europe/Berlin: " + text);
        }
    }

    private static AccountId accountId(String text) {
        try {
            return AccountId.parse(text);
        } catch (ValidationException | IllegalArgumentException e) {
            throw new ValidationException("accountId", "is not an account id: " + text);
        }
    }

    private static DomainName domain(String text) {
        try {
            return DomainName.of(text);
        } catch (ValidationException e) {
            throw new ValidationException("accountDomain", e.violations().get(0).problem());
        }
    }

    private static ConsentStatus consentStatus(ContactField field, String text) {
        String key = text.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_");
        if (key.equals("OPTED_IN") || key.equals("OPTED_OUT")) {
            return ConsentStatus.valueOf(key);
        }
        throw new ValidationException(field.name().toLowerCase(Locale.ROOT).replace("_c", "C"),
                "must be opted_in or opted_out, not '" + text + "'");
    }

    private static LawfulBasis lawfulBasis(String text) {
        String key = text.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_");
        try {
            return LawfulBasis.valueOf(key);
        } catch (IllegalArgumentException e) {
            throw new ValidationException("consentBasis", "is not a lawful basis: '" + text + "' (one of "
                    + Arrays.toString(LawfulBasis.values()) + ")");
        }
    }

    // ---- writing (calling thread) ----

    private void write(List<Candidate> chunk) {
        // each contact is flushed on its own (so a taken address is reported for its row), and every
        // flush checks what the transaction holds: letting go of each written row keeps that small
        // (20,000 contacts into PostgreSQL: 61 s to 28 s; 100,000 into H2: 207 s to 71 s)
        tally.writeChunk(runtime.transactions(), chunk, Candidate::line, this::lookUp, this::apply,
                runtime.persistence()::flushAndClear, this::count);
    }

    private void count(Outcome outcome) {
        tally.count(outcome.line(), outcome.kind(), outcome.rejection());
        accountsCreated += outcome.accountsCreated();
        consentRecords += outcome.consentRecords();
    }

    /**
     * Looks up, inside the current transaction, the stored contacts holding any address of
     * these rows and the stored accounts any of them names by domain or name (or implies by
     * its e-mail domain): one query each for the whole chunk.
     */
    private ChunkState lookUp(List<Candidate> chunk) {
        if (options.dryRun()) {
            dryRunState = dryRunState == null ? new ChunkState() : dryRunState.next();
        }
        ChunkState state = options.dryRun() ? dryRunState : new ChunkState();
        Set<EmailAddress> addresses = new LinkedHashSet<>();
        Set<DomainName> domains = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>();
        for (Candidate c : chunk) {
            addresses.addAll(c.profile().emailAddresses());
            AccountRef ref = c.account();
            if (ref.id() != null) {
                continue;
            }
            if (ref.named()) {
                if (ref.domain() != null) {
                    domains.add(ref.domain());
                }
                if (ref.name() != null) {
                    names.add(AccountNames.normalise(ref.name()));
                }
            } else {
                c.profile().primaryEmail().flatMap(FreeMailDomains::companyDomain).ifPresent(domains::add);
            }
        }
        if (!addresses.isEmpty()) {
            for (ContactView found : contacts.findByEmails(context.tenantId(), addresses)) {
                state.contacts.put(found.id(), found);
                found.profile().emailAddresses().forEach(address -> state.holders.put(address, found.id()));
            }
        }
        if (!domains.isEmpty() || !names.isEmpty()) {
            for (AccountView found : runtime.persistence().accounts().findByDomainsOrNormalisedNames(
                    context.tenantId(), domains, names)) {
                Optional<AccountId> id = Optional.of(found.id());
                found.profile().domains().stream().filter(domains::contains)
                        .forEach(domain -> state.byDomain.putIfAbsent(domain, id));
                if (names.contains(found.normalisedName())) {
                    state.byName.putIfAbsent(found.normalisedName(), id);
                }
            }
        }
        return state;
    }

    /** The contact as this chunk last saw it: reloaded once after a row of the chunk wrote it. */
    private Optional<ContactView> contact(ChunkState state, ContactId id) {
        if (state.written.remove(id)) {
            contacts.find(context.tenantId(), id).map(Contact::view)
                    .ifPresentOrElse(fresh -> state.contacts.put(id, fresh), () -> state.contacts.remove(id));
        }
        return Optional.ofNullable(state.contacts.get(id));
    }

    /** Records that the chunk wrote the contact and that it now holds these addresses. */
    private static void wrote(ChunkState state, ContactId id, List<EmailAddress> addresses) {
        state.written.add(id);
        addresses.forEach(address -> state.holders.put(address, id));
    }

    /** Matches and writes one row inside the current transaction (writes nothing in a dry run). */
    private Outcome apply(Candidate c, ChunkState state) {
        long line = c.line();
        List<EmailAddress> addresses = c.profile().emailAddresses();
        Map<ContactId, ContactView> existing = new LinkedHashMap<>();
        Long earlierLine = null;
        for (EmailAddress address : addresses) {
            ContactId holder = state.holders.get(address);
            if (holder != null) {
                contact(state, holder).ifPresent(found -> existing.put(found.id(), found));
            }
            if (earlierLine == null && state.earlierRows.containsKey(address)) {
                earlierLine = state.earlierRows.get(address);
            }
        }
        if (existing.size() > 1) {
            return Outcome.rejected(line, "email", "the row's addresses belong to different contacts "
                    + existing.keySet() + "; split or merge them first");
        }
        boolean duplicate = !existing.isEmpty() || earlierLine != null;
        if (duplicate && options.duplicates() == DuplicatePolicy.SKIP) {
            return Outcome.of(line, RowKind.SKIPPED);
        }
        if (duplicate && options.duplicates() == DuplicatePolicy.CREATE) {
            return Outcome.rejected(line, "email", (existing.isEmpty()
                    ? "repeats an address of line " + earlierLine
                    : "an address already belongs to contact " + existing.keySet().iterator().next())
                    + ": a tenant never has two contacts for one mailbox (import with SKIP or UPDATE)");
        }
        ContactView match = existing.isEmpty() ? null : existing.values().iterator().next();
        if (match == null && earlierLine == null && !runtime.accessPolicy().permits(context.actor(), Action.CREATE,
                new RecordAccess(ContactService.RECORD_TYPE, null, c.owner()))) {
            return Outcome.rejected(line, "owner", context.actor().userId() + " may not create contacts for "
                    + c.owner());
        }
        if (match != null && !runtime.accessPolicy().permits(context.actor(), Action.UPDATE,
                ContactService.access(match))) {
            return Outcome.rejected(line, "email", "matches contact " + match.id() + ", which "
                    + context.actor().userId() + " may not change");
        }
        int[] created = new int[1];
        Optional<Outcome> refusedAccount = Optional.empty();
        AccountId accountId = null;
        try {
            accountId = account(c, state, created);
        } catch (ValidationException e) {
            Violation v = e.violations().get(0);
            refusedAccount = Optional.of(Outcome.rejected(line, v.field(), v.problem()));
        }
        if (refusedAccount.isPresent()) {
            return refusedAccount.get();
        }
        addresses.forEach(address -> state.earlierRows.putIfAbsent(address, line));
        int consents = c.consent().size();
        if (match == null && earlierLine != null && options.dryRun()) {
            // an earlier row of this chunk would have stored the contact this row updates
            return new Outcome(line, RowKind.UPDATED, null, created[0], consents);
        }
        if (match == null) {
            if (!options.dryRun()) {
                ContactId id = service.create(new CreateContact(c.profile().withAccount(accountId), c.owner(), null));
                wrote(state, id, addresses);
                recordConsent(id, c);
            }
            return new Outcome(line, RowKind.STORED, null, created[0], consents);
        }
        if (!options.dryRun()) {
            ContactProfile merged = merge(match.profile(), c.profile(), accountId);
            ContactChange change = service.update(new UpdateContact(match.id(), merged, null));
            if (change instanceof ContactChange.Refused refused) {
                return Outcome.rejected(line, "email", "matches contact " + match.id() + ", which cannot change: "
                        + refused.reason());
            }
            wrote(state, match.id(), addresses);
            recordConsent(match.id(), c);
        }
        return new Outcome(line, RowKind.UPDATED, null, created[0], consents);
    }

    private void recordConsent(ContactId id, Candidate c) {
        c.consent().forEach((channel, status) -> service.recordConsent(
                new RecordConsent(id, channel, status, c.basis(), c.consentSource())));
    }

    /**
     * The account the row belongs to: by id, else by the domain or name it names, else by the
     * domain of its primary e-mail; null when it names none and its e-mail matches none.
     *
     * @throws ValidationException when the row names an account that does not exist (and may
     *         not be created)
     */
    private AccountId account(Candidate c, ChunkState state, int[] created) {
        AccountRef ref = c.account();
        if (ref.id() != null) {
            if (runtime.persistence().accounts().find(context.tenantId(), ref.id()).isEmpty()) {
                throw new ValidationException("accountId", "no account " + ref.id());
            }
            return ref.id();
        }
        if (ref.named()) {
            String key = ref.domain() != null ? "domain:" + ref.domain().value()
                    : "name:" + AccountNames.normalise(ref.name());
            Optional<AccountId> known = state.accounts.get(key);
            if (known == null) {
                known = findAccount(state, ref.domain(), ref.name());
                if (known.isEmpty()) {
                    if (!options.createMissingAccounts()) {
                        throw new ValidationException("account", "no account "
                                + (ref.domain() != null ? "with domain " + ref.domain() : "named '" + ref.name() + "'")
                                + "; create it first or import with createMissingAccounts");
                    }
                    known = createAccount(state, ref.name() != null ? ref.name() : ref.domain().value(), ref.domain(),
                            c.owner(), created);
                }
                state.accounts.put(key, known);
            }
            return known.orElse(null);
        }
        Optional<DomainName> domain = c.profile().primaryEmail().flatMap(FreeMailDomains::companyDomain);
        if (domain.isEmpty()) {
            return null;
        }
        String key = "domain:" + domain.get().value();
        Optional<AccountId> known = state.accounts.get(key);
        if (known == null) {
            known = findAccount(state, domain.get(), null);
            if (known.isEmpty() && options.createMissingAccounts()) {
                known = createAccount(state, domain.get().value(), domain.get(), c.owner(), created);
            }
            state.accounts.put(key, known);
        }
        return known.orElse(null);
    }

    /**
     * The first account (in id order) with the domain, else with the name, from the chunk's
     * look-up and the accounts its earlier rows created.
     */
    private static Optional<AccountId> findAccount(ChunkState state, DomainName domain, String name) {
        Optional<AccountId> byDomain = domain == null ? Optional.empty()
                : state.byDomain.getOrDefault(domain, Optional.empty());
        if (byDomain.isPresent()) {
            return byDomain;
        }
        return name == null ? Optional.empty()
                : state.byName.getOrDefault(AccountNames.normalise(name), Optional.empty());
    }

    /**
     * Creates the account through its use case (its validation, access rules, audit and events
     * apply); in a dry run counts it and links the row to nothing. Later rows of the same
     * transaction find it by its domain or name through the chunk state, as they would have
     * found it stored.
     */
    private Optional<AccountId> createAccount(ChunkState state, String name, DomainName domain, UserId owner,
                                              int[] created) {
        created[0]++;
        if (options.dryRun()) {
            return Optional.empty();
        }
        AccountProfile profile = AccountProfile.named(name);
        if (domain != null) {
            profile = profile.withDomains(domain);
        }
        Optional<AccountId> id = Optional.of(AccountUseCases.bind(runtime, context).create(
                new CreateAccount(profile, owner)));
        if (domain != null) {
            state.byDomain.putIfAbsent(domain, id);
        }
        state.byName.putIfAbsent(AccountNames.normalise(name), id);
        return id;
    }

    /**
     * The stored profile with the row merged in: the row's name, job title, language, time
     * zone and account replace the stored ones when given; its addresses, numbers, handles
     * and tags are added (a handle replaces the stored one on its network).
     */
    private static ContactProfile merge(ContactProfile stored, ContactProfile row, AccountId account) {
        List<ContactEmail> emails = new ArrayList<>(stored.emails());
        Set<EmailAddress> known = new LinkedHashSet<>(stored.emailAddresses());
        for (EmailAddress address : row.emailAddresses()) {
            if (known.add(address)) {
                emails.add(emails.isEmpty() ? ContactEmail.primary(address) : ContactEmail.other(address, null));
            }
        }
        List<ContactPhone> numbers = new ArrayList<>(stored.phones());
        for (ContactPhone phone : row.phones()) {
            if (numbers.stream().noneMatch(p -> p.number().equals(phone.number()))) {
                numbers.add(numbers.isEmpty() ? ContactPhone.primary(phone.number())
                        : ContactPhone.other(phone.number(), null));
            }
        }
        Map<String, SocialHandle> social = new LinkedHashMap<>();
        stored.socialHandles().forEach(h -> social.put(h.network(), h));
        row.socialHandles().forEach(h -> social.put(h.network(), h));
        Set<Tag> tags = new TreeSet<>(stored.tags());
        tags.addAll(row.tags());
        return new ContactProfile(row.name(), emails, numbers,
                row.jobTitle() != null ? row.jobTitle() : stored.jobTitle(),
                account != null ? account : stored.accountId(), new ArrayList<>(social.values()),
                row.preferredLanguage() != null ? row.preferredLanguage() : stored.preferredLanguage(),
                row.timeZone() != null ? row.timeZone() : stored.timeZone(), stored.customFields(), tags);
    }
}
