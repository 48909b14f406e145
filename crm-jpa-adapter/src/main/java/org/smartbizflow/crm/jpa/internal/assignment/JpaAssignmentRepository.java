package org.smartbizflow.crm.jpa.internal.assignment;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.smartbizflow.crm.jpa.internal.shared.PersistenceFailures;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.lead.LeadSource;
import org.smartbizflow.crm.lead.assignment.AssignTarget;
import org.smartbizflow.crm.lead.assignment.AssignmentRule;
import org.smartbizflow.crm.lead.assignment.AssignmentRuleSet;
import org.smartbizflow.crm.lead.assignment.AssignmentRules;
import org.smartbizflow.crm.lead.assignment.AssignmentTeam;
import org.smartbizflow.crm.lead.assignment.CustomCondition;
import org.smartbizflow.crm.lead.assignment.EmployeeBand;
import org.smartbizflow.crm.lead.assignment.LeadProfile;
import org.smartbizflow.crm.lead.assignment.RuleCondition;
import org.smartbizflow.crm.lead.assignment.TeamMember;
import org.smartbizflow.crm.lead.assignment.port.out.AssignmentRepository;
import org.smartbizflow.crm.shared.ConcurrencyConflictException;
import org.smartbizflow.crm.shared.CountryCode;
import org.smartbizflow.crm.shared.CustomValue;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;

/**
 * Assignment rules in {@code crm_assignment_rule_set} and its child tables, pointers in
 * {@code crm_assignment_pointer} (read with a row lock, so concurrent captures take turns),
 * and lead profiles in {@code crm_lead_profile}.
 */
public final class JpaAssignmentRepository implements AssignmentRepository {

    private static final String USER = "USER";
    private static final String TEAM = "TEAM";
    /** Values per look-up query: well inside every database's limit on IN-list parameters. */
    private static final int LOOKUP_BATCH = 500;

    private final Supplier<EntityManager> entityManager;

    public JpaAssignmentRepository(Supplier<EntityManager> entityManager) {
        this.entityManager = Objects.requireNonNull(entityManager, "entityManager");
    }

    /** The entity classes this adapter maps, with the embeddables of the child rows. */
    public static List<Class<?>> entityClasses() {
        return List.of(AssignmentRuleSetEntity.class, MemberLine.class, RuleLine.class, AssignmentPointerEntity.class,
                LeadProfileEntity.class);
    }

    @Override
    public Optional<AssignmentRuleSet> findRules(TenantId tenantId) {
        Preconditions.notNull(tenantId, "tenantId");
        AssignmentRuleSetEntity row = entityManager.get().find(AssignmentRuleSetEntity.class, tenantId.value());
        return Optional.ofNullable(row).map(r -> AssignmentRuleSet.restore(tenantId, toRules(r), r.version(), r.updatedAt()));
    }

