package org.smartbizflow.crm.contract;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.smartbizflow.crm.lead.Attribution;
import org.smartbizflow.crm.lead.Lead;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.lead.LeadSource;
import org.smartbizflow.crm.lead.LeadStatus;
import org.smartbizflow.crm.lead.LeadView;
import org.smartbizflow.crm.shared.AuditEntry;
import org.smartbizflow.crm.shared.CustomFields;
import org.smartbizflow.crm.shared.CustomValue;
import org.smartbizflow.crm.shared.EmailAddress;
import org.smartbizflow.crm.shared.Tag;
import org.smartbizflow.crm.shared.PhoneNumber;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;
import org.smartbizflow.crm.shared.port.out.IdGenerator;
import org.smartbizflow.crm.shared.port.out.StoredEvent;

/**
 * Test data for the port contracts. Ids come from one shared time-ordered generator, so every
 * id made later sorts after every id made earlier (as the adapters' keyset paging expects),
 * and instants are whole microseconds because that is what databases keep.
 */
public final class LeadFixtures {

    /** One generator for the whole JVM: ids are strictly increasing across tests. */
    private static final IdGenerator IDS = IdGenerator.timeOrdered(Clock.systemUTC());

    /** A fixed, sub-second instant so that precision loss would show. */
    public static final Instant BASE_TIME = Instant.parse("2026-03-02T09:15:30.123456Z");

    private static final String[] FIRST = {"Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Frances",
        "Tony", "Margaret", "Niklaus"};
    private static final String[] LAST = {"Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov", "Knuth", "Allen",
        "Hoare", "Hamilton", "Wirth"};
    private static final String[] COMPANIES = {"Analytical Engines Ltd", "Cobol Works", "Enigma Partners",
        "Shortest Path GmbH", "Substitution Inc", "TeX Foundry", "Parallel Labs", "Quicksort & Sons",
        "Apollo Flight Software", "Pascal AG", "Growth 100% Ltd", "under_score Co"};

    private LeadFixtures() {
    }

    public static UUID nextId() {
        return IDS.next();
    }

    public static LeadId nextLeadId() {
        return LeadId.of(IDS.next());
    }

    /** A tenant no other test uses, so tests need no cleanup and may share one database. */
    public static TenantId freshTenant() {
        return TenantId.of("t-" + UUID.randomUUID().toString().replace("-", "").substring(0, 20));
    }

    public static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    /** A new lead with every optional field set. */
    public static Lead lead(TenantId tenant) {
        return Lead.capture(nextLeadId(), tenant, UserId.of("owner-1"), "Ada Lovelace", "Analytical Engines Ltd",
                EmailAddress.of("ada@engines.example"), PhoneNumber.of("+442079460000"), LeadSource.WEB_FORM,
                BASE_TIME);
    }

    /** A new lead with every optional field null. */
    public static Lead bareLead(TenantId tenant) {
        return Lead.capture(nextLeadId(), tenant, UserId.of("owner-2"), "Grace Hopper", null, null, null,
                LeadSource.MANUAL, BASE_TIME.plusSeconds(1));
    }

    /** A stored-state lead with the given values, for tests that need any status or time. */
    public static Lead restored(TenantId tenant, LeadId id, String owner, String name, String company, String email,
                                LeadSource source, LeadStatus status, Instant createdAt) {
        Instant created = micros(createdAt);
        return Lead.restore(new LeadView(id, tenant, UserId.of(owner), name, company,
                email == null ? null : EmailAddress.of(email), null, source, status, 0, created, created));
    }

