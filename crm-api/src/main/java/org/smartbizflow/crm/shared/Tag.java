package org.smartbizflow.crm.shared;

import java.util.Locale;

/**
 * A label on a record, such as {@code vip} or {@code trade-show-2026}. Tags compare without
 * regard to case or surrounding blanks: the value is trimmed and lower-cased, 1 to 64
 * characters, with no commas (so a tag list fits one CSV cell).
 *
 * @param value the normalised tag
 */
public record Tag(String value) implements Comparable<Tag> {

    public Tag {
        value = Preconditions.notBlank(value, "tag").trim().toLowerCase(Locale.ROOT);
        Preconditions.maxLength(value, 64, "tag");
        Preconditions.check(value.indexOf(',') < 0, "tag", "must not contain a comma: " + value);
    }

    public static Tag of(String value) {
        return new Tag(value);
    }

    @Override
    public int compareTo(Tag other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
