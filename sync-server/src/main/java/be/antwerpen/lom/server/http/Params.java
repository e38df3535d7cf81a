package be.antwerpen.lom.server.http;

import be.antwerpen.lom.model.validation.TimeRange;
import be.antwerpen.lom.server.refusal.Refusal;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/** Query and path parameters, parsed with a readable 400 when they are missing or malformed. */
public final class Params {

    private Params() {
    }

    public static String text(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            throw Refusal.invalid(name, name + " is required");
        }
        return v.strip();
    }

    public static LocalDate date(Context ctx, String name) {
        String v = text(ctx, name);
        LocalDate date;
        try {
            date = LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw Refusal.invalid(name, name + " must be a date like 2026-03-31");
        }
        return TimeRange.require(date, name);
    }

    public static LocalTime optionalTime(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(v.strip());
        } catch (DateTimeParseException e) {
            throw Refusal.invalid(name, name + " must be a time like 17:30");
        }
    }

    public static boolean flag(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return false;
        }
        if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(v);
        }
        throw Refusal.invalid(name, name + " must be true or false");
    }

    public static long number(Context ctx, String name, long fallback) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            throw Refusal.invalid(name, name + " must be a whole number");
        }
    }

    public static Integer optionalInt(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(v.strip());
        } catch (NumberFormatException e) {
            throw Refusal.invalid(name, name + " must be a whole number");
        }
    }

    public static UUID id(Context ctx, String name) {
        try {
            return UUID.fromString(ctx.pathParam(name));
        } catch (IllegalArgumentException e) {
            throw Refusal.notFound("the " + name.replace("Id", ""));
        }
    }
}
