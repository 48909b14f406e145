package org.smartbizflow.crm.jpa.internal.account;

import jakarta.persistence.EntityManager;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.account.AccountRelationship;
import org.smartbizflow.crm.account.RelationshipGraph;
import org.smartbizflow.crm.account.port.out.AccountRelationshipRepository;
import org.smartbizflow.crm.shared.NotFoundException;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.TenantId;

/**
 * Account relationships in {@code crm_account_relationship}. The graph around an account is
 * one recursive query that walks active links in both directions up to the depth, then one
 * query for the links among the accounts reached and one for their names.
 */
public final class JpaAccountRelationshipRepository implements AccountRelationshipRepository {

    private final Supplier<EntityManager> entityManager;

    public JpaAccountRelationshipRepository(Supplier<EntityManager> entityManager) {
        this.entityManager = Objects.requireNonNull(entityManager, "entityManager");
    }

    /** The entity classes this adapter maps. */
    public static List<Class<?>> entityClasses() {
        return List.of(RelationshipEntity.class);
    }

    @Override
    public void insert(AccountRelationship relationship) {
        Preconditions.notNull(relationship, "relationship");
        entityManager.get().persist(new RelationshipEntity(relationship));
    }

    @Override
    public void update(AccountRelationship relationship) {
        Preconditions.notNull(relationship, "relationship");
        RelationshipEntity row = row(relationship.tenantId(), relationship.id())
                .orElseThrow(() -> new NotFoundException("AccountRelationship", relationship.id()));
        row.copy(relationship);
        entityManager.get().flush();
    }

    private Optional<RelationshipEntity> row(TenantId tenantId, UUID id) {
        RelationshipEntity row = entityManager.get().find(RelationshipEntity.class, id);
        return row != null && row.tenantId().equals(tenantId.value()) ? Optional.of(row) : Optional.empty();
    }

    @Override
    public Optional<AccountRelationship> find(TenantId tenantId, UUID id) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(id, "id");
        return row(tenantId, id).map(RelationshipEntity::toDomain);
    }

    @Override
    public List<AccountRelationship> of(TenantId tenantId, AccountId account) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(account, "account");
        return entityManager.get().createQuery("select r from CrmAccountRelationship r where r.tenantId = :tenant"
                        + " and (r.fromAccount = :account or r.toAccount = :account) order by r.id",
                        RelationshipEntity.class)
                .setParameter("tenant", tenantId.value())
                .setParameter("account", account.value())
                .getResultStream().map(RelationshipEntity::toDomain).toList();
    }

    @Override
    public RelationshipGraph graph(TenantId tenantId, AccountId center, int depth, LocalDate day) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(center, "center");
        Preconditions.notNull(day, "day");
        EntityManager em = entityManager.get();
        em.flush();
        String active = " r.tenant_id = ?1 and (r.starts_on is null or r.starts_on <= ?3)"
                + " and (r.ends_on is null or r.ends_on >= ?3)";
        List<?> reached = em.createNativeQuery("with recursive reach (account_id, hops) as ("
                        + " select a.id, 0 from crm_account a where a.tenant_id = ?1 and a.id = ?2"
                        + " union"
                        + " select case when r.from_account = reach.account_id then r.to_account else r.from_account end,"
                        + " reach.hops + 1 from crm_account_relationship r"
                        + " join reach on (r.from_account = reach.account_id or r.to_account = reach.account_id)"
                        + " where" + active + " and reach.hops < ?4)"
                        + " select reach.account_id, min(reach.hops), a.legal_name from reach"
                        + " join crm_account a on a.id = reach.account_id"
                        + " group by reach.account_id, a.legal_name order by min(reach.hops), reach.account_id")
                .setParameter(1, tenantId.value())
                .setParameter(2, center.value())
                .setParameter(3, day)
                .setParameter(4, depth)
                .getResultList();
        List<RelationshipGraph.Node> nodes = new ArrayList<>(reached.size());
        Map<UUID, Integer> distance = new HashMap<>();
        for (Object row : reached) {
            Object[] columns = (Object[]) row;
            UUID id = uuid(columns[0]);
            int hops = ((Number) columns[1]).intValue();
            distance.put(id, hops);
            nodes.add(new RelationshipGraph.Node(AccountId.of(id), (String) columns[2], hops));
        }
        List<AccountRelationship> links = new ArrayList<>();
        if (!distance.isEmpty()) {
            List<UUID> ids = new ArrayList<>(distance.keySet());
            em.createQuery("select r from CrmAccountRelationship r where r.tenantId = :tenant"
                            + " and r.fromAccount in :ids and r.toAccount in :ids"
                            + " and (r.startsOn is null or r.startsOn <= :day) and (r.endsOn is null or r.endsOn >= :day)"
                            + " order by r.id", RelationshipEntity.class)
                    .setParameter("tenant", tenantId.value())
                    .setParameter("ids", ids)
                    .setParameter("day", day)
                    .getResultStream().forEach(row -> links.add(row.toDomain()));
        }
        return new RelationshipGraph(center, depth, nodes, links);
    }

    private static UUID uuid(Object value) {
        if (value instanceof UUID id) {
            return id;
        }
        if (value instanceof byte[] bytes && bytes.length == 16) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            return new UUID(buffer.getLong(), buffer.getLong());
        }
        return UUID.fromString(value.toString());
    }
}
