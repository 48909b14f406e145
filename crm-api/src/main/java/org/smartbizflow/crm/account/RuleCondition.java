package org.smartbizflow.crm.account;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.smartbizflow.crm.shared.CustomFields;
import org.smartbizflow.crm.shared.CustomValue;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.Tag;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * One numbered condition of an assignment rule: an account field, an operator and a value,
 * such as {@code country IN GB,IE} or {@code annualRevenue AT_LEAST 1000000 EUR}.
 *
 * <p>Fields: {@code country} (any address), {@code industry}, {@code sizeBand},
 * {@code annualRevenue}, {@code tag}, {@code domain}, {@code legalName}, {@code team},
 * {@code owner}, and {@code custom.<key>}. Text compares without regard to case. A revenue
 * value is an amount and a currency; an account with revenue in another currency does not
 * match (converting needs rates, which rules should not guess).
 *
 * @param field    the account field
 * @param operator how to compare
 * @param value    what to compare with (a comma-separated list for {@code IN}; ignored by
 *                 {@code IS_SET})
 */
public record RuleCondition(String field, Operator operator, String value) {

    /** How a condition compares. */
    public enum Operator {
        EQUALS, NOT_EQUALS, IN, CONTAINS, STARTS_WITH, GREATER_THAN, AT_LEAST, LESS_THAN, IS_SET
    }

    /** The fields a condition may name, besides {@code custom.<key>}. */
    public static final List<String> FIELDS = List.of("country", "industry", "sizeBand", "annualRevenue", "tag",
            "domain", "legalName", "team", "owner");

    private static final Pattern AMOUNT = Pattern.compile("(-?\\d+(?:\\.\\d+)?)\\s+([A-Za-z]{3})");

