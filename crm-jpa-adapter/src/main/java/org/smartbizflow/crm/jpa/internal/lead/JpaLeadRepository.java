package org.smartbizflow.crm.jpa.internal.lead;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.TypedQuery;
import java.sql.Connection;
import java.util.ArrayList;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.smartbizflow.crm.jpa.internal.shared.CustomPlans;
import org.smartbizflow.crm.jpa.internal.shared.PersistenceFailures;
import org.smartbizflow.crm.lead.CustomFieldCriterion;
import org.smartbizflow.crm.lead.CustomFieldKey;
import org.smartbizflow.crm.lead.Lead;
import org.smartbizflow.crm.lead.LeadMilestone;
import org.smartbizflow.crm.lead.LeadSort;
import org.smartbizflow.crm.lead.LeadCount;
import org.smartbizflow.crm.lead.LeadDimension;
import org.smartbizflow.crm.lead.LeadFilter;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.lead.LeadScore;
import org.smartbizflow.crm.lead.LeadStatus;
import org.smartbizflow.crm.lead.LeadView;
import org.smartbizflow.crm.lead.port.out.LeadRepository;
import org.smartbizflow.crm.shared.ConcurrencyConflictException;
import org.smartbizflow.crm.shared.CustomFields;
import org.smartbizflow.crm.shared.CustomValue;
import org.smartbizflow.crm.shared.EmailAddress;
import org.smartbizflow.crm.shared.NotFoundException;
import org.smartbizflow.crm.shared.Page;
import org.smartbizflow.crm.shared.PhoneNumber;
import org.smartbizflow.crm.shared.PageRequest;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.Tag;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * Leads in {@code crm_lead}. Every query names the tenant; searches are keyset-paged on the
 * primary key (time-ordered ids, so creation order) and read one row more than the page to
 * know whether another page follows, which keeps each page one index range scan whatever
 * the table size.
 */
public final class JpaLeadRepository implements LeadRepository {

    /** The escape character for LIKE patterns; not a backslash, which MySQL-family parsers treat specially. */
    private static final char LIKE_ESCAPE = '!';
    /** Values per look-up query: well inside every database's limit on IN-list parameters. */
    private static final int IN_LIST_SLICE = 500;
    private static final String ESCAPE = " escape '" + LIKE_ESCAPE + "'";
    /** The tenant's leads, merged ones left out, without a score made by {@code :version}. */
    private static final String SCORED_OTHERWISE = "left join CrmLeadScore s on s.leadId = l.id"
            + " and s.tenantId = l.tenantId where l.tenantId = :tenant and l.status <> :merged"
            + " and (s.leadId is null or s.scorerVersion <> :version";
    private static final String OR_SCORED_BEFORE = " or s.scoredAt < :scoredBefore";

    private final Supplier<EntityManager> entityManager;
    private final CustomPlans customPlans = new CustomPlans();

    public JpaLeadRepository(Supplier<EntityManager> entityManager) {
        this.entityManager = Objects.requireNonNull(entityManager, "entityManager");
    }

    /** The entity classes this adapter maps. */
    public static List<Class<?>> entityClasses() {
        return List.of(LeadEntity.class, LeadCustomFieldEntity.class, LeadTagEntity.class, LeadScoreEntity.class,
                ScoreFactorLine.class);
    }

