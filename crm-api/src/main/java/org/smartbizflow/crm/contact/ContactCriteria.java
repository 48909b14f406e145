package org.smartbizflow.crm.contact;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.smartbizflow.crm.shared.CustomFields;
import org.smartbizflow.crm.shared.CustomValue;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * Which contacts a segment or an advanced search selects: conditions (field, operator, value)
 * combined by AND, OR and NOT groups to any depth. A value object the database adapters
 * compile to parameterised queries (values are never spliced into query text), and
 * {@link #matches} is the in-memory reference for what those queries return. Erased contacts
 * never match.
 */
public sealed interface ContactCriteria {

    /** Does the contact satisfy the criteria? */
    boolean matches(ContactView contact);

    /** The fields a condition can test. */
    enum Field {
        NAME, EMAIL, JOB_TITLE, OWNER, ACCOUNT, TAG, LANGUAGE, TIME_ZONE, CREATED_AT,
        /** A custom field, named by the condition's key. */
        CUSTOM
    }

    /** How a condition compares. Text comparisons ignore case. */
    enum Operator {
        EQUALS, NOT_EQUALS, CONTAINS, STARTS_WITH, GREATER_THAN, LESS_THAN, IS_SET, IS_NOT_SET
    }

    /**
     * One test of one field. For TAG, EMAIL and CUSTOM fields a contact matches when any of its
     * values does; GREATER_THAN and LESS_THAN compare CREATED_AT as instants and custom fields
     * as numbers or dates (by the field's type).
     *
     * @param field    the field
     * @param key      the custom field's key (CUSTOM only), else null
     * @param operator the comparison
     * @param value    the value compared with; null for IS_SET and IS_NOT_SET
     */
    record Condition(Field field, String key, Operator operator, String value) implements ContactCriteria {

        public Condition {
            Preconditions.notNull(field, "field");
            Preconditions.notNull(operator, "operator");
            Preconditions.check((field == Field.CUSTOM) == (key != null), "key", "is given exactly for CUSTOM fields");
            if (key != null) {
                CustomFields.checkKey(key);
            }
            boolean unary = operator == Operator.IS_SET || operator == Operator.IS_NOT_SET;
            Preconditions.check(unary == (value == null), "value",
                    unary ? "must be absent for " + operator : "is required for " + operator);
            Preconditions.maxLength(value, 1000, "value");
            if (field == Field.CREATED_AT) {
                Preconditions.check(operator == Operator.GREATER_THAN || operator == Operator.LESS_THAN, "operator",
                        "CREATED_AT is compared with GREATER_THAN or LESS_THAN");
                parseInstant(value);
            }
            if (field == Field.ACCOUNT) {
                Preconditions.check(operator == Operator.EQUALS || operator == Operator.NOT_EQUALS || unary,
                        "operator", "ACCOUNT is compared with EQUALS, NOT_EQUALS, IS_SET or IS_NOT_SET");
                if (value != null) {
                    org.smartbizflow.crm.account.AccountId.parse(value);
                }
            }
            Preconditions.check(!(operator == Operator.GREATER_THAN || operator == Operator.LESS_THAN)
                    || field == Field.CREATED_AT || field == Field.CUSTOM, "operator",
                    operator + " applies to CREATED_AT and custom fields only");
        }

        @Override
        public boolean matches(ContactView contact) {
            if (contact.erased()) {
                return false;
            }
            if (field == Field.CUSTOM && (operator == Operator.GREATER_THAN || operator == Operator.LESS_THAN)) {
                int wantedSign = operator == Operator.GREATER_THAN ? 1 : -1;
                return contact.profile().customFields().get(key)
                        .flatMap(stored -> typedComparison(stored, value))
                        .map(c -> Integer.signum(c) == wantedSign).orElse(false);
            }
            List<String> values = valuesOf(contact);
            switch (operator) {
                case IS_SET:
                    return !values.isEmpty();
                case IS_NOT_SET:
                    return values.isEmpty();
                case NOT_EQUALS:
                    return values.stream().noneMatch(v -> v.equalsIgnoreCase(value));
                default:
                    return values.stream().anyMatch(this::test);
            }
        }

        private boolean test(String candidate) {
            String c = candidate.toLowerCase(Locale.ROOT);
            String v = value.toLowerCase(Locale.ROOT);
            switch (operator) {
                case EQUALS:
                    return c.equals(v);
                case CONTAINS:
                    return c.contains(v);
                case STARTS_WITH:
                    return c.startsWith(v);
                case GREATER_THAN:
                    return compare(candidate) > 0;
                case LESS_THAN:
                    return compare(candidate) < 0;
                default:
                    throw new IllegalStateException(operator.name());
            }
        }

        /** Compares a creation time with the condition's value. */
        private int compare(String candidate) {
            return Instant.parse(candidate).compareTo(parseInstant(value));
        }

        private List<String> valuesOf(ContactView contact) {
            ContactProfile p = contact.profile();
            switch (field) {
                case NAME:
                    return List.of(p.name());
                case EMAIL:
                    return p.emails().stream().map(e -> e.address().value()).toList();
                case JOB_TITLE:
                    return p.jobTitle() == null ? List.of() : List.of(p.jobTitle());
                case OWNER:
                    return List.of(contact.ownerId().value());
                case ACCOUNT:
                    return p.accountId() == null ? List.of() : List.of(p.accountId().toString());
                case TAG:
                    return p.tags().stream().map(t -> t.value()).toList();
                case LANGUAGE:
                    return p.preferredLanguage() == null ? List.of() : List.of(p.preferredLanguage().toLanguageTag());
                case TIME_ZONE:
                    return p.timeZone() == null ? List.of() : List.of(p.timeZone().getId());
                case CREATED_AT:
                    return List.of(contact.createdAt().toString());
                case CUSTOM:
                    Optional<CustomValue> custom = p.customFields().get(key);
                    return custom.map(c -> List.of(c.asText())).orElse(List.of());
                default:
                    throw new IllegalStateException(field.name());
            }
        }
    }

    /**
     * Every part must hold (an empty group matches every contact that was not erased).
     *
     * @param parts the parts
     */
    record All(List<ContactCriteria> parts) implements ContactCriteria {
        public All {
            parts = List.copyOf(Preconditions.notNull(parts, "parts"));
        }

        @Override
        public boolean matches(ContactView contact) {
            return !contact.erased() && parts.stream().allMatch(p -> p.matches(contact));
        }
    }

    /**
     * At least one part must hold (an empty group matches nothing).
     *
     * @param parts the parts
     */
    record AnyOf(List<ContactCriteria> parts) implements ContactCriteria {
        public AnyOf {
            parts = List.copyOf(Preconditions.notNull(parts, "parts"));
        }

        @Override
        public boolean matches(ContactView contact) {
            return !contact.erased() && parts.stream().anyMatch(p -> p.matches(contact));
        }
    }

    /**
     * The part must not hold.
     *
     * @param part the negated criteria
     */
    record Not(ContactCriteria part) implements ContactCriteria {
        public Not {
            Preconditions.notNull(part, "part");
        }

        @Override
        public boolean matches(ContactView contact) {
            return !contact.erased() && !part.matches(contact);
        }
    }

    static Condition where(Field field, Operator operator, String value) {
        return new Condition(field, null, operator, value);
    }

    static Condition custom(String key, Operator operator, String value) {
        return new Condition(Field.CUSTOM, key, operator, value);
    }

    static All all(ContactCriteria... parts) {
        return new All(List.of(parts));
    }

    static AnyOf anyOf(ContactCriteria... parts) {
        return new AnyOf(List.of(parts));
    }

    static Not not(ContactCriteria part) {
        return new Not(part);
    }

    private static Instant parseInstant(String value) {
        try {
            return Instant.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw new org.smartbizflow.crm.shared.ValidationException("value", "is not an ISO instant: " + value);
        }
    }

    /**
     * Compares a stored number with a wanted number, or a stored date with a wanted ISO date;
     * empty when the stored value has another type or the wanted text does not fit it.
     */
    private static Optional<Integer> typedComparison(CustomValue stored, String wanted) {
        try {
            if (stored instanceof CustomValue.Number number) {
                return Optional.of(number.value().compareTo(new java.math.BigDecimal(wanted.trim())));
            }
            if (stored instanceof CustomValue.Date date) {
                return Optional.of(date.value().compareTo(java.time.LocalDate.parse(wanted.trim())));
            }
        } catch (NumberFormatException | java.time.format.DateTimeParseException mismatch) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
