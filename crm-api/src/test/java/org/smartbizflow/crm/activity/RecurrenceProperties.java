package org.smartbizflow.crm.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.smartbizflow.crm.shared.ValidationException;

/** Invariants of recurrence expansion, for daily, weekly and monthly rules in several zones. */
class RecurrenceProperties {

    @Provide
    Arbitrary<ZonedDateTime> starts() {
        Arbitrary<LocalDate> days = Arbitraries.integers().between(0, 3 * 365).map(d -> LocalDate.of(2025, 1, 1).plusDays(d));
        Arbitrary<LocalTime> times = Arbitraries.integers().between(0, 24 * 4 - 1).map(q -> LocalTime.of(q / 4, q % 4 * 15));
        Arbitrary<ZoneId> zones = Arbitraries.of("UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata",
                "Australia/Lord_Howe").map(ZoneId::of);
        return Combinators.combine(days, times, zones).as((d, t, z) -> ZonedDateTime.of(d, t, z));
    }

    @Provide
    Arbitrary<RecurrenceRule> rules() {
        Arbitrary<Integer> intervals = Arbitraries.integers().between(1, 4);
        Arbitrary<Integer> counts = Arbitraries.integers().between(1, 60);
        Arbitrary<RecurrenceRule> daily = Combinators.combine(intervals, counts).as(RecurrenceRule::daily);
        Arbitrary<Set<DayOfWeek>> weekdays = Arbitraries.of(DayOfWeek.class).set().ofMinSize(0).ofMaxSize(7);
        Arbitrary<RecurrenceRule> weekly = Combinators.combine(intervals, counts, weekdays)
                .as((i, c, d) -> new RecurrenceRule(Frequency.WEEKLY, i, d, null, c, null, Set.of()));
        Arbitrary<Integer> monthDays = Arbitraries.integers().between(1, 31).injectNull(0.3);
        Arbitrary<RecurrenceRule> monthly = Combinators.combine(intervals, counts, monthDays)
                .as((i, c, d) -> RecurrenceRule.monthly(i, c, d));
        return Arbitraries.oneOf(daily, weekly, monthly);
    }

    @Property
    void occurrencesAreOrderedBoundedAndKeepTheLocalTime(@ForAll("rules") RecurrenceRule rule,
                                                          @ForAll("starts") ZonedDateTime start) {
        List<ZonedDateTime> occurrences = rule.expand(start);

        assertThat(occurrences.size()).isLessThanOrEqualTo(rule.count());
        for (int i = 0; i < occurrences.size(); i++) {
            ZonedDateTime occurrence = occurrences.get(i);
            assertThat(occurrence.toLocalDate()).isAfterOrEqualTo(start.toLocalDate());
            if (i > 0) {
                assertThat(occurrence.toInstant()).isAfter(occurrences.get(i - 1).toInstant());
            }
            LocalDateTime wanted = occurrence.toLocalDate().atTime(start.toLocalTime());
            boolean inGap = start.getZone().getRules().getValidOffsets(wanted).isEmpty();
            if (!inGap) {
                assertThat(occurrence.toLocalTime()).isEqualTo(start.toLocalTime());
            }
        }
    }