    public RuleCondition {
        field = Preconditions.notBlank(field, "condition.field");
        Preconditions.check(FIELDS.contains(field) || field.startsWith("custom."), "condition.field",
                "must be one of " + FIELDS + " or custom.<key>, not " + field);
        if (field.startsWith("custom.")) {
            CustomFields.checkKey(field.substring("custom.".length()));
        }
        Preconditions.notNull(operator, "condition.operator");
        value = operator == Operator.IS_SET ? null
                : Preconditions.maxLength(Preconditions.notBlank(value, "condition.value"), 500, "condition.value");
        boolean ordered = operator == Operator.GREATER_THAN || operator == Operator.AT_LEAST
                || operator == Operator.LESS_THAN;
        if (field.equals("annualRevenue") && value != null) {
            Preconditions.check(ordered || operator == Operator.EQUALS || operator == Operator.NOT_EQUALS,
                    "condition.operator", "annualRevenue compares with EQUALS, NOT_EQUALS, GREATER_THAN, AT_LEAST"
                            + " or LESS_THAN");
            money(value);
        } else if (ordered && !field.startsWith("custom.")) {
            throw new ValidationException("condition.operator", operator + " applies to annualRevenue and custom"
                    + " fields only, not " + field);
        }
        if (field.equals("sizeBand") && value != null) {
            for (String band : values(value, operator)) {
                try {
                    SizeBand.valueOf(band.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new ValidationException("condition.value", "is not a size band "
                            + Arrays.toString(SizeBand.values()) + ": " + band);
                }
            }
        }
    }

    public static RuleCondition of(String field, Operator operator, String value) {
        return new RuleCondition(field, operator, value);
    }

    /** Does the account satisfy this condition? */
    public boolean matches(AccountView account) {
        AccountProfile p = account.profile();
        switch (field) {
            case "country":
                return anyText(p.addresses().stream().map(a -> a.address().country().value()).toList());
            case "industry":
                return anyText(nullable(p.industry()));
            case "sizeBand":
                return anyText(nullable(p.sizeBand() == null ? null : p.sizeBand().name()));
            case "annualRevenue":
                return revenue(p.annualRevenue());
            case "tag":
                return anyText(p.tags().stream().map(Tag::value).toList());
            case "domain":
                return anyText(p.domains().stream().map(DomainName::value).toList());
            case "legalName":
                return anyText(List.of(p.legalName()));
            case "team":
                return anyText(nullable(p.team()));
            case "owner":
                return anyText(List.of(account.ownerId().value()));
            default:
                return custom(p.customFields().get(field.substring("custom.".length())));
        }
    }

    private static List<String> nullable(String value) {
        return value == null ? List.of() : List.of(value);
    }

    /** Text operators over the field's values (several for countries, tags and domains). */
    private boolean anyText(List<String> actual) {
        if (operator == Operator.IS_SET) {
            return !actual.isEmpty();
        }
        if (operator == Operator.NOT_EQUALS) {
            return actual.stream().noneMatch(a -> a.equalsIgnoreCase(value));
        }
        return actual.stream().anyMatch(this::textMatches);
    }

    private boolean textMatches(String actual) {
        String a = actual.toLowerCase(Locale.ROOT);
        String v = value.toLowerCase(Locale.ROOT);
        switch (operator) {
            case EQUALS:
                return a.equals(v);
            case IN:
                return values(value, operator).stream().anyMatch(x -> x.equalsIgnoreCase(actual));
            case CONTAINS:
                return a.contains(v);
            case STARTS_WITH:
                return a.startsWith(v);
            default:
                return false;
        }
    }

    private boolean revenue(Money actual) {
        if (operator == Operator.IS_SET) {
            return actual != null;
        }
        Money wanted = money(value);
        if (actual == null || !actual.currency().equals(wanted.currency())) {
            return operator == Operator.NOT_EQUALS;
        }
        return compare(actual.amount().compareTo(wanted.amount()));
    }

    private boolean custom(Optional<CustomValue> actual) {
        if (operator == Operator.IS_SET) {
            return actual.isPresent();
        }
        if (actual.isEmpty()) {
            return operator == Operator.NOT_EQUALS;
        }
        CustomValue v = actual.get();
        boolean ordered = operator == Operator.GREATER_THAN || operator == Operator.AT_LEAST
                || operator == Operator.LESS_THAN;
        if (ordered) {
            if (v instanceof CustomValue.Number number) {
                try {
                    return compare(number.value().compareTo(new BigDecimal(value.trim())));
                } catch (NumberFormatException e) {
                    return false;
                }
            }
            if (v instanceof CustomValue.Date date) {
                try {
                    return compare(date.value().compareTo(java.time.LocalDate.parse(value.trim())));
                } catch (java.time.format.DateTimeParseException e) {
                    return false;
                }
            }
            return false;
        }
        if (v instanceof CustomValue.Number number && (operator == Operator.EQUALS
                || operator == Operator.NOT_EQUALS)) {
            try {
                boolean equal = number.value().compareTo(new BigDecimal(value.trim())) == 0;
                return operator == Operator.EQUALS ? equal : !equal;
            } catch (NumberFormatException e) {
                return operator == Operator.NOT_EQUALS;
            }
        }
        return anyText(List.of(v.asText()));
    }

    private boolean compare(int order) {
        switch (operator) {
            case EQUALS:
                return order == 0;
            case NOT_EQUALS:
                return order != 0;
            case GREATER_THAN:
                return order > 0;
            case AT_LEAST:
                return order >= 0;
            case LESS_THAN:
                return order < 0;
            default:
                return false;
        }
    }

    private static List<String> values(String value, Operator operator) {
        if (operator != Operator.IN) {
            return List.of(value.strip());
        }
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static Money money(String text) {
        java.util.regex.Matcher m = AMOUNT.matcher(text.strip());
        if (!m.matches()) {
            throw new ValidationException("condition.value", "must be an amount and a currency such as"
                    + " \"1000000 EUR\": " + text);
        }
        return Money.rounded(new BigDecimal(m.group(1)), Money.currency(m.group(2)));
    }

    @Override
    public String toString() {
        return field + " " + operator + (value == null ? "" : " " + value);
    }
}