    @Override
    public void saveRules(AssignmentRuleSet ruleSet) {
        Preconditions.notNull(ruleSet, "rules");
        EntityManager em = entityManager.get();
        String tenant = ruleSet.tenantId().value();
        AssignmentRuleSetEntity row = em.find(AssignmentRuleSetEntity.class, tenant);
        if (ruleSet.isNew() ? row != null : row == null || row.version() != ruleSet.version()) {
            throw new ConcurrencyConflictException("AssignmentRuleSet", tenant, ruleSet.version());
        }
        boolean insert = row == null;
        if (insert) {
            row = new AssignmentRuleSetEntity(tenant);
        }
        copyInto(ruleSet, row);
        if (insert) {
            em.persist(row);
        }
        for (AssignmentTeam team : ruleSet.rules().teams()) {
            if (em.find(AssignmentPointerEntity.class, new AssignmentPointerEntity.Key(tenant, team.key())) == null) {
                em.persist(new AssignmentPointerEntity(tenant, team.key(), 0));
            }
        }
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (insert && PersistenceFailures.isIntegrityViolation(e)) {
                throw new ConcurrencyConflictException("AssignmentRuleSet", tenant, ruleSet.version(), e);
            }
            throw PersistenceFailures.translate(e);
        }
    }

    @Override
    public int lockPointer(TenantId tenantId, String team) {
        Preconditions.notNull(tenantId, "tenantId");
        AssignmentPointerEntity row = entityManager.get().find(AssignmentPointerEntity.class,
                new AssignmentPointerEntity.Key(tenantId.value(), team), LockModeType.PESSIMISTIC_WRITE);
        return row == null ? 0 : row.nextMember();
    }

    @Override
    public void movePointer(TenantId tenantId, String team, int next) {
        Preconditions.notNull(tenantId, "tenantId");
        EntityManager em = entityManager.get();
        AssignmentPointerEntity row = em.find(AssignmentPointerEntity.class,
                new AssignmentPointerEntity.Key(tenantId.value(), team));
        if (row == null) {
            em.persist(new AssignmentPointerEntity(tenantId.value(), team, next));
        } else {
            row.nextMember(next);
        }
        em.flush();
    }

    @Override
    public void saveProfile(TenantId tenantId, LeadId leadId, LeadProfile profile) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(leadId, "leadId");
        Preconditions.notNull(profile, "profile");
        EntityManager em = entityManager.get();
        LeadProfileEntity row = em.find(LeadProfileEntity.class, leadId.value());
        if (row != null && !row.tenantId().equals(tenantId.value())) {
            throw new org.smartbizflow.crm.shared.ValidationException("leadId", "belongs to another tenant");
        }
        if (row == null) {
            row = new LeadProfileEntity(leadId.value(), tenantId.value());
            em.persist(row);
        }
        row.set(profile.country() == null ? null : profile.country().value(), profile.territory(), profile.employees());
        em.flush();
    }

    @Override
    public Map<LeadId, LeadProfile> findProfiles(TenantId tenantId, Collection<LeadId> leadIds) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(leadIds, "leadIds");
        List<UUID> ids = leadIds.stream().map(LeadId::value).distinct().toList();
        Map<UUID, LeadProfile> found = new java.util.HashMap<>();
        for (int from = 0; from < ids.size(); from += LOOKUP_BATCH) {
            List<UUID> slice = ids.subList(from, Math.min(ids.size(), from + LOOKUP_BATCH));
            entityManager.get()
                    .createQuery("select p from CrmLeadProfile p where p.tenantId = :tenant and p.leadId in :ids",
                            LeadProfileEntity.class)
                    .setParameter("tenant", tenantId.value())
                    .setParameter("ids", slice)
                    .getResultStream()
                    .forEach(row -> found.put(row.leadId(), new LeadProfile(
                            row.country() == null ? null : CountryCode.of(row.country()), row.territory(),
                            row.employees())));
        }
        Map<LeadId, LeadProfile> ordered = new LinkedHashMap<>();
        for (LeadId id : leadIds) {
            LeadProfile profile = found.get(id.value());
            if (profile != null) {
                ordered.put(id, profile);
            }
        }
        return ordered;
    }

    private static void copyInto(AssignmentRuleSet ruleSet, AssignmentRuleSetEntity row) {
        AssignmentRules rules = ruleSet.rules();
        row.updatedAt(ruleSet.updatedAt());
        AssignTarget fallback = rules.fallback();
        row.fallback(fallback == null ? null : kind(fallback), fallback == null ? null : target(fallback),
                capacity(fallback));
        row.members().clear();
        for (AssignmentTeam team : rules.teams()) {
            for (TeamMember member : team.members()) {
                row.members().add(new MemberLine(team.key(), member.user().value(), member.maxOpenLeads()));
            }
        }
        row.rules().clear();
        for (AssignmentRule rule : rules.rules()) {
            RuleCondition when = rule.when();
            row.rules().add(new RuleLine(rule.name(),
                    join(when.sources().stream().map(Enum::name)),
                    join(when.countries().stream().map(CountryCode::value)),
                    join(when.territories().stream()),
                    when.employees() == null ? null : when.employees().min(),
                    when.employees() == null ? null : when.employees().max(),
                    kind(rule.target()), target(rule.target()), capacity(rule.target()), encode(when.custom())));
        }
    }

    private static AssignmentRules toRules(AssignmentRuleSetEntity row) {
        Map<String, List<TeamMember>> teams = new LinkedHashMap<>();
        for (MemberLine member : row.members()) {
            teams.computeIfAbsent(member.teamKey(), k -> new ArrayList<>())
                    .add(new TeamMember(UserId.of(member.userId()), member.maxOpenLeads()));
        }
        List<AssignmentRule> rules = new ArrayList<>();
        for (RuleLine line : row.rules()) {
            EmployeeBand band = line.minEmployees() == null ? null : new EmployeeBand(line.minEmployees(), line.maxEmployees());
            RuleCondition when = new RuleCondition(split(line.sources(), LeadSource::valueOf),
                    split(line.countries(), CountryCode::of), split(line.territories(), Function.identity()), band,
                    decode(line.customConditions()));
            rules.add(new AssignmentRule(line.name(), when,
                    target(line.targetKind(), line.target(), line.targetCapacity())));
        }
        return new AssignmentRules(teams.entrySet().stream().map(e -> new AssignmentTeam(e.getKey(), e.getValue())).toList(),
                rules, row.fallbackKind() == null ? null
                        : target(row.fallbackKind(), row.fallbackTarget(), row.fallbackCapacity()));
    }

    private static Integer capacity(AssignTarget target) {
        return target instanceof AssignTarget.User user ? user.maxOpenLeads() : null;
    }

    /** key:OPERATOR:TYPE:value items, the value URL-encoded (so it holds no ':' or ','), comma-separated. */
    private static String encode(List<CustomCondition> conditions) {
        if (conditions.isEmpty()) {
            return null;
        }
        return conditions.stream().map(c -> c.key() + ":" + c.operator().name() + ":" + c.value().type().name() + ":"
                        + URLEncoder.encode(c.value().asText(), StandardCharsets.UTF_8))
                .collect(Collectors.joining(","));
    }

    private static List<CustomCondition> decode(String encoded) {
        if (encoded == null || encoded.isEmpty()) {
            return List.of();
        }
        List<CustomCondition> conditions = new ArrayList<>();
        for (String item : encoded.split(",")) {
            String[] parts = item.split(":", 4);
            conditions.add(new CustomCondition(parts[0], CustomCondition.Operator.valueOf(parts[1]),
                    CustomValue.parse(CustomValue.Type.valueOf(parts[2]),
                            URLDecoder.decode(parts[3], StandardCharsets.UTF_8), "custom." + parts[0])));
        }
        return conditions;
    }

    private static String kind(AssignTarget target) {
        return target instanceof AssignTarget.User ? USER : TEAM;
    }

    private static String target(AssignTarget target) {
        return target instanceof AssignTarget.User user ? user.user().value() : ((AssignTarget.Team) target).team();
    }

    private static AssignTarget target(String kind, String value, Integer capacity) {
        return USER.equals(kind) ? new AssignTarget.User(UserId.of(value), capacity) : AssignTarget.team(value);
    }

    private static String join(java.util.stream.Stream<String> values) {
        String joined = values.sorted().collect(Collectors.joining(","));
        return joined.isEmpty() ? null : joined;
    }

    private static <T> Set<T> split(String joined, Function<String, T> parse) {
        if (joined == null || joined.isEmpty()) {
            return Set.of();
        }
        return Arrays.stream(joined.split(",")).map(parse).collect(Collectors.toUnmodifiableSet());
    }
}