    @Property
    void occurrencesFollowTheFrequency(@ForAll("rules") RecurrenceRule rule, @ForAll("starts") ZonedDateTime start) {
        List<ZonedDateTime> occurrences = rule.expand(start);
        LocalDate first = start.toLocalDate();
        for (ZonedDateTime occurrence : occurrences) {
            LocalDate day = occurrence.toLocalDate();
            switch (rule.frequency()) {
                case DAILY:
                    assertThat(ChronoUnit.DAYS.between(first, day) % rule.interval()).isZero();
                    break;
                case WEEKLY:
                    Set<DayOfWeek> days = rule.byDays().isEmpty() ? Set.of(first.getDayOfWeek()) : rule.byDays();
                    assertThat(days).contains(day.getDayOfWeek());
                    long weeks = ChronoUnit.WEEKS.between(first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                            day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
                    assertThat(weeks % rule.interval()).isZero();
                    break;
                default:
                    int dayOfMonth = rule.byMonthDay() != null ? rule.byMonthDay() : first.getDayOfMonth();
                    assertThat(day.getDayOfMonth()).isEqualTo(dayOfMonth);
                    long months = ChronoUnit.MONTHS.between(first.withDayOfMonth(1), day.withDayOfMonth(1));
                    assertThat(months % rule.interval()).isZero();
            }
        }
        boolean alwaysMatches = rule.frequency() != Frequency.MONTHLY
                || (rule.byMonthDay() != null ? rule.byMonthDay() : first.getDayOfMonth()) <= 28;
        if (alwaysMatches) {
            assertThat(occurrences).hasSize(rule.count());
        }
    }

    @Property
    void exceptionsRemoveExactlyTheirDaysAndNothingElse(@ForAll("rules") RecurrenceRule rule,
                                                        @ForAll("starts") ZonedDateTime start,
                                                        @ForAll @IntRange(min = 0, max = 5) int skipped) {
        List<ZonedDateTime> all = rule.expand(start);
        List<LocalDate> exceptions = new ArrayList<>();
        for (int i = 0; i < all.size() && exceptions.size() < skipped; i += 2) {
            exceptions.add(all.get(i).toLocalDate());
        }
        exceptions.add(start.toLocalDate().minusDays(1)); // a day the rule never hits

        List<ZonedDateTime> remaining = rule.except(exceptions.toArray(new LocalDate[0])).expand(start);

        assertThat(remaining).containsExactlyElementsOf(all.stream()
                .filter(o -> !exceptions.contains(o.toLocalDate())).toList());
    }

    @Property
    void untilIsInclusiveAndBoundsTheSeries(@ForAll("rules") RecurrenceRule counted, @ForAll("starts") ZonedDateTime start,
                                           @ForAll @IntRange(min = 0, max = 200) int days) {
        LocalDate until = start.toLocalDate().plusDays(days);
        RecurrenceRule rule = counted.until(until);

        List<ZonedDateTime> occurrences = rule.expand(start);

        assertThat(occurrences).allSatisfy(o -> assertThat(o.toLocalDate()).isBeforeOrEqualTo(until));
        RecurrenceRule generous = new RecurrenceRule(counted.frequency(), counted.interval(), counted.byDays(),
                counted.byMonthDay(), RecurrenceRule.MAX_OCCURRENCES, null, Set.of());
        assertThat(occurrences).containsExactlyElementsOf(generous.expand(start).stream()
                .filter(o -> !o.toLocalDate().isAfter(until)).toList());
    }

    @Property
    void theRruleTextReadsBackAsTheSameRule(@ForAll("rules") RecurrenceRule counted, @ForAll("starts") ZonedDateTime start,
                                            @ForAll boolean bounded) {
        RecurrenceRule rule = bounded ? counted.until(start.toLocalDate().plusDays(90)) : counted;
        ZoneId zone = start.getZone();

        assertThat(RecurrenceRule.parse(rule.toRrule(zone), zone, rule.exceptions())).isEqualTo(rule);
        assertThat(RecurrenceRule.parse(rule.toRrule(), rule.exceptions())).isEqualTo(rule);
    }

    @Property
    void withOverridesEachOccurrenceAppearsOnceAtItsTimeMovedOrNotAtAll(
            @ForAll("rules") RecurrenceRule rule, @ForAll("starts") ZonedDateTime start,
            @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 2) Integer> fates,
            @ForAll @Size(max = 60) List<@IntRange(min = -86_400, max = 86_400) Integer> moveMinutes,
            @ForAll @IntRange(min = 0, max = 600) int lengthMinutes) {
        List<ZonedDateTime> plain = rule.expand(start);
        Duration length = Duration.ofMinutes(lengthMinutes);
        List<LocalDate> excluded = new ArrayList<>();
        Map<Instant, OccurrenceOverride> overrides = new HashMap<>();
        for (int i = 0; i < plain.size(); i++) {
            int fate = i < fates.size() ? fates.get(i) : 0;
            Instant original = plain.get(i).toInstant();
            if (fate == 1) {
                excluded.add(plain.get(i).toLocalDate());
            } else if (fate == 2) {
                // anywhere within 60 days, before earlier occurrences or after the last one included
                Instant moved = original.plus(Duration.ofMinutes(i < moveMinutes.size() ? moveMinutes.get(i) : 1));
                overrides.put(original, new OccurrenceOverride(original, moved, moved.plus(length.plusMinutes(i))));
            }
        }
        RecurrenceRule withExceptions = rule.except(excluded.toArray(new LocalDate[0]));

        List<Occurrence> occurrences = withExceptions.expand(start, length, List.copyOf(overrides.values()));

        List<Instant> expectedOriginals = plain.stream().filter(o -> !excluded.contains(o.toLocalDate()))
                .map(ZonedDateTime::toInstant).sorted().toList();
        assertThat(occurrences.stream().map(Occurrence::originalStart).sorted().toList())
                .containsExactlyElementsOf(expectedOriginals);
        for (Occurrence occurrence : occurrences) {
            OccurrenceOverride override = overrides.get(occurrence.originalStart());
            if (override == null) {
                assertThat(occurrence.start()).isEqualTo(occurrence.originalStart());
                assertThat(occurrence.end()).isEqualTo(occurrence.originalStart().plus(length));
            } else {
                assertThat(occurrence.start()).isEqualTo(override.start());
                assertThat(occurrence.end()).isEqualTo(override.end());
            }
        }
        assertThat(occurrences).isSortedAccordingTo(Comparator.comparing(Occurrence::start)
                .thenComparing(Occurrence::originalStart));
        // an excluded occurrence cannot be moved as well: the override names nothing
        if (!excluded.isEmpty()) {
            Instant gone = plain.stream().filter(o -> o.toLocalDate().equals(excluded.get(0))).findFirst()
                    .orElseThrow().toInstant();
            List<OccurrenceOverride> stray = new ArrayList<>(overrides.values());
            stray.add(new OccurrenceOverride(gone, gone, gone));
            assertThatThrownBy(() -> withExceptions.expand(start, length, stray))
                    .isInstanceOfSatisfying(ValidationException.class, e ->
                            assertThat(e.violations()).extracting(v -> v.field()).containsExactly("recurrenceId"));
        }
    }
}
