package be.antwerpen.lom.client.downtime.desk;

import be.antwerpen.lom.client.downtime.SerialRange;
import be.antwerpen.lom.client.sync.ServerCalls;
import be.antwerpen.lom.client.sync.SyncApi;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.function.Supplier;

/** Leases serials through POST /api/v1/serials/lease with the desk's staff and device credentials. */
public final class ServerSerialLeases implements SerialLeaseSource {

    private final Supplier<SyncApi> api;
    private final ServerCalls calls;

    public ServerSerialLeases(Supplier<SyncApi> api, ServerCalls calls) {
        this.api = api;
        this.calls = calls;
    }

    @Override
    public SerialRange lease(int count) {
        JsonNode lease = calls.execute(api.get().leaseSerials(Map.of("count", count)));
        return new SerialRange(lease.path("prefix").asText(), lease.path("first").asInt(), lease.path("last").asInt());
    }
}
