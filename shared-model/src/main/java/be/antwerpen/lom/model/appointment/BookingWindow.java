package be.antwerpen.lom.model.appointment;

import be.antwerpen.lom.model.validation.DomainValidationException;
import be.antwerpen.lom.model.validation.Require;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The times a booking and a walk-in may have, the one rule of every path: web API, desk sync and
 * paper re-keying (ADR 0029). Times are Brussels wall-clock time.
 *
 * <ul>
 *   <li>A booking's start (new, moved or rebooked) lies not before the moment the booking was made and
 *   at most {@value #MAX_DAYS_AHEAD} days after the server's now. The moment it was made is the desk's
 *   clock for a command made offline (a booking made at 09:00 for 09:30 that reaches the server at
 *   10:00 is fine), believed at most {@link #MAX_OFFLINE} back and never ahead of the server.</li>
 *   <li>Something that happened (a walk-in's arrival) lies at most {@link #MAX_OFFLINE} back and at most
 *   {@link #CLOCK_TOLERANCE} ahead of the server (desk clocks differ).</li>
 *   <li>A time written on a paper form (a paper walk-in's arrival, a step's paper time) lies at most
 *   {@link #MAX_OFFLINE} back and at most {@link #PAPER_TIME_AHEAD} ahead: it was read off a wall clock, not a
 *   desk's, and the desk checks it on its own clock when the form is entered (ADR 0157).</li>
 * </ul>
 */
public final class BookingWindow {

    public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    public static final int MAX_DAYS_AHEAD = 366;
    /** How long a desk may have worked offline: older device times are not believed further back. */
    public static final Duration MAX_OFFLINE = Duration.ofDays(31);
    /** How far a desk's clock may run ahead of the server's. */
    public static final Duration CLOCK_TOLERANCE = Duration.ofDays(1);
    /** How far a time written on a paper form may lie ahead of the clock it is checked on. */
    public static final Duration PAPER_TIME_AHEAD = Duration.ofMinutes(15);

    private BookingWindow() {
    }

    /**
     * Refuses a booking start outside the window.
     *
     * @param madeAt    when the booking was made (the desk's clock), or {@code null} for now
     * @param serverNow the server's clock
     */
    public static void requireBookable(LocalDateTime start, Instant madeAt, Instant serverNow, String field) {
        Require.present(start, field);
        Instant oldest = serverNow.minus(MAX_OFFLINE);
        Instant believed = madeAt == null || madeAt.isAfter(serverNow) ? serverNow
                : madeAt.isBefore(oldest) ? oldest : madeAt;
        if (start.isBefore(LocalDateTime.ofInstant(believed, BRUSSELS).withSecond(0).withNano(0))) {
            throw new DomainValidationException(field, "booking.past", "the start lies in the past");
        }
        if (start.isAfter(LocalDateTime.ofInstant(serverNow, BRUSSELS).plusDays(MAX_DAYS_AHEAD))) {
            throw new DomainValidationException(field, "booking.tooFarAhead",
                    "appointments can be booked at most " + MAX_DAYS_AHEAD + " days ahead", MAX_DAYS_AHEAD);
        }
    }

    /** Refuses the time of something that happened (a walk-in's arrival) when it is far off. */
    public static void requireHappened(LocalDateTime at, Instant serverNow, String field) {
        requireWithin(at, serverNow, CLOCK_TOLERANCE, field);
    }

    /**
     * Refuses a time written on a paper form that lies more than {@link #PAPER_TIME_AHEAD} ahead of {@code now} or
     * more than {@link #MAX_OFFLINE} back: the server checks it on its clock, the desk on its own.
     */
    public static void requireWrittenOnPaper(LocalDateTime at, Instant now, String field) {
        requireWithin(at, now, PAPER_TIME_AHEAD, field);
    }

    private static void requireWithin(LocalDateTime at, Instant now, Duration ahead, String field) {
        Require.present(at, field);
        LocalDateTime here = LocalDateTime.ofInstant(now, BRUSSELS);
        if (at.isAfter(here.plus(ahead))) {
            throw new DomainValidationException(field, "time.future", field + " lies in the future", field);
        }
        if (at.isBefore(here.minus(MAX_OFFLINE))) {
            throw new DomainValidationException(field, "time.tooLongAgo",
                    field + " lies more than " + MAX_OFFLINE.toDays() + " days back", field, MAX_OFFLINE.toDays());
        }
    }
}
