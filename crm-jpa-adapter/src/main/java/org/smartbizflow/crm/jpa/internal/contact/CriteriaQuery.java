package org.smartbizflow.crm.jpa.internal.contact;

import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.contact.ContactCriteria;
import org.smartbizflow.crm.contact.ContactCriteria.Condition;
import org.smartbizflow.crm.contact.ContactCriteria.Operator;

/**
 * Compiles {@link ContactCriteria} to a JPQL condition on {@code CrmContact c}. Every value
 * becomes a named parameter and every column name comes from this class, never from the
 * caller, so criteria cannot inject query text. Conditions on multi-valued fields (e-mails,
 * tags, custom fields) are EXISTS subqueries on their child tables; single-valued comparisons
 * are written null-safe so that NOT over them agrees with the in-memory reference.
 */
final class CriteriaQuery {

    private static final char LIKE_ESCAPE = '!';

    private final StringBuilder jpql = new StringBuilder();
    private final Map<String, Object> parameters = new HashMap<>();

    private CriteriaQuery() {
    }

    /** The condition (with the tenant and the erased filter) and its parameters. */
    static CriteriaQuery compile(String tenant, ContactCriteria criteria) {
        CriteriaQuery query = new CriteriaQuery();
        query.jpql.append("c.tenantId = ").append(query.parameter(tenant)).append(" and c.erasedAt is null and ");
        query.append(criteria);
        return query;
    }

    String jpql() {
        return jpql.toString();
    }

    void bind(TypedQuery<?> query) {
        parameters.forEach(query::setParameter);
    }

    /** Adds a parameter for the value; returns its placeholder. */
    private String parameter(Object value) {
        String name = "p" + parameters.size();
        parameters.put(name, value);
        return ":" + name;
    }

    private void append(ContactCriteria criteria) {
        if (criteria instanceof ContactCriteria.All all) {
            group(all.parts(), " and ", "1 = 1");
        } else if (criteria instanceof ContactCriteria.AnyOf any) {
            group(any.parts(), " or ", "1 = 0");
        } else if (criteria instanceof ContactCriteria.Not not) {
            jpql.append("not (");
            append(not.part());
            jpql.append(')');
        } else {
            condition((Condition) criteria);
        }
    }

    private void group(List<ContactCriteria> parts, String joiner, String empty) {
        if (parts.isEmpty()) {
            jpql.append(empty);
            return;
        }
        jpql.append('(');
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                jpql.append(joiner);
            }
            append(parts.get(i));
        }
        jpql.append(')');
    }

    private void condition(Condition condition) {
        switch (condition.field()) {
            case NAME -> single("c.name", condition);
            case JOB_TITLE -> single("c.jobTitle", condition);
            case OWNER -> single("c.ownerId", condition);
            case LANGUAGE -> single("c.preferredLanguage", condition);
            case TIME_ZONE -> single("c.timeZone", condition);
            case ACCOUNT -> account(condition);
            case CREATED_AT -> jpql.append("c.createdAt ")
                    .append(condition.operator() == Operator.GREATER_THAN ? ">" : "<").append(' ')
                    .append(parameter(Instant.parse(condition.value())));
            case EMAIL -> multi("CrmContactEmail", "x.email", null, condition);
            case TAG -> multi("CrmContactTag", "x.tag", null, condition);
            case CUSTOM -> multi("CrmContactField", "x.textValue", condition.key(), condition);
            default -> throw new IllegalStateException(condition.field().name());
        }
    }

    private void single(String column, Condition condition) {
        switch (condition.operator()) {
            case IS_SET -> jpql.append(column).append(" is not null");
            case IS_NOT_SET -> jpql.append(column).append(" is null");
            case NOT_EQUALS -> jpql.append('(').append(column).append(" is null or lower(").append(column)
                    .append(") <> ").append(parameter(lower(condition.value()))).append(')');
            default -> jpql.append('(').append(column).append(" is not null and ")
                    .append(textTest(column, condition)).append(')');
        }
    }

    private void account(Condition condition) {
        switch (condition.operator()) {
            case IS_SET -> jpql.append("c.accountId is not null");
            case IS_NOT_SET -> jpql.append("c.accountId is null");
            case EQUALS -> jpql.append("(c.accountId is not null and c.accountId = ")
                    .append(parameter(AccountId.parse(condition.value()).value())).append(')');
            case NOT_EQUALS -> jpql.append("(c.accountId is null or c.accountId <> ")
                    .append(parameter(AccountId.parse(condition.value()).value())).append(')');
            default -> throw new IllegalStateException(condition.operator().name());
        }
    }

    /** A test on a child table: any row of the contact satisfies it (or, negated, none does). */
    private void multi(String entity, String column, String key, Condition condition) {
        Operator operator = condition.operator();
        boolean negated = operator == Operator.NOT_EQUALS || operator == Operator.IS_NOT_SET;
        jpql.append(negated ? "not exists" : "exists").append(" (select x.seq from ").append(entity)
                .append(" x where x.tenantId = c.tenantId and x.contactId = c.id");
        if (key != null) {
            jpql.append(" and x.fieldKey = ").append(parameter(key));
        }
        switch (operator) {
            case IS_SET, IS_NOT_SET -> { }
            case NOT_EQUALS -> jpql.append(" and lower(").append(column).append(") = ")
                    .append(parameter(lower(condition.value())));
            case GREATER_THAN, LESS_THAN -> typed(condition);
            default -> jpql.append(" and ").append(textTest(column, condition));
        }
        jpql.append(')');
    }

    /** A custom field compared as a number or a date, by the field's stored type. */
    private void typed(Condition condition) {
        String sign = condition.operator() == Operator.GREATER_THAN ? " > " : " < ";
        String wanted = condition.value().trim();
        try {
            BigDecimal number = new BigDecimal(wanted);
            jpql.append(" and x.valueType = 'NUMBER' and x.numberValue").append(sign).append(parameter(number));
            return;
        } catch (NumberFormatException notANumber) {
            // try a date below
        }
        try {
            LocalDate date = LocalDate.parse(wanted);
            jpql.append(" and x.valueType = 'DATE' and x.dateValue").append(sign).append(parameter(date));
        } catch (java.time.format.DateTimeParseException neither) {
            jpql.append(" and 1 = 0");
        }
    }

    private String textTest(String column, Condition condition) {
        String value = lower(condition.value());
        return switch (condition.operator()) {
            case EQUALS -> "lower(" + column + ") = " + parameter(value);
            case CONTAINS -> "lower(" + column + ") like " + parameter("%" + escaped(value) + "%") + " escape '"
                    + LIKE_ESCAPE + "'";
            case STARTS_WITH -> "lower(" + column + ") like " + parameter(escaped(value) + "%") + " escape '"
                    + LIKE_ESCAPE + "'";
            default -> throw new IllegalStateException(condition.operator().name());
        };
    }

    private static String lower(String value) {
        return value.toLowerCase(Locale.ROOT);
    }

    private static String escaped(String value) {
        StringBuilder out = new StringBuilder(value.length() + 4);
        for (char c : value.toCharArray()) {
            if (c == '%' || c == '_' || c == LIKE_ESCAPE) {
                out.append(LIKE_ESCAPE);
            }
            out.append(c);
        }
        return out.toString();
    }

    /** For tests and logs: the compiled text without values. */
    @Override
    public String toString() {
        return jpql.toString();
    }

    List<Object> values() {
        return new ArrayList<>(parameters.values());
    }
}