    /**
     * {@code count} varied leads of one tenant, in id order: every status, source and a few
     * owners, creation times spread over weeks, some without company or e-mail, names and
     * companies in mixed case. Deterministic for a given seed.
     */
    public static List<Lead> varied(TenantId tenant, int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        // MERGED only comes from a merge, with the survivor set; varied leads are never tombstones
        LeadStatus[] statuses = java.util.Arrays.stream(LeadStatus.values()).filter(s -> s != LeadStatus.MERGED)
                .toArray(LeadStatus[]::new);
        LeadSource[] sources = LeadSource.values();
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> {
            String first = FIRST[random.nextInt(FIRST.length)];
            String last = LAST[random.nextInt(LAST.length)];
            String name = random.nextInt(5) == 0 ? (first + " " + last).toUpperCase(java.util.Locale.ROOT)
                    : first + " " + last;
            String company = random.nextInt(6) == 0 ? null : COMPANIES[random.nextInt(COMPANIES.length)];
            String email = random.nextInt(5) == 0 ? null
                    : (first + (random.nextBoolean() ? "." : "_") + last + i + "@"
                    + (random.nextBoolean() ? "engines.example" : "mail.example")).toLowerCase(java.util.Locale.ROOT);
            Instant created = BASE_TIME.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 30)))
                    .plusNanos(random.nextInt(1_000_000) * 1_000L);
            Lead plain = restored(tenant, nextLeadId(), "owner-" + random.nextInt(4), name, company, email,
                    sources[random.nextInt(sources.length)], statuses[random.nextInt(statuses.length)], created);
            return withProfile(plain.view(), random);
        }).toList();
    }

    private static final String[] CAMPAIGNS = {"spring-fair", "newsletter-03", "partner-q1"};
    private static final String[] TAGS = {"vip", "trade-show", "cold", "reseller", "emea"};

    /**
     * The lead with a random campaign, tags, score, custom fields and milestone times (about
     * one lead in four without each), as stored state.
     */
    private static Lead withProfile(LeadView v, SplittableRandom random) {
        Attribution attribution = random.nextInt(4) == 0 ? Attribution.none()
                : Attribution.campaign(CAMPAIGNS[random.nextInt(CAMPAIGNS.length)], "Campaign")
                        .withUtm(random.nextBoolean() ? "newsletter" : "google", random.nextBoolean() ? "email" : "cpc",
                                null, null, null);
        java.util.TreeSet<Tag> tags = new java.util.TreeSet<>();
        for (String tag : TAGS) {
            if (random.nextInt(3) == 0) {
                tags.add(Tag.of(tag));
            }
        }
        Integer score = random.nextInt(4) == 0 ? null : random.nextInt(101);
        java.util.Map<String, CustomValue> custom = new java.util.TreeMap<>();
        if (random.nextInt(4) != 0) {
            custom.put("employees", CustomValue.number(java.math.BigDecimal.valueOf(random.nextInt(5000), random.nextInt(3))));
        }
        if (random.nextInt(4) != 0) {
            custom.put("renewal", CustomValue.date(java.time.LocalDate.of(2026, 1, 1).plusDays(random.nextInt(400))));
        }
        if (random.nextInt(4) != 0) {
            custom.put("industry", CustomValue.text(random.nextBoolean() ? "Retail Banking" : "Heavy Industry"));
        }
        if (random.nextInt(4) != 0) {
            custom.put("partner", CustomValue.bool(random.nextBoolean()));
        }
        boolean qualifiedOnce = v.status() == LeadStatus.QUALIFIED || v.status() == LeadStatus.CONVERTED
                || (v.status() != LeadStatus.NEW && random.nextBoolean());
        Instant qualifiedAt = qualifiedOnce ? v.createdAt().plusSeconds(60L + random.nextInt(20 * 24 * 3600)) : null;
        Instant convertedAt = v.status() == LeadStatus.CONVERTED
                ? qualifiedAt.plusSeconds(1L + random.nextInt(10 * 24 * 3600)) : null;
        Instant updated = convertedAt != null ? convertedAt : qualifiedAt != null ? qualifiedAt : v.createdAt();
        return Lead.restore(new LeadView(v.id(), v.tenantId(), v.ownerId(), v.name(), v.company(), v.email(), v.phone(),
                v.source(), v.status(), 0, v.createdAt(), updated, null, null, attribution, CustomFields.of(custom), tags,
                score, qualifiedAt, convertedAt, null));
    }

    public static StoredEvent event(TenantId tenant, String aggregateId, Instant occurredAt) {
        UUID id = nextId();
        return new StoredEvent(id, tenant, "LeadCaptured", aggregateId,
                "{\"eventId\":\"" + id + "\",\"note\":\"quotes \\\" and unicode \u00e9\u20ac\"}", micros(occurredAt));
    }

    public static AuditEntry audit(TenantId tenant, String recordType, String recordId, String field, String oldValue,
                                   String newValue, Instant at) {
        return new AuditEntry(nextId(), tenant, recordType, recordId, field, oldValue, newValue, UserId.of("u-42"),
                micros(at));
    }
}
