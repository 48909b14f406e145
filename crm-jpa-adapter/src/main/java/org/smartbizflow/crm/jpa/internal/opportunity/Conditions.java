package org.smartbizflow.crm.jpa.internal.opportunity;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.smartbizflow.crm.opportunity.OpportunityFilter;
import org.smartbizflow.crm.shared.TenantId;

/** JPQL conditions of an {@link OpportunityFilter}, joined by {@code and}, with their parameters. */
final class Conditions {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    /** The filter's conditions on the deal alias {@code o}. */
    static Conditions of(TenantId tenantId, OpportunityFilter filter, String o) {
        Conditions where = new Conditions();
        where.add(o + ".tenantId = :tenant", "tenant", tenantId.value());
        if (filter.pipelineId() != null) {
            where.add(o + ".pipelineId = :pipeline", "pipeline", filter.pipelineId().value());
        }
        if (!filter.stages().isEmpty()) {
            where.add(o + ".stageId in :stages", "stages", filter.stages().stream().map(s -> s.value()).toList());
        }
        if (!filter.stageTypes().isEmpty()) {
            where.add(o + ".stageType in :stageTypes", "stageTypes", names(filter.stageTypes()));
        }
        if (!filter.owners().isEmpty()) {
            where.add(o + ".ownerId in :owners", "owners", filter.owners().stream().map(u -> u.value()).sorted().toList());
        }
        if (!filter.teams().isEmpty()) {
            where.add(o + ".team in :teams", "teams", filter.teams().stream().sorted().toList());
        }
        if (!filter.territories().isEmpty()) {
            where.add(o + ".territory in :territories", "territories", filter.territories().stream().sorted().toList());
        }
        if (!filter.categories().isEmpty()) {
            where.add(o + ".forecastCategory in :categories", "categories", names(filter.categories()));
        }
        if (filter.account() != null) {
            where.add(o + ".accountId = :account", "account", filter.account().value());
        }
        if (filter.closing() != null) {
            where.add(o + ".expectedCloseDate >= :closeFrom", "closeFrom", filter.closing().start());
            where.add(o + ".expectedCloseDate <= :closeTo", "closeTo", filter.closing().end());
        }
        return where;
    }

    private static List<String> names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toList();
    }

    void add(String clause, String parameter, Object value) {
        clauses.add(clause);
        parameters.put(parameter, value);
    }

    String jpql() {
        return String.join(" and ", clauses);
    }

    void bind(Query query) {
        parameters.forEach(query::setParameter);
    }
}
