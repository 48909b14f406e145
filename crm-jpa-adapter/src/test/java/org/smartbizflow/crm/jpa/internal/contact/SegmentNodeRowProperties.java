package org.smartbizflow.crm.jpa.internal.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.smartbizflow.crm.contact.ContactCriteria;
import org.smartbizflow.crm.contact.ContactCriteria.Field;
import org.smartbizflow.crm.contact.ContactCriteria.Operator;

/**
 * A segment's criteria survive being flattened to rows and rebuilt, whatever their shape and in
 * whatever order the database returns the rows.
 */
class SegmentNodeRowProperties {

    @Property(tries = 300)
    void criteriaTreesRoundTripThroughRows(@ForAll("criteria") ContactCriteria criteria, @ForAll long seed) {
        List<SegmentNodeRow> rows = new ArrayList<>(SegmentNodeRow.rows(UUID.randomUUID(), "acme", criteria));
        Collections.shuffle(rows, new Random(seed));

        assertThat(SegmentNodeRow.tree(rows)).isEqualTo(criteria);
    }

    @Provide
    Arbitrary<ContactCriteria> criteria() {
        return tree(4);
    }

    private static Arbitrary<ContactCriteria> tree(int depth) {
        Arbitrary<ContactCriteria> leaf = conditions();
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<ContactCriteria> part = tree(depth - 1);
        return Arbitraries.frequencyOf(
                Tuple.of(3, leaf),
                Tuple.of(1, part.list().ofMaxSize(4).map(ContactCriteria.All::new)),
                Tuple.of(1, part.list().ofMaxSize(4).map(ContactCriteria.AnyOf::new)),
                Tuple.of(1, part.map(ContactCriteria.Not::new)));
    }

    private static Arbitrary<ContactCriteria> conditions() {
        Arbitrary<String> text = Arbitraries.strings().ofMaxLength(30);
        return Arbitraries.oneOf(
                text.map(v -> ContactCriteria.where(Field.NAME, Operator.CONTAINS, v)),
                text.map(v -> ContactCriteria.where(Field.TAG, Operator.NOT_EQUALS, v)),
                text.map(v -> ContactCriteria.custom("segment", Operator.STARTS_WITH, v)),
                Arbitraries.integers().map(n -> ContactCriteria.custom("seats", Operator.LESS_THAN, n.toString())),
                Arbitraries.of(Field.EMAIL, Field.JOB_TITLE, Field.ACCOUNT, Field.LANGUAGE)
                        .map(f -> ContactCriteria.where(f, Operator.IS_NOT_SET, null)),
                Arbitraries.just(ContactCriteria.where(Field.CREATED_AT, Operator.GREATER_THAN,
                        "2026-01-01T00:00:00Z")));
    }
}
