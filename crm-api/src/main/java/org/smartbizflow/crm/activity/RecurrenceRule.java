package org.smartbizflow.crm.activity;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * When a meeting or task repeats: daily, weekly on given weekdays, or monthly on a day of the
 * month, every {@code interval} periods, for a number of occurrences or until a day, minus
 * exception days. Follows RFC 5545 RRULE semantics for this subset: occurrences keep the
 * local time of day of the first one in its time zone (across daylight-saving changes),
 * months without the chosen day are skipped, COUNT counts before exceptions are removed, and
 * UNTIL is inclusive.
 *
 * <p>Every rule is bounded ({@code count} or {@code until}) and yields at most
 * {@value #MAX_OCCURRENCES} occurrences, because each occurrence is stored as an activity of
 * its own (so it can be moved, cancelled, completed and reminded of on its own).
 *
 * @param frequency  daily, weekly or monthly
 * @param interval   every how many periods, 1 to 366
 * @param byDays     weekly: the weekdays (empty: the first occurrence's weekday); otherwise empty
 * @param byMonthDay monthly: the day of the month, 1 to 31 (null: the first occurrence's day);
 *                   otherwise null
 * @param count      how many occurrences, or null when {@code until} bounds the rule
 * @param until      the last day an occurrence may fall on (local date), or null when
 *                   {@code count} bounds the rule
 * @param exceptions local dates on which no occurrence takes place
 */
public record RecurrenceRule(Frequency frequency, int interval, Set<DayOfWeek> byDays, Integer byMonthDay,
                             Integer count, LocalDate until, Set<LocalDate> exceptions) {

    /** The most occurrences one rule may yield. */
    public static final int MAX_OCCURRENCES = 500;

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter UTC_DATE_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'");
    private static final List<String> DAY_CODES = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");

    public RecurrenceRule {
        Preconditions.notNull(frequency, "recurrence.frequency");
        Preconditions.check(interval >= 1 && interval <= 366, "recurrence.interval", "must be between 1 and 366");
        byDays = byDays == null || byDays.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(byDays));
        exceptions = exceptions == null ? Set.of() : Set.copyOf(exceptions);
        Preconditions.check(byDays.isEmpty() || frequency == Frequency.WEEKLY, "recurrence.byDays",
                "only a weekly rule names weekdays");
        Preconditions.check(byMonthDay == null || frequency == Frequency.MONTHLY, "recurrence.byMonthDay",
                "only a monthly rule names a day of the month");
        Preconditions.check(byMonthDay == null || (byMonthDay >= 1 && byMonthDay <= 31), "recurrence.byMonthDay",
                "must be between 1 and 31");
        Preconditions.check(count == null || until == null, "recurrence.until", "must not be given with a count");
        Preconditions.check(count != null || until != null, "recurrence.count",
                "a rule needs a count or an until date");
        Preconditions.check(count == null || (count >= 1 && count <= MAX_OCCURRENCES), "recurrence.count",
                "must be between 1 and " + MAX_OCCURRENCES);
        Preconditions.check(exceptions.size() <= MAX_OCCURRENCES, "recurrence.exceptions",
                "must list at most " + MAX_OCCURRENCES + " days");
    }

    public static RecurrenceRule daily(int interval, int count) {
        return new RecurrenceRule(Frequency.DAILY, interval, Set.of(), null, count, null, Set.of());
    }

    public static RecurrenceRule weekly(int interval, int count, DayOfWeek... days) {
        return new RecurrenceRule(Frequency.WEEKLY, interval, Set.copyOf(Arrays.asList(days)), null, count, null,
                Set.of());
    }

    public static RecurrenceRule monthly(int interval, int count, Integer dayOfMonth) {
        return new RecurrenceRule(Frequency.MONTHLY, interval, Set.of(), dayOfMonth, count, null, Set.of());
    }

    /** The same rule bounded by a last day instead of a count. */
    public RecurrenceRule until(LocalDate lastDay) {
        return new RecurrenceRule(frequency, interval, byDays, byMonthDay, null, lastDay, exceptions);
    }

    /** The same rule skipping these days as well. */
    public RecurrenceRule except(LocalDate... days) {
        Set<LocalDate> all = new TreeSet<>(exceptions);
        all.addAll(Arrays.asList(days));
        return new RecurrenceRule(frequency, interval, byDays, byMonthDay, count, until, all);
    }

    /**
     * The occurrences of a series whose first occurrence is planned at {@code first}, in
     * order, without exception days. {@code first} itself is an occurrence when it matches
     * the rule; dates before it never are.
     *
     * @throws ValidationException when an until-bounded rule yields more than
     *         {@value #MAX_OCCURRENCES} occurrences
     */
    public List<ZonedDateTime> expand(ZonedDateTime first) {
        Preconditions.notNull(first, "start");
        LocalDate startDate = first.toLocalDate();
        LocalTime time = first.toLocalTime();
        ZoneId zone = first.getZone();
        List<ZonedDateTime> result = new ArrayList<>();
        int produced = 0;
        // Periods without any match (e.g. every 12 months on the 31st of a 30-day month) end the
        // walk after a bound, so an unsatisfiable rule yields nothing instead of looping forever.
        int barren = 0;
        for (long period = 0; barren < 48; period++) {
            List<LocalDate> candidates = datesOfPeriod(startDate, period);
            boolean matched = false;
            for (LocalDate date : candidates) {
                if (date.isBefore(startDate)) {
                    continue;
                }
                if (until != null && date.isAfter(until)) {
                    return result;
                }
                matched = true;
                produced++;
                if (!exceptions.contains(date)) {
                    result.add(ZonedDateTime.ofLocal(LocalDateTime.of(date, time), zone, null));
                }
                if (count != null && produced == count) {
                    return result;
                }
                if (produced > MAX_OCCURRENCES) {
                    throw new ValidationException("recurrence.until", "the rule yields more than "
                            + MAX_OCCURRENCES + " occurrences; choose an earlier until date");
                }
            }
            barren = matched ? 0 : barren + 1;
        }
        return result;
    }

    /**
     * The occurrences of a series whose first occurrence is planned at {@code first} and lasts
     * {@code length}, with single occurrences moved by overrides: each occurrence of
     * {@link #expand(ZonedDateTime)} appears exactly once, at its override's time when it has
     * one and at the rule's otherwise; exception days stay out. Ordered by start, then
     * original start, so a moved occurrence sorts where it now takes place.
     *
     * @throws ValidationException naming {@code recurrenceId} when an override names no
     *         occurrence of the rule (or one on an exception day) or two overrides name the
     *         same occurrence
     */
    public List<Occurrence> expand(ZonedDateTime first, Duration length, Collection<OccurrenceOverride> overrides) {
        Preconditions.notNull(length, "length");
        Preconditions.notNull(overrides, "overrides");
        Preconditions.check(!length.isNegative(), "length", "must not be negative");
        Map<Instant, OccurrenceOverride> byOriginal = new HashMap<>();
        for (OccurrenceOverride override : overrides) {
            if (byOriginal.put(override.originalStart(), override) != null) {
                throw new ValidationException("recurrenceId", "names the occurrence at "
                        + override.originalStart() + " twice");
            }
        }
        List<Occurrence> result = new ArrayList<>();
        for (ZonedDateTime occurrence : expand(first)) {
            Instant original = occurrence.toInstant();
            OccurrenceOverride override = byOriginal.remove(original);
            result.add(override == null ? new Occurrence(original, original, original.plus(length))
                    : new Occurrence(original, override.start(), override.end()));
        }
        if (!byOriginal.isEmpty()) {
            Instant stray = byOriginal.keySet().stream().sorted().findFirst().orElseThrow();
            throw new ValidationException("recurrenceId", "no occurrence of the series starts at " + stray
                    + " (" + stray.atZone(first.getZone()).toLocalDateTime() + " " + first.getZone() + ")");
        }
        result.sort(Comparator.comparing(Occurrence::start).thenComparing(Occurrence::originalStart));
        return result;
    }

    private List<LocalDate> datesOfPeriod(LocalDate start, long period) {
        long step = period * interval;
        switch (frequency) {
            case DAILY:
                return List.of(start.plusDays(step));
            case WEEKLY: {
                LocalDate monday = start.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(step);
                Set<DayOfWeek> days = byDays.isEmpty() ? Set.of(start.getDayOfWeek()) : byDays;
                SortedSet<DayOfWeek> ordered = new TreeSet<>(days);
                List<LocalDate> dates = new ArrayList<>(ordered.size());
                for (DayOfWeek day : ordered) {
                    dates.add(monday.plusDays(day.getValue() - 1L));
                }
                return dates;
            }
            default: {
                LocalDate month = start.withDayOfMonth(1).plusMonths(step);
                int day = byMonthDay != null ? byMonthDay : start.getDayOfMonth();
                return day <= month.lengthOfMonth() ? List.of(month.withDayOfMonth(day)) : List.of();
            }
        }
    }

    /**
     * The rule as RFC 5545 RRULE value, e.g. {@code FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;COUNT=10}.
     * UNTIL is written as a UTC date-time at the end of the until day in {@code zone}, as the
     * RFC requires for a start with a time zone. Exceptions are not part of an RRULE (they are
     * EXDATE lines).
     */
    public String toRrule(ZoneId zone) {
        StringBuilder text = new StringBuilder("FREQ=").append(frequency.name());
        if (interval != 1) {
            text.append(";INTERVAL=").append(interval);
        }
        if (!byDays.isEmpty()) {
            text.append(";BYDAY=").append(new TreeSet<>(byDays).stream().map(d -> DAY_CODES.get(d.getValue() - 1))
                    .collect(Collectors.joining(",")));
        }
        if (byMonthDay != null) {
            text.append(";BYMONTHDAY=").append(byMonthDay);
        }
        if (count != null) {
            text.append(";COUNT=").append(count);
        }
        if (until != null) {
            if (zone == null) {
                text.append(";UNTIL=").append(DATE.format(until));
            } else {
                ZonedDateTime end = until.atTime(LocalTime.of(23, 59, 59)).atZone(zone);
                text.append(";UNTIL=").append(UTC_DATE_TIME.format(end.withZoneSameInstant(ZoneOffset.UTC)));
            }
        }
        return text.toString();
    }

    /** The rule as stored: the RRULE value with UNTIL as a plain date. */
    public String toRrule() {
        return toRrule(null);
    }

    /**
     * Reads an RRULE value ({@code FREQ=...;...}). A UTC date-time UNTIL is read as the local
     * date it falls on in {@code zone}.
     *
     * @throws ValidationException naming {@code recurrence} when the rule is not in the
     *         supported subset (FREQ DAILY, WEEKLY or MONTHLY; INTERVAL; BYDAY without
     *         ordinals; BYMONTHDAY with one positive day; COUNT; UNTIL)
     */
    public static RecurrenceRule parse(String rrule, ZoneId zone, Set<LocalDate> exceptions) {
        String text = Preconditions.notBlank(rrule, "recurrence");
        Frequency frequency = null;
        int interval = 1;
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        Integer monthDay = null;
        Integer count = null;
        LocalDate until = null;
        for (String part : text.split(";")) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw unsupported(text, "part '" + part + "' is not NAME=VALUE");
            }
            String name = part.substring(0, eq).strip().toUpperCase(Locale.ROOT);
            String value = part.substring(eq + 1).strip().toUpperCase(Locale.ROOT);
            try {
                switch (name) {
                    case "FREQ":
                        frequency = Frequency.valueOf(value);
                        break;
                    case "INTERVAL":
                        interval = Integer.parseInt(value);
                        break;
                    case "BYDAY":
                        for (String code : value.split(",")) {
                            int index = DAY_CODES.indexOf(code.strip());
                            if (index < 0) {
                                throw unsupported(text, "BYDAY " + code + " is not a plain weekday code");
                            }
                            days.add(DayOfWeek.of(index + 1));
                        }
                        break;
                    case "BYMONTHDAY":
                        monthDay = Integer.parseInt(value);
                        break;
                    case "COUNT":
                        count = Integer.parseInt(value);
                        break;
                    case "UNTIL":
                        until = parseUntil(value, zone);
                        break;
                    case "WKST":
                        break; // weeks start on Monday here; WKST only matters for intervals > 1 with BYDAY
                    default:
                        throw unsupported(text, name + " is not supported");
                }
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw unsupported(text, "bad value in '" + part + "'");
            }
        }
        if (frequency == null) {
            throw unsupported(text, "FREQ is missing");
        }
        return new RecurrenceRule(frequency, interval, days, monthDay, count, until, exceptions);
    }

    /** Reads a rule as stored by {@link #toRrule()}. */
    public static RecurrenceRule parse(String rrule, Set<LocalDate> exceptions) {
        return parse(rrule, ZoneOffset.UTC, exceptions);
    }

    private static LocalDate parseUntil(String value, ZoneId zone) {
        if (value.length() == 8) {
            return LocalDate.parse(value, DATE);
        }
        if (value.endsWith("Z")) {
            LocalDateTime utc = LocalDateTime.parse(value, UTC_DATE_TIME);
            return utc.atZone(ZoneOffset.UTC).withZoneSameInstant(zone == null ? ZoneOffset.UTC : zone).toLocalDate();
        }
        return LocalDateTime.parse(value, DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss")).toLocalDate();
    }

    private static ValidationException unsupported(String text, String why) {
        return new ValidationException("recurrence", "unsupported rule '" + text + "': " + why);
    }
}
