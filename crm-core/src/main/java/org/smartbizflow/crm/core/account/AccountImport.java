package org.smartbizflow.crm.core.account;

import static org.smartbizflow.crm.core.transfer.CellConversion.addAll;
import static org.smartbizflow.crm.core.transfer.CellConversion.convert;
import static org.smartbizflow.crm.core.transfer.CellConversion.list;

import java.io.InputStream;
import java.math.BigDecimal;
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
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.smartbizflow.crm.account.Account;
import org.smartbizflow.crm.account.AccountAddress;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.account.AccountNames;
import org.smartbizflow.crm.account.AccountProfile;
import org.smartbizflow.crm.account.AccountView;
import org.smartbizflow.crm.account.AddressKind;
import org.smartbizflow.crm.account.DomainName;
import org.smartbizflow.crm.account.MoveResult;
import org.smartbizflow.crm.account.SizeBand;
import org.smartbizflow.crm.account.TaxId;
import org.smartbizflow.crm.account.port.in.AccountField;
import org.smartbizflow.crm.account.port.in.AccountImportOptions;
import org.smartbizflow.crm.account.port.in.AccountImportReport;
import org.smartbizflow.crm.account.port.in.CreateAccount;
import org.smartbizflow.crm.account.port.in.MoveAccount;
import org.smartbizflow.crm.account.port.in.UpdateAccount;
import org.smartbizflow.crm.account.port.out.AccountRepository;
import org.smartbizflow.crm.core.runtime.CoreRuntime;
import org.smartbizflow.crm.core.transfer.ChunkedImport;
import org.smartbizflow.crm.core.transfer.CsvRecords;
import org.smartbizflow.crm.core.transfer.CustomColumns;
import org.smartbizflow.crm.core.transfer.HeaderMapping;
import org.smartbizflow.crm.core.transfer.ImportTally;
import org.smartbizflow.crm.core.transfer.ImportTally.RowKind;
import org.smartbizflow.crm.shared.Action;
import org.smartbizflow.crm.shared.Address;
import org.smartbizflow.crm.shared.CallContext;
import org.smartbizflow.crm.shared.CountryCode;
import org.smartbizflow.crm.shared.CustomFields;
import org.smartbizflow.crm.shared.CustomValue;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.RecordAccess;
import org.smartbizflow.crm.shared.Tag;
import org.smartbizflow.crm.shared.UserId;
import org.smartbizflow.crm.shared.ValidationException;
import org.smartbizflow.crm.shared.Violation;
import org.smartbizflow.crm.shared.port.in.DuplicatePolicy;
import org.smartbizflow.crm.shared.port.in.RowRejection;

/**
 * One run of a CSV account import on the pipeline the lead and contact imports use
 * ({@link ChunkedImport}): rows are parsed into valid profiles on the reader thread, and each
 * chunk is matched (by id, domain or name, and the parents the rows name) and written in one
 * transaction through the account use cases. A row's outcome is counted only once its chunk
 * commits; a chunk that fails is written again row by row, so a failing row loses nothing of
 * the others and leaves nothing of itself behind.
 *
 * <p>Each chunk looks up the accounts its rows and their parents name by domain or name with
 * one query; rows are then resolved in file order against what the chunk has written so far,
 * so a later row finds the account an earlier row created, as its duplicate or its parent.
 */
final class AccountImport {