    @Override
    public Optional<Lead> find(TenantId tenantId, LeadId id) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(id, "id");
        return row(tenantId, id).map(row -> views(List.of(row)).get(0)).map(Lead::restore);
    }

    /**
     * The rows in slices well inside IN-list limits, with their custom fields and tags read per
     * slice. The query names the ids alone and the tenant is checked on the rows: with the
     * tenant in the query too, H2 walks the tenant's index and tests every row against the list.
     */
    @Override
    public List<Lead> findAll(TenantId tenantId, Collection<LeadId> ids) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(ids, "ids");
        List<UUID> wanted = ids.stream().map(LeadId::value).distinct().toList();
        List<Lead> found = new ArrayList<>(wanted.size());
        for (int from = 0; from < wanted.size(); from += IN_LIST_SLICE) {
            List<LeadEntity> rows = entityManager.get()
                    .createQuery("select l from CrmLead l where l.id in :ids", LeadEntity.class)
                    .setParameter("ids", wanted.subList(from, Math.min(wanted.size(), from + IN_LIST_SLICE)))
                    .getResultList().stream()
                    .filter(row -> row.tenantId().equals(tenantId.value()))
                    .toList();
            views(rows).forEach(view -> found.add(Lead.restore(view)));
        }
        return found;
    }

    private Optional<LeadEntity> row(TenantId tenantId, LeadId id) {
        LeadEntity row = entityManager.get().find(LeadEntity.class, id.value());
        return row != null && row.tenantId().equals(tenantId.value()) ? Optional.of(row) : Optional.empty();
    }

    @Override
    public void insert(Lead lead) {
        Preconditions.notNull(lead, "lead");
        LeadView state = lead.view();
        EntityManager em = entityManager.get();
        LeadEntity row = LeadMapper.newRow(state);
        em.persist(row);
        state.customFields().values().forEach((key, value) -> em.persist(
                new LeadCustomFieldEntity(state.id().value(), state.tenantId().value(), key, value)));
        state.tags().forEach(tag -> em.persist(new LeadTagEntity(state.id().value(), state.tenantId().value(), tag.value())));
        row.childrenStored(state.customFields().values(), tagValues(state));
    }

    /** The views of the rows, with their custom fields and tags read in one query each. */
    private List<LeadView> views(List<LeadEntity> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(LeadEntity::id).toList();
        Map<UUID, Map<String, CustomValue>> custom = new HashMap<>();
        Map<UUID, Set<Tag>> tags = new HashMap<>();
        EntityManager em = entityManager.get();
        em.createQuery("select c from CrmLeadCustomField c where c.leadId in :ids", LeadCustomFieldEntity.class)
                .setParameter("ids", ids).getResultStream()
                .forEach(c -> custom.computeIfAbsent(c.leadId(), id -> new TreeMap<>()).put(c.key(), c.value()));
        em.createQuery("select t from CrmLeadTag t where t.leadId in :ids", LeadTagEntity.class)
                .setParameter("ids", ids).getResultStream()
                .forEach(t -> tags.computeIfAbsent(t.leadId(), id -> new TreeSet<>()).add(Tag.of(t.tag())));
        return rows.stream().map(row -> {
            LeadView view = LeadMapper.toView(row, CustomFields.of(custom.getOrDefault(row.id(), Map.of())),
                    tags.getOrDefault(row.id(), Set.of()));
            row.childrenStored(view.customFields().values(), tagValues(view));
            return view;
        }).toList();
    }

    private static Set<String> tagValues(LeadView state) {
        Set<String> values = new HashSet<>();
        state.tags().forEach(tag -> values.add(tag.value()));
        return values;
    }

    /**
     * Brings the child rows in line with the state: removes, changes and adds only what differs.
     * When this persistence context already knows the store holds exactly the state's children
     * (the lead was read or written in it), there is nothing to do and nothing is read.
     */
    private void syncChildren(LeadEntity lead, LeadView state) {
        Set<String> stateTags = tagValues(state);
        if (lead.holdsChildren(state.customFields().values(), stateTags)) {
            return;
        }
        EntityManager em = entityManager.get();
        UUID id = state.id().value();
        Map<String, CustomValue> wanted = new HashMap<>(state.customFields().values());
        for (LeadCustomFieldEntity row : em.createQuery("select c from CrmLeadCustomField c where c.leadId = :id",
                LeadCustomFieldEntity.class).setParameter("id", id).getResultList()) {
            CustomValue value = wanted.remove(row.key());
            if (value == null) {
                em.remove(row);
            } else if (!value.equals(row.value())) {
                row.set(value);
            }
        }
        wanted.forEach((key, value) -> em.persist(new LeadCustomFieldEntity(id, state.tenantId().value(), key, value)));
        Set<String> wantedTags = new HashSet<>(stateTags);
        for (LeadTagEntity row : em.createQuery("select t from CrmLeadTag t where t.leadId = :id", LeadTagEntity.class)
                .setParameter("id", id).getResultList()) {
            if (!wantedTags.remove(row.tag())) {
                em.remove(row);
            }
        }
        wantedTags.forEach(tag -> em.persist(new LeadTagEntity(id, state.tenantId().value(), tag)));
        lead.childrenStored(state.customFields().values(), stateTags);
    }

    /**
     * Writes the batch as JDBC batches on the transaction's connection, after flushing what
     * the persistence context already holds so that statements keep their order.
     */
    @Override
    public void insertAll(List<Lead> leads) {
        Preconditions.notNull(leads, "leads");
        if (leads.isEmpty()) {
            return;
        }
        EntityManager em = entityManager.get();
        em.flush();
        em.runWithConnection((Connection connection) -> LeadBulkInsert.insert(connection, leads));
    }

    @Override
    public List<LeadView> findByEmails(TenantId tenantId, Collection<EmailAddress> emails) {
        Preconditions.notNull(emails, "emails");
        return findWhereIn(tenantId, "email", emails.stream().map(EmailAddress::value).distinct().toList());
    }

    @Override
    public List<LeadView> findByPhones(TenantId tenantId, Collection<PhoneNumber> phones) {
        Preconditions.notNull(phones, "phones");
        return findWhereIn(tenantId, "phone", phones.stream().map(PhoneNumber::e164).distinct().toList());
    }

    /** Leads whose column holds one of the values, in slices well inside IN-list limits. */
    private List<LeadView> findWhereIn(TenantId tenantId, String attribute, List<String> values) {
        Preconditions.notNull(tenantId, "tenantId");
        List<LeadView> found = new ArrayList<>();
        List<LeadEntity> rows = new ArrayList<>();
        for (int from = 0; from < values.size(); from += IN_LIST_SLICE) {
            List<String> slice = values.subList(from, Math.min(values.size(), from + IN_LIST_SLICE));
            entityManager.get()
                    .createQuery("select l from CrmLead l where l.tenantId = :tenant and l." + attribute
                            + " in :values order by l.id", LeadEntity.class)
                    .setParameter("tenant", tenantId.value())
                    .setParameter("values", slice)
                    .getResultList()
                    .forEach(row -> rows.add(row));
            found.addAll(views(rows));
            rows.clear();
        }
        return found;
    }

    @Override
    public void update(Lead lead) {
        Preconditions.notNull(lead, "lead");
        updateAll(List.of(lead));
    }

    /** Copies every lead into its row, then flushes once for them all. */
    @Override
    public void updateAll(List<Lead> leads) {
        Preconditions.notNull(leads, "leads");
        for (Lead lead : leads) {
            LeadView state = lead.view();
            LeadEntity row = row(state.tenantId(), state.id())
                    .orElseThrow(() -> new NotFoundException("Lead", state.id()));
            if (row.version() != state.version()) {
                throw new ConcurrencyConflictException("Lead", state.id(), state.version());
            }
            LeadMapper.copyInto(state, row);
            syncChildren(row, state);
        }
        try {
            // Flushing here makes each version advance once per update, as the port promises, and
            // reports a concurrent writer to this caller rather than at some later commit.
            entityManager.get().flush();
        } catch (OptimisticLockException lost) {
            throw PersistenceFailures.translate(lost);
        }
    }

    @Override
    public void delete(TenantId tenantId, LeadId id, long expectedVersion) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(id, "id");
        LeadEntity row = row(tenantId, id).orElseThrow(() -> new NotFoundException("Lead", id));
        if (row.version() != expectedVersion) {
            throw new ConcurrencyConflictException("Lead", id, expectedVersion);
        }
        EntityManager em = entityManager.get();
        em.createQuery("select c from CrmLeadCustomField c where c.leadId = :id", LeadCustomFieldEntity.class)
                .setParameter("id", id.value()).getResultList().forEach(em::remove);
        em.createQuery("select t from CrmLeadTag t where t.leadId = :id", LeadTagEntity.class)
                .setParameter("id", id.value()).getResultList().forEach(em::remove);
        scoreRow(tenantId, id).ifPresent(em::remove);
        em.remove(row);
        try {
            em.flush();
        } catch (OptimisticLockException lost) {
            throw PersistenceFailures.translate(lost);
        }
    }

    /** One GROUP BY query over the filtered leads; no lead is loaded. */
    @Override
    public List<LeadCount> countByStatus(TenantId tenantId, LeadFilter filter, LeadDimension dimension) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(filter, "filter");
        Preconditions.notNull(dimension, "dimension");
        String column = switch (dimension) {
            case SOURCE -> "l.source";
            case OWNER -> "l.ownerId";
            case STATUS -> "l.status";
            case DISQUALIFY_REASON -> "l.disqualifyReason";
            case CAMPAIGN -> "l.campaignId";
            case CREATED_DAY, CREATED_WEEK, CREATED_MONTH -> "l.createdDay";
        };
        Conditions where = conditions(tenantId, filter);
        EntityManager em = entityManager.get();
        customPlans.forAggregate(em);
        TypedQuery<Object[]> query = em.createQuery("select " + column + ", l.status, count(l) from CrmLead l where "
                + where.jpql() + " group by " + column + ", l.status", Object[].class);
        where.bind(query);
        List<LeadCount> counts = new ArrayList<>();
        // periods come back per day and roll up here: at most one row per day and status
        Map<String, Long> rolled = new TreeMap<>();
        for (Object[] row : query.getResultList()) {
            String group = row[0] == null ? LeadDimension.NO_REASON
                    : row[0] instanceof java.time.LocalDate day ? dimension.periodStart(day).toString() : (String) row[0];
            rolled.merge(group + "\u0000" + row[1], ((Number) row[2]).longValue(), Long::sum);
        }
        rolled.forEach((key, n) -> {
            int split = key.indexOf('\u0000');
            counts.add(new LeadCount(key.substring(0, split), LeadStatus.valueOf(key.substring(split + 1)), n));
        });
        return counts;
    }

    @Override
    public Page<LeadView> search(TenantId tenantId, LeadFilter filter, LeadSort sort, PageRequest page) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(filter, "filter");
        Preconditions.notNull(sort, "sort");
        Preconditions.notNull(page, "page");
        Conditions where = conditions(tenantId, filter);
        String column = sortColumn(sort.key());
        String direction = sort.ascending() ? "asc" : "desc";
        String orderBy;
        if (column == null) {
            page.cursor().ifPresent(cursor -> where.add("l.id " + (sort.ascending() ? ">" : "<") + " :after", "after",
                    sort.position(cursor).id()));
            // tenant first, so H2 reads the page in order from the (tenant_id, id) index (see accounts)
            orderBy = "l.tenantId " + direction + ", l.id " + direction;
        } else {
            page.cursor().ifPresent(cursor -> after(where, column, sort, sort.position(cursor)));
            // rows without a value (no company, no score) come last in either direction
            orderBy = "case when " + column + " is null then 1 else 0 end, " + column + " " + direction + ", l.id "
                    + direction;
        }
        TypedQuery<LeadEntity> query = entityManager.get()
                .createQuery("select l from CrmLead l where " + where.jpql() + " order by " + orderBy, LeadEntity.class)
                .setMaxResults(page.size() + 1);
        where.bind(query);
        List<LeadView> rows = views(query.getResultList());
        if (rows.size() <= page.size()) {
            return Page.last(rows);
        }
        List<LeadView> items = rows.subList(0, page.size());
        return new Page<>(items, sort.cursorAfter(items.get(items.size() - 1)));
    }

    private static String sortColumn(LeadSort.Key key) {
        switch (key) {
            case CREATED:
                return "l.createdAt";
            case UPDATED:
                return "l.updatedAt";
            case NAME:
                return "l.nameKey";
            case COMPANY:
                return "l.companyKey";
            case SCORE:
                return "l.score";
            default:
                return null;
        }
    }

    /** The keyset condition: rows after (value, id) in the sort's order, nulls last. */
    private static void after(Conditions where, String column, LeadSort sort, LeadSort.Position position) {
        String beyond = sort.ascending() ? ">" : "<";
        where.parameter("afterId", position.id());
        if (position.value() == null) {
            where.clause("(" + column + " is null and l.id " + beyond + " :afterId)");
        } else {
            where.add("(" + column + " " + beyond + " :afterValue or (" + column + " = :afterValue and l.id " + beyond
                    + " :afterId) or " + column + " is null)", "afterValue", position.value());
        }
    }

    @Override
    public List<CustomFieldKey> customFieldKeys(TenantId tenantId, LeadFilter filter) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(filter, "filter");
        Conditions where = conditions(tenantId, filter);
        TypedQuery<Object[]> query = entityManager.get().createQuery("select distinct c.key, c.valueType"
                + " from CrmLeadCustomField c, CrmLead l where c.leadId = l.id and c.tenantId = :tenant and "
                + where.jpql(), Object[].class);
        where.bind(query);
        return query.getResultList().stream()
                .map(row -> new CustomFieldKey((String) row[0], CustomValue.Type.valueOf((String) row[1])))
                .sorted().toList();
    }

    /**
     * PostgreSQL computes the median with {@code percentile_cont} (an ordered-set aggregate the
     * provider's query language passes through); elsewhere the store counts the durations and
     * reads the one or two middle ones with an ordered, offset query, so no lead is loaded.
     */
    @Override
    public Optional<Duration> medianTimeTo(TenantId tenantId, LeadFilter filter, LeadMilestone milestone) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(filter, "filter");
        Preconditions.notNull(milestone, "milestone");
        String column = milestone == LeadMilestone.QUALIFIED ? "l.qualifySeconds" : "l.convertSeconds";
        Conditions where = conditions(tenantId, filter);
        where.clause(column + " is not null");
        EntityManager em = entityManager.get();
        if (isPostgres(em)) {
            TypedQuery<Object> median = em.createQuery("select percentile_cont(0.5) within group (order by cast(" + column
                    + " as Double)) from CrmLead l where " + where.jpql(), Object.class);
            where.bind(median);
            Object value = median.getSingleResult();
            return value == null ? Optional.empty()
                    : Optional.of(Duration.ofMillis(Math.round(((Number) value).doubleValue() * 1000)));
        }
        TypedQuery<Long> count = em.createQuery("select count(l) from CrmLead l where " + where.jpql(), Long.class);
        where.bind(count);
        long n = count.getSingleResult();
        if (n == 0) {
            return Optional.empty();
        }
        TypedQuery<Long> middle = em.createQuery("select " + column + " from CrmLead l where " + where.jpql()
                + " order by " + column, Long.class);
        where.bind(middle);
        List<Long> values = middle.setFirstResult((int) ((n - 1) / 2)).setMaxResults(n % 2 == 1 ? 1 : 2).getResultList();
        long twice = values.size() == 1 ? 2 * values.get(0) : values.get(0) + values.get(1);
        return Optional.of(Duration.ofMillis(twice * 500));
    }

    private Boolean postgres;

    private boolean isPostgres(EntityManager em) {
        if (postgres == null) {
            postgres = em.callWithConnection((Connection connection) -> connection.getMetaData()
                    .getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres"));
        }
        return postgres;
    }

    @Override
    public long count(TenantId tenantId, LeadFilter filter) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(filter, "filter");
        Conditions where = conditions(tenantId, filter);
        TypedQuery<Long> query = entityManager.get()
                .createQuery("select count(l) from CrmLead l where " + where.jpql(), Long.class);
        where.bind(query);
        return query.getSingleResult();
    }

    /** Replaces the stored score in place, or stores the lead's first one. */
    @Override
    public void saveScore(TenantId tenantId, LeadScore score) {
        Preconditions.notNull(score, "score");
        saveScores(tenantId, List.of(score));
    }

    /**
     * The leads and the scores being replaced are read in one query each per slice (the scores
     * with their factors), so that replacing each is then work in memory until the flush.
     */
    @Override
    public void saveScores(TenantId tenantId, Collection<LeadScore> scores) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(scores, "scores");
        List<LeadScore> all = List.copyOf(scores);
        EntityManager em = entityManager.get();
        for (int from = 0; from < all.size(); from += IN_LIST_SLICE) {
            List<LeadScore> slice = all.subList(from, Math.min(all.size(), from + IN_LIST_SLICE));
            List<UUID> ids = slice.stream().map(score -> score.leadId().value()).toList();
            // the ids alone in the query, the tenant checked on the rows, as in findAll
            Set<UUID> leadsHere = new HashSet<>();
            em.createQuery("select l.id, l.tenantId from CrmLead l where l.id in :ids", Object[].class)
                    .setParameter("ids", ids)
                    .getResultList()
                    .forEach(row -> {
                        if (tenantId.value().equals(row[1])) {
                            leadsHere.add((UUID) row[0]);
                        }
                    });
            Map<UUID, LeadScoreEntity> stored = new HashMap<>();
            em.createQuery("select distinct s from CrmLeadScore s left join fetch s.factors where s.leadId in :ids",
                            LeadScoreEntity.class)
                    .setParameter("ids", ids)
                    .getResultList()
                    .forEach(row -> stored.put(row.leadId(), row));
            for (LeadScore score : slice) {
                UUID id = score.leadId().value();
                LeadScoreEntity row = stored.get(id);
                if (!leadsHere.contains(id) || (row != null && !row.tenantId().equals(tenantId.value()))) {
                    throw new NotFoundException("Lead", score.leadId());
                }
                if (row == null) {
                    row = new LeadScoreEntity(id, tenantId.value());
                    row.assign(score);
                    em.persist(row);
                    stored.put(id, row);
                } else {
                    row.assign(score);
                }
            }
        }
    }

    @Override
    public Optional<LeadScore> findScore(TenantId tenantId, LeadId id) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(id, "id");
        return scoreRow(tenantId, id).map(LeadScoreEntity::toScore);
    }

    @Override
    public void deleteScore(TenantId tenantId, LeadId id) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(id, "id");
        scoreRow(tenantId, id).ifPresent(entityManager.get()::remove);
    }

    private Optional<LeadScoreEntity> scoreRow(TenantId tenantId, LeadId id) {
        LeadScoreEntity row = entityManager.get().find(LeadScoreEntity.class, id.value());
        return row != null && row.tenantId().equals(tenantId.value()) ? Optional.of(row) : Optional.empty();
    }

    /**
     * One query: the tenant's leads outer-joined to their scores, keyset-paged on the lead id,
     * which the {@code (tenant_id, id)} indexes of both tables serve in order.
     */
    @Override
    public List<LeadId> scoredOtherwise(TenantId tenantId, String version, Instant scoredBefore, LeadId after,
                                        int limit) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(version, "version");
        if (limit <= 0) {
            return List.of();
        }
        TypedQuery<UUID> query = entityManager.get().createQuery("select l.id from CrmLead l "
                        + scoredOtherwise(scoredBefore) + (after == null ? "" : " and l.id > :after")
                        + " order by l.tenantId, l.id",
                UUID.class).setMaxResults(limit);
        bindScoredOtherwise(query, tenantId, version, scoredBefore);
        if (after != null) {
            query.setParameter("after", after.value());
        }
        return query.getResultList().stream().map(LeadId::of).toList();
    }

    @Override
    public long countScoredOtherwise(TenantId tenantId, String version, Instant scoredBefore) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(version, "version");
        TypedQuery<Long> query = entityManager.get().createQuery("select count(l) from CrmLead l "
                + scoredOtherwise(scoredBefore), Long.class);
        return bindScoredOtherwise(query, tenantId, version, scoredBefore).getSingleResult();
    }

    private static String scoredOtherwise(Instant scoredBefore) {
        return SCORED_OTHERWISE + (scoredBefore == null ? "" : OR_SCORED_BEFORE) + ")";
    }

    private static <T> TypedQuery<T> bindScoredOtherwise(TypedQuery<T> query, TenantId tenantId, String version,
                                                         Instant scoredBefore) {
        query.setParameter("tenant", tenantId.value())
                .setParameter("merged", LeadStatus.MERGED.name())
                .setParameter("version", version);
        if (scoredBefore != null) {
            query.setParameter("scoredBefore", scoredBefore);
        }
        return query;
    }

    private static Conditions conditions(TenantId tenantId, LeadFilter filter) {
        Conditions where = new Conditions();
        where.add("l.tenantId = :tenant", "tenant", tenantId.value());
        if (!filter.statuses().isEmpty()) {
            where.add("l.status in :statuses", "statuses", names(filter.statuses()));
        }
        if (!filter.sources().isEmpty()) {
            where.add("l.source in :sources", "sources", names(filter.sources()));
        }
        if (!filter.owners().isEmpty()) {
            where.add("l.ownerId in :owners", "owners",
                    filter.owners().stream().map(owner -> owner.value()).toList());
        }
        if (filter.createdFrom() != null) {
            where.add("l.createdAt >= :createdFrom", "createdFrom", filter.createdFrom());
        }
        if (filter.createdBefore() != null) {
            where.add("l.createdAt < :createdBefore", "createdBefore", filter.createdBefore());
        }
        if (filter.text() != null) {
            where.add("(lower(l.name) like :text" + ESCAPE + " or lower(l.company) like :text" + ESCAPE
                    + " or l.email like :text" + ESCAPE + ")", "text", containsPattern(filter.text()));
        }
        if (filter.updatedFrom() != null) {
            where.add("l.updatedAt >= :updatedFrom", "updatedFrom", filter.updatedFrom());
        }
        if (filter.updatedBefore() != null) {
            where.add("l.updatedAt < :updatedBefore", "updatedBefore", filter.updatedBefore());
        }
        if (filter.nameContains() != null) {
            where.add("l.nameKey like :nameContains" + ESCAPE, "nameContains", containsPattern(filter.nameContains()));
        }
        if (filter.companyContains() != null) {
            where.add("l.companyKey like :companyContains" + ESCAPE, "companyContains",
                    containsPattern(filter.companyContains()));
        }
        if (filter.email() != null) {
            where.add("l.email = :email", "email", filter.email().value());
        }
        if (filter.phone() != null) {
            where.add("l.phone = :phone", "phone", filter.phone().e164());
        }
        if (!filter.campaignIds().isEmpty()) {
            where.add("l.campaignId in :campaigns", "campaigns", filter.campaignIds().stream().sorted().toList());
        }
        if (filter.utmSource() != null) {
            where.add("l.utmSource = :utmSource", "utmSource", filter.utmSource());
        }
        if (filter.utmMedium() != null) {
            where.add("l.utmMedium = :utmMedium", "utmMedium", filter.utmMedium());
        }
        if (filter.utmCampaign() != null) {
            where.add("l.utmCampaign = :utmCampaign", "utmCampaign", filter.utmCampaign());
        }
        if (filter.minScore() != null) {
            where.add("l.score >= :minScore", "minScore", filter.minScore());
        }
        if (filter.maxScore() != null) {
            where.add("l.score <= :maxScore", "maxScore", filter.maxScore());
        }
        if (!filter.anyTags().isEmpty()) {
            where.add("exists (select t from CrmLeadTag t where t.leadId = l.id and t.tenantId = :tenant"
                    + " and t.tag in :anyTags)", "anyTags", tagValues(filter.anyTags()));
        }
        if (!filter.allTags().isEmpty()) {
            List<String> all = tagValues(filter.allTags());
            where.add("(select count(t) from CrmLeadTag t where t.leadId = l.id and t.tenantId = :tenant"
                    + " and t.tag in :allTags) = :allTagCount", "allTags", all);
            where.parameter("allTagCount", (long) all.size());
        }
        int n = 0;
        for (CustomFieldCriterion criterion : filter.customFields()) {
            customField(where, criterion, n++);
        }
        return where;
    }

    private static List<String> tagValues(Set<Tag> tags) {
        return tags.stream().map(Tag::value).sorted().toList();
    }

    /** One custom field condition as an {@code exists} on the typed column of the child table. */
    private static void customField(Conditions where, CustomFieldCriterion criterion, int n) {
        String p = "cf" + n;
        StringBuilder clause = new StringBuilder("exists (select c from CrmLeadCustomField c where c.leadId = l.id"
                + " and c.tenantId = :tenant and c.key = :" + p + "key and c.valueType = :" + p + "type");
        where.parameter(p + "key", criterion.key());
        where.parameter(p + "type", criterion.type().name());
        switch (criterion.comparison()) {
            case CONTAINS:
                clause.append(" and lower(c.textValue) like :").append(p).append("text").append(ESCAPE);
                where.parameter(p + "text", containsPattern(criterion.value().asText()));
                break;
            case EQUALS:
                clause.append(" and ").append(typedColumn(criterion.type())).append(" = :").append(p).append("value");
                where.parameter(p + "value", typedValue(criterion.value()));
                break;
            default:
                if (criterion.value() != null) {
                    clause.append(" and ").append(typedColumn(criterion.type())).append(" >= :").append(p).append("min");
                    where.parameter(p + "min", typedValue(criterion.value()));
                }
                if (criterion.upper() != null) {
                    clause.append(" and ").append(typedColumn(criterion.type())).append(" <= :").append(p).append("max");
                    where.parameter(p + "max", typedValue(criterion.upper()));
                }
                break;
        }
        where.clause(clause.append(')').toString());
    }

    private static String typedColumn(CustomValue.Type type) {
        switch (type) {
            case NUMBER:
                return "c.numberValue";
            case DATE:
                return "c.dateValue";
            case BOOLEAN:
                return "c.boolValue";
            default:
                return "c.textValue";
        }
    }

    private static Object typedValue(CustomValue value) {
        if (value instanceof CustomValue.Number number) {
            return number.value();
        }
        if (value instanceof CustomValue.Date date) {
            return date.value();
        }
        if (value instanceof CustomValue.Bool bool) {
            return bool.value();
        }
        return value.asText();
    }

    private static List<String> names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toList();
    }

    /** A LIKE pattern for "contains", with the user's own wildcards taken literally. */
    static String containsPattern(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder pattern = new StringBuilder(lower.length() + 8).append('%');
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == '%' || c == '_' || c == LIKE_ESCAPE) {
                pattern.append(LIKE_ESCAPE);
            }
            pattern.append(c);
        }
        return pattern.append('%').toString();
    }

    /** JPQL conditions joined by {@code and}, with their parameters. */
    private static final class Conditions {
        private final List<String> clauses = new ArrayList<>();
        private final Map<String, Object> parameters = new HashMap<>();

        void add(String clause, String parameter, Object value) {
            clauses.add(clause);
            parameters.put(parameter, value);
        }

        void clause(String clause) {
            clauses.add(clause);
        }

        void parameter(String parameter, Object value) {
            parameters.put(parameter, value);
        }

        String jpql() {
            return String.join(" and ", clauses);
        }

        void bind(TypedQuery<?> query) {
            parameters.forEach(query::setParameter);
        }
    }
}
