package be.antwerpen.lom.server.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the works of one transaction leave to its end (ADR 0125): each {@link Finisher} is called once,
 * just before the commit, with the parts every work that succeeded left it, in the order they were left.
 * The works of a {@link GroupCommit} group so write their change-log rows and audit lines in one batch
 * and take the change counter and the audit chain head once, for all of them.
 */
public final class AtCommit {

    /** Writes the parts the works of one transaction left. */
    @FunctionalInterface
    public interface Finisher<P> {
        void finish(Connection c, List<P> parts) throws SQLException;
    }

    private final Map<Finisher<?>, List<Object>> parts = new LinkedHashMap<>();

    /** Leaves {@code part} to {@code finisher} (compared by identity: keep one instance per kind of part). */
    public <P> void add(Finisher<P> finisher, P part) {
        parts.computeIfAbsent(finisher, f -> new ArrayList<>()).add(part);
    }

    /** Takes over what a work that succeeded left, after what earlier works left. */
    void addAll(AtCommit work) {
        work.parts.forEach((finisher, list) -> parts.computeIfAbsent(finisher, f -> new ArrayList<>()).addAll(list));
    }

    void clear() {
        parts.clear();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    void finish(Connection c) throws SQLException {
        for (Map.Entry<Finisher<?>, List<Object>> e : parts.entrySet()) {
            ((Finisher) e.getKey()).finish(c, e.getValue());
        }
        parts.clear();
    }
}
