package be.antwerpen.lom.client.supervisor;

import be.antwerpen.lom.client.sync.ServerCalls;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts the open conflicts of the supervisor's locations on the server (for the badge). */
public final class OpenConflicts {

    private final SupervisorApi api;
    private final ServerCalls calls;

    public OpenConflicts(SupervisorApi api, ServerCalls calls) {
        this.api = api;
        this.calls = calls;
    }

    /**
     * Open conflicts per location, in the order given.
     *
     * @throws be.antwerpen.lom.client.sync.ServerUnreachableException when the server cannot be reached
     */
    public Map<String, Integer> count(List<String> locationIds) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String location : locationIds) {
            OpenConflictCounts answer = calls.execute(api.conflictCounts(location));
            counts.put(location, answer == null ? 0 : answer.open());
        }
        return counts;
    }
}