    private static final Pattern AMOUNT_THEN_CODE = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)\\s*([A-Za-z]{3})?");
    private static final Pattern CODE_THEN_AMOUNT = Pattern.compile("([A-Za-z]{3})\\s*([0-9]+(?:\\.[0-9]+)?)");

    private final CoreRuntime runtime;
    private final CallContext context;
    private final AccountService service;
    private final AccountRepository accounts;
    private final AccountImportOptions options;
    private final CustomColumns customColumns;
    private final ImportTally tally = new ImportTally();
    /** A dry run's state so far, which its next chunk carries on. */
    private ChunkState dryRunState;
    private long parentsSet;

    /** The parent a row names; at most one part is used, the id first, then the domain, then the name. */
    private record ParentRef(AccountId id, DomainName domain, String name) {
        boolean named() {
            return id != null || domain != null || name != null;
        }

        String describe() {
            return id != null ? "id " + id : domain != null ? "domain " + domain.value() : "name '" + name + "'";
        }
    }

    /**
     * A row that passed parsing: its id (or null), a valid profile of what its cells give, the
     * owner it names (or null), its parent, and which optional profile parts it gives.
     */
    private record Candidate(long line, AccountId id, AccountProfile profile, UserId owner, ParentRef parent,
                             Set<AccountField> given) {
    }

    /** What one row came to inside a transaction; counted only once that transaction commits. */
    private record Outcome(long line, RowKind kind, Violation rejection, boolean parentSet) {
        static Outcome rejected(long line, String field, String reason) {
            return new Outcome(line, RowKind.REJECTED, new Violation(field, reason), false);
        }
    }

    /**
     * What one transaction knows: the stored accounts its rows name (looked up once, when the
     * transaction starts), and what its rows have written since. A dry run writes nothing, so
     * its chunks carry on the accounts earlier rows would have created ({@link #next}), each
     * under an id that is never stored.
     */
    private static final class ChunkState {
        /** Account ids by domain and by name key, in id order: looked up or written by this chunk's rows. */
        final Map<DomainName, List<AccountId>> byDomain;
        final Map<String, List<AccountId>> byName;
        /** Accounts a dry run would have created: never stored, never loaded. */
        final Set<AccountId> wouldCreate;
        /** The parents a dry run would have given accounts, over what is stored. */
        final Map<AccountId, AccountId> wouldMove;
        /** Accounts as looked up or last reloaded. */
        final Map<AccountId, AccountView> views = new HashMap<>();
        /** Accounts this chunk has written since they were loaded: reloaded when matched again. */
        final Set<AccountId> written = new HashSet<>();

        ChunkState() {
            this(new HashMap<>(), new HashMap<>(), new HashSet<>(), new HashMap<>());
        }

        private ChunkState(Map<DomainName, List<AccountId>> byDomain, Map<String, List<AccountId>> byName,
                           Set<AccountId> wouldCreate, Map<AccountId, AccountId> wouldMove) {
            this.byDomain = byDomain;
            this.byName = byName;
            this.wouldCreate = wouldCreate;
            this.wouldMove = wouldMove;
        }

        /** The state of a dry run's next chunk: what earlier rows would have created, stored accounts afresh. */
        ChunkState next() {
            Map<DomainName, List<AccountId>> domains = new HashMap<>();
            Map<String, List<AccountId>> names = new HashMap<>();
            byDomain.forEach((domain, ids) -> keep(ids, domains, domain));
            byName.forEach((name, ids) -> keep(ids, names, name));
            return new ChunkState(domains, names, wouldCreate, wouldMove);
        }

        private <K> void keep(List<AccountId> ids, Map<K, List<AccountId>> into, K key) {
            List<AccountId> kept = ids.stream().filter(wouldCreate::contains).toList();
            if (!kept.isEmpty()) {
                into.put(key, new ArrayList<>(kept));
            }
        }

        void register(AccountId id, AccountProfile profile) {
            for (DomainName domain : profile.domains()) {
                List<AccountId> ids = byDomain.computeIfAbsent(domain, d -> new ArrayList<>());
                if (!ids.contains(id)) {
                    ids.add(id);
                }
            }
            List<AccountId> ids = byName.computeIfAbsent(AccountNames.normalise(profile.legalName()),
                    n -> new ArrayList<>());
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
    }

    AccountImport(CoreRuntime runtime, CallContext context, AccountService service, AccountImportOptions options) {
        this.runtime = runtime;
        this.context = context;
        this.service = service;
        this.accounts = runtime.persistence().accounts();
        this.options = options;
        this.customColumns = new CustomColumns(AccountField.CUSTOM_PREFIX, options.customTypes());
    }

    AccountImportReport run(InputStream raw) {
        try (CsvRecords records = CsvRecords.open(raw, options.charset(), options.delimiter())) {
            List<String> header = records.header();
            HeaderMapping<AccountField> mapping = HeaderMapping.of(header, options.columns(), AccountField::forHeader,
                    customColumns::claim);
            if (!mapping.maps(AccountField.LEGAL_NAME)) {
                throw new ValidationException("columns", "no column maps to the account's legal name (header: "
                        + header + "); map one to LEGAL_NAME");
            }
            new ChunkedImport<Candidate>("crm-account-import-reader", options.chunkSize(), tally,
                    options.onProgress())
                    .run(records, (line, record, candidates, rejections) ->
                            parse(line, record, mapping, candidates, rejections), this::write);
            Map<String, String> custom = new LinkedHashMap<>();
            customColumns.byHeader().forEach((name, column) ->
                    custom.put(name, column.key() + ":" + column.type().name().toLowerCase(Locale.ROOT)));
            return new AccountImportReport(options.dryRun(), records.charset(), records.delimiter(),
                    mapping.byHeader(), custom, mapping.ignored(), tally.rowsRead(), tally.stored(), tally.updated(),
                    tally.skipped(), tally.rejectedByLine(), parentsSet);
        }
    }

    // ---- reading (reader thread: no storage, no access rules) ----

    private void parse(long line, List<String> record, HeaderMapping<AccountField> mapping, List<Candidate> candidates,
                       List<RowRejection> rejections) {
        Map<AccountField, String> cells = new EnumMap<>(AccountField.class);
        if (!mapping.read(line, record, cells, rejections)) {
            return;
        }
        List<Violation> problems = new ArrayList<>();
        String legalName = cells.get(AccountField.LEGAL_NAME);
        if (legalName == null) {
            problems.add(new Violation("legalName", "must not be blank"));
        }
        AccountId id = convert(problems, cells.get(AccountField.ID), text -> accountId("id", text));
        List<DomainName> domains = new ArrayList<>();
        addAll(domains, problems, "domain", list(cells.get(AccountField.DOMAIN)), DomainName::of);
        addAll(domains, problems, "otherDomains", list(cells.get(AccountField.OTHER_DOMAINS)), DomainName::of);
        SizeBand band = convert(problems, cells.get(AccountField.SIZE_BAND), AccountImport::sizeBand);
        SizeBand byEmployees = convert(problems, cells.get(AccountField.EMPLOYEES), AccountImport::employees);
        if (band != null && byEmployees != null && band != byEmployees) {
            problems.add(new Violation("employees", cells.get(AccountField.EMPLOYEES) + " employees is size band "
                    + byEmployees + ", but the row's sizeBand says " + band));
        }
        Money revenue = convert(problems, cells.get(AccountField.ANNUAL_REVENUE),
                text -> revenue(text, cells.get(AccountField.CURRENCY)));
        if (revenue == null && cells.containsKey(AccountField.CURRENCY) && !cells.containsKey(AccountField.ANNUAL_REVENUE)) {
            convert(problems, cells.get(AccountField.CURRENCY), text -> currency("currency", text));
        }
        List<TaxId> taxIds = new ArrayList<>();
        addAll(taxIds, problems, "taxIds", list(cells.get(AccountField.TAX_IDS)), AccountImport::taxId);
        Set<String> schemes = new HashSet<>();
        for (TaxId taxId : taxIds) {
            if (!schemes.add(taxId.scheme())) {
                problems.add(new Violation("taxIds", "gives two numbers for scheme " + taxId.scheme()
                        + "; an account holds one number per scheme"));
            }
        }
        UserId owner = convert(problems, cells.get(AccountField.OWNER), UserId::of);
        Set<Tag> tags = new TreeSet<>();
        addAll(tags, problems, "tags", cells.containsKey(AccountField.TAGS)
                ? cells.get(AccountField.TAGS).split(",") : new String[0], Tag::of);
        ParentRef parent = new ParentRef(
                convert(problems, cells.get(AccountField.PARENT_ID), text -> accountId("parentId", text)),
                convert(problems, cells.get(AccountField.PARENT_DOMAIN), text -> domain("parentDomain", text)),
                cells.get(AccountField.PARENT_NAME));
        List<AccountAddress> addresses = new ArrayList<>();
        for (AddressKind kind : List.of(AddressKind.BILLING, AddressKind.SHIPPING, AddressKind.REGISTERED)) {
            AccountAddress address = address(kind, cells, problems);
            if (address != null) {
                addresses.add(address);
            }
        }
        Map<String, CustomValue> custom = customColumns.values(record, problems);
        if (!problems.isEmpty()) {
            rejections.add(new RowRejection(line, problems));
            return;
        }
        SizeBand size = band != null ? band : byEmployees;
        AccountProfile profile = convert(problems, "", text -> new AccountProfile(legalName, domains,
                cells.get(AccountField.INDUSTRY), size, revenue, addresses, taxIds, cells.get(AccountField.TEAM),
                CustomFields.of(custom), tags));
        if (profile == null) {
            rejections.add(new RowRejection(line, problems));
            return;
        }
        Set<AccountField> given = cells.isEmpty() ? Set.of() : java.util.EnumSet.copyOf(cells.keySet());
        candidates.add(new Candidate(line, id, profile, owner, parent, given));
    }

    /** The address of one kind from its five columns; null when none of them is filled. */
    private static AccountAddress address(AddressKind kind, Map<AccountField, String> cells,
                                          List<Violation> problems) {
        Map<AccountField.AddressPart, String> parts = new EnumMap<>(AccountField.AddressPart.class);
        for (AccountField field : AccountField.values()) {
            if (field.addressKind().orElse(null) == kind && cells.containsKey(field)) {
                parts.put(field.addressPart().orElseThrow(), cells.get(field));
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        String prefix = kind.name().toLowerCase(Locale.ROOT);
        String country = parts.get(AccountField.AddressPart.COUNTRY);
        if (country == null) {
            problems.add(new Violation(prefix + "Country", "is required with a " + prefix + " address"));
            return null;
        }
        List<Violation> own = new ArrayList<>();
        AccountAddress address = convert(own, "", text -> AccountAddress.of(kind, new Address(
                parts.get(AccountField.AddressPart.STREET), parts.get(AccountField.AddressPart.POSTAL_CODE),
                parts.get(AccountField.AddressPart.CITY), parts.get(AccountField.AddressPart.REGION),
                CountryCode.of(country))));
        for (Violation v : own) {
            // address.city -> billingCity, country -> billingCountry
            String part = v.field().startsWith("address.") ? v.field().substring("address.".length()) : v.field();
            problems.add(new Violation(prefix + Character.toUpperCase(part.charAt(0)) + part.substring(1),
                    v.problem()));
        }
        return address;
    }

    private static AccountId accountId(String field, String text) {
        try {
            return AccountId.parse(text);
        } catch (ValidationException | IllegalArgumentException e) {
            throw new ValidationException(field, "is not an account id: " + text);
        }
    }

    private static DomainName domain(String field, String text) {
        try {
            return DomainName.of(text);
        } catch (ValidationException e) {
            throw new ValidationException(field, e.violations().get(0).problem());
        }
    }

    private static SizeBand sizeBand(String text) {
        String key = text.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_");
        try {
            return SizeBand.valueOf(key);
        } catch (IllegalArgumentException e) {
            throw new ValidationException("sizeBand", "is not a size band: '" + text + "' (one of "
                    + Arrays.toString(SizeBand.values()) + ")");
        }
    }

    private static SizeBand employees(String text) {
        try {
            int count = Integer.parseInt(text.strip());
            if (count >= 1) {
                return SizeBand.ofEmployees(count);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ValidationException("employees", "must be a whole number of at least 1: " + text);
    }

    /**
     * The revenue: an amount with its currency code before or after it, or an amount alone with
     * the code from the currency column. Thousands separators are refused rather than guessed.
     */
    private static Money revenue(String text, String currencyCell) {
        String amount;
        String code;
        Matcher after = AMOUNT_THEN_CODE.matcher(text.strip());
        Matcher before = CODE_THEN_AMOUNT.matcher(text.strip());
        if (after.matches()) {
            amount = after.group(1);
            code = after.group(2);
        } else if (before.matches()) {
            code = before.group(1);
            amount = before.group(2);
        } else {
            throw new ValidationException("annualRevenue", "must be an amount such as 1200000 or 1200000.50, "
                    + "optionally with its currency code (1200000 GBP): " + text);
        }
        if (code != null && currencyCell != null && !code.equalsIgnoreCase(currencyCell.strip())) {
            throw new ValidationException("annualRevenue", "is in " + code.toUpperCase(Locale.ROOT)
                    + " but the row's currency says " + currencyCell);
        }
        if (code == null && currencyCell == null) {
            throw new ValidationException("annualRevenue", "needs a currency: add a currency column or write it "
                    + "after the amount (" + text + " GBP)");
        }
        java.util.Currency currency = currency(code != null ? "annualRevenue" : "currency",
                code != null ? code : currencyCell);
        try {
            return Money.of(new BigDecimal(amount), currency);
        } catch (ValidationException e) {
            throw new ValidationException("annualRevenue", e.violations().get(0).problem());
        }
    }

    private static java.util.Currency currency(String field, String code) {
        try {
            return Money.currency(code.strip().toUpperCase(Locale.ROOT));
        } catch (ValidationException | IllegalArgumentException e) {
            throw new ValidationException(field, "is not an ISO 4217 currency code: " + code);
        }
    }

    private static TaxId taxId(String text) {
        String[] parts = text.strip().split("[\\s:]+", 2);
        if (parts.length < 2) {
            throw new ValidationException("taxIds", "'" + text + "' must be a scheme and a number, such as "
                    + "VAT GB123456789");
        }
        return TaxId.of(parts[0], parts[1]);
    }

    // ---- writing (calling thread) ----

    private void write(List<Candidate> chunk) {
        // rows are not flushed one by one here, so the JDBC batches span rows, and an account created
        // by an earlier row stays at hand as a parent: letting go of each row made a PostgreSQL
        // import twice as slow
        tally.writeChunk(runtime.transactions(), chunk, Candidate::line, this::lookUp, this::apply, () -> { },
                this::count);
    }

    private void count(Outcome outcome) {
        tally.count(outcome.line(), outcome.kind(), outcome.rejection());
        if (outcome.parentSet()) {
            parentsSet++;
        }
    }

    /**
     * Looks up, inside the current transaction, the stored accounts the chunk's rows and their
     * parents name by domain or name (one query for the chunk) and by id (one find each).
     */
    private ChunkState lookUp(List<Candidate> chunk) {
        if (options.dryRun()) {
            dryRunState = dryRunState == null ? new ChunkState() : dryRunState.next();
        }
        ChunkState state = options.dryRun() ? dryRunState : new ChunkState();
        Set<DomainName> domains = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>();
        Set<AccountId> ids = new LinkedHashSet<>();
        for (Candidate c : chunk) {
            if (c.id() != null) {
                ids.add(c.id());
            } else if (!c.profile().domains().isEmpty()) {
                domains.addAll(c.profile().domains());
            } else {
                names.add(AccountNames.normalise(c.profile().legalName()));
            }
            ParentRef parent = c.parent();
            if (parent.id() != null) {
                ids.add(parent.id());
            } else if (parent.domain() != null) {
                domains.add(parent.domain());
            } else if (parent.name() != null) {
                names.add(AccountNames.normalise(parent.name()));
            }
        }
        if (!domains.isEmpty() || !names.isEmpty()) {
            for (AccountView found : accounts.findByDomainsOrNormalisedNames(context.tenantId(), domains, names)) {
                state.views.put(found.id(), found);
                for (DomainName domain : found.profile().domains()) {
                    if (domains.contains(domain)) {
                        addOnce(state.byDomain.computeIfAbsent(domain, d -> new ArrayList<>()), found.id());
                    }
                }
                if (names.contains(found.normalisedName())) {
                    addOnce(state.byName.computeIfAbsent(found.normalisedName(), n -> new ArrayList<>()), found.id());
                }
            }
        }
        for (AccountId id : ids) {
            if (!state.views.containsKey(id)) {
                accounts.find(context.tenantId(), id).map(Account::view).ifPresent(view -> state.views.put(id, view));
            }
        }
        return state;
    }

    private static void addOnce(List<AccountId> ids, AccountId id) {
        if (!ids.contains(id)) {
            ids.add(id);
        }
    }

    /** The account as this chunk last saw it: reloaded once after a row of the chunk wrote it. */
    private Optional<AccountView> view(ChunkState state, AccountId id) {
        if (state.written.remove(id)) {
            accounts.find(context.tenantId(), id).map(Account::view)
                    .ifPresentOrElse(fresh -> state.views.put(id, fresh), () -> state.views.remove(id));
        }
        return Optional.ofNullable(state.views.get(id));
    }

    /** The stored (or, in a dry run, would-be) accounts a row matches: by domain, else by name. */
    private static List<AccountId> matches(ChunkState state, AccountProfile profile) {
        Set<AccountId> found = new LinkedHashSet<>();
        if (!profile.domains().isEmpty()) {
            for (DomainName domain : profile.domains()) {
                found.addAll(state.byDomain.getOrDefault(domain, List.of()));
            }
        } else {
            found.addAll(state.byName.getOrDefault(AccountNames.normalise(profile.legalName()), List.of()));
        }
        return new ArrayList<>(found);
    }

    /** Matches and writes one row inside the current transaction (writes nothing in a dry run). */
    private Outcome apply(Candidate c, ChunkState state) {
        long line = c.line();
        AccountId matchId = null;
        if (c.id() != null) {
            if (!state.wouldCreate.contains(c.id()) && view(state, c.id()).isEmpty()) {
                return Outcome.rejected(line, "id", "no account " + c.id() + " in this tenant; leave the id empty "
                        + "(or map no column to ID) to import the row as a new account");
            }
            if (options.duplicates() == DuplicatePolicy.CREATE) {
                return Outcome.rejected(line, "id", "names stored account " + c.id() + ", but CREATE stores new "
                        + "accounts only; import with UPDATE to change it, or leave the id empty");
            }
            matchId = c.id();
        } else if (options.duplicates() != DuplicatePolicy.CREATE) {
            List<AccountId> found = matches(state, c.profile());
            if (found.size() > 1) {
                return Outcome.rejected(line, c.profile().domains().isEmpty() ? "legalName" : "domain",
                        "matches " + found.size() + " accounts " + found + "; add an id column to say which");
            }
            matchId = found.isEmpty() ? null : found.get(0);
        }
        if (matchId != null && options.duplicates() == DuplicatePolicy.SKIP) {
            return new Outcome(line, RowKind.SKIPPED, null, false);
        }
        boolean pending = matchId != null && state.wouldCreate.contains(matchId);
        AccountView match = matchId == null || pending ? null : view(state, matchId).orElse(null);
        UserId owner = c.owner() != null ? c.owner() : context.actor().userId();
        if (matchId == null && !runtime.accessPolicy().permits(context.actor(), Action.CREATE,
                new RecordAccess(AccountService.RECORD_TYPE, null, owner))) {
            return Outcome.rejected(line, "owner", context.actor().userId() + " may not create accounts for " + owner);
        }
        if (match != null && !runtime.accessPolicy().permits(context.actor(), Action.UPDATE,
                AccountService.access(match))) {
            return Outcome.rejected(line, c.id() != null ? "id" : "domain", "matches account " + match.id()
                    + ", which " + context.actor().userId() + " may not change");
        }
        AccountId parent = null;
        if (c.parent().named()) {
            List<AccountId> parents = parents(state, c.parent());
            if (parents.isEmpty()) {
                return Outcome.rejected(line, "parent", "no account with " + c.parent().describe()
                        + "; a parent must be stored or on an earlier row");
            }
            if (parents.size() > 1) {
                return Outcome.rejected(line, "parent", parents.size() + " accounts have " + c.parent().describe()
                        + " " + parents + "; name the parent by its id");
            }
            parent = parents.get(0);
            if (parent.equals(matchId)) {
                return Outcome.rejected(line, "parent", "an account cannot be its own parent");
            }
            // a cycle can only come from a change of parent; the recursive query also flushes
            if (matchId != null && (match == null || !parent.equals(parentOf(state, match)))
                    && below(state, parent, matchId)) {
                return Outcome.rejected(line, "parent", "the parent (" + c.parent().describe() + ") is below "
                        + c.profile().legalName() + "; moving it there would make a cycle");
            }
        }
        AccountProfile profile = c.profile();
        if (match != null) {
            try {
                profile = merge(match.profile(), c);
            } catch (ValidationException e) {
                Violation v = e.violations().get(0);
                return Outcome.rejected(line, v.field(), "merged with account " + match.id() + ": " + v.problem());
            }
        }
        boolean parentSet = parent != null && (match == null || !parent.equals(parentOf(state, match)));
        RowKind kind = matchId == null ? RowKind.STORED : RowKind.UPDATED;
        if (options.dryRun()) {
            AccountId id = matchId != null ? matchId : new AccountId(UUID.randomUUID());
            if (matchId == null) {
                state.wouldCreate.add(id);
            }
            state.register(id, profile);
            if (parentSet) {
                state.wouldMove.put(id, parent);
            }
            return new Outcome(line, kind, null, parentSet);
        }
        AccountId id;
        if (match == null) {
            // a new account goes straight under its parent: nothing is below it, so no move is needed
            id = service.create(new CreateAccount(profile, owner, parent));
        } else {
            id = match.id();
            service.update(new UpdateAccount(id, profile, c.owner(), null));
        }
        state.written.add(id);
        state.register(id, profile);
        if (parentSet && match != null) {
            MoveResult moved = service.move(MoveAccount.under(id, parent));
            if (moved instanceof MoveResult.Refused refused) {
                // rolls the chunk back; written again alone, the row is rejected with nothing stored
                throw new ValidationException("parent", refused.reason());
            }
        }
        return new Outcome(line, kind, null, parentSet);
    }

    /**
     * Is {@code account} the parent or above it? A real run asks the store's recursive query,
     * which sees what earlier rows of the transaction moved; a dry run walks up through the
     * moves its earlier rows would have made, and the stored parents elsewhere.
     */
    private boolean below(ChunkState state, AccountId parent, AccountId account) {
        if (!options.dryRun()) {
            return accounts.ancestors(context.tenantId(), parent).stream().anyMatch(node -> node.id().equals(account));
        }
        AccountId at = parent;
        for (int steps = 0; at != null && steps < 10_000; steps++) {
            if (at.equals(account)) {
                return true;
            }
            if (state.wouldMove.containsKey(at)) {
                at = state.wouldMove.get(at);
            } else {
                at = state.wouldCreate.contains(at) ? null : view(state, at).map(AccountView::parentId).orElse(null);
            }
        }
        return false;
    }

    /** The account's parent, as stored or as a dry run's earlier row would have set it. */
    private static AccountId parentOf(ChunkState state, AccountView account) {
        return state.wouldMove.getOrDefault(account.id(), account.parentId());
    }

    private List<AccountId> parents(ChunkState state, ParentRef ref) {
        if (ref.id() != null) {
            return state.wouldCreate.contains(ref.id()) || view(state, ref.id()).isPresent()
                    ? List.of(ref.id()) : List.of();
        }
        if (ref.domain() != null) {
            return state.byDomain.getOrDefault(ref.domain(), List.of());
        }
        return state.byName.getOrDefault(AccountNames.normalise(ref.name()), List.of());
    }

    /**
     * The stored profile with the row merged in: the legal name and every other cell the row
     * gives replace what they name; domains, tax ids (by scheme) and tags are added; each
     * address replaces the first stored address of its kind, or is added; custom fields are
     * merged by key.
     */
    private static AccountProfile merge(AccountProfile stored, Candidate c) {
        AccountProfile row = c.profile();
        List<DomainName> domains = new ArrayList<>(stored.domains());
        row.domains().stream().filter(d -> !domains.contains(d)).forEach(domains::add);
        List<AccountAddress> addresses = new ArrayList<>(stored.addresses());
        for (AccountAddress address : row.addresses()) {
            int at = -1;
            for (int i = 0; i < addresses.size() && at < 0; i++) {
                if (addresses.get(i).kind() == address.kind()) {
                    at = i;
                }
            }
            if (at >= 0) {
                addresses.set(at, address);
            } else {
                addresses.add(address);
            }
        }
        Map<String, TaxId> taxIds = new LinkedHashMap<>();
        stored.taxIds().forEach(t -> taxIds.put(t.scheme(), t));
        row.taxIds().forEach(t -> taxIds.put(t.scheme(), t));
        CustomFields custom = stored.customFields();
        for (Map.Entry<String, CustomValue> field : row.customFields().values().entrySet()) {
            custom = custom.with(field.getKey(), field.getValue());
        }
        Set<Tag> tags = new TreeSet<>(stored.tags());
        tags.addAll(row.tags());
        boolean sizeGiven = c.given().contains(AccountField.SIZE_BAND) || c.given().contains(AccountField.EMPLOYEES);
        return new AccountProfile(row.legalName(), domains,
                row.industry() != null ? row.industry() : stored.industry(),
                sizeGiven ? row.sizeBand() : stored.sizeBand(),
                row.annualRevenue() != null ? row.annualRevenue() : stored.annualRevenue(),
                addresses, new ArrayList<>(taxIds.values()),
                row.team() != null ? row.team() : stored.team(), custom, tags);
    }
}
