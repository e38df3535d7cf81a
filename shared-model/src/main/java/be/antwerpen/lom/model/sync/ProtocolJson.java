package be.antwerpen.lom.model.sync;

import be.antwerpen.lom.model.json.WireJson;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The protocol's Jackson configuration, as desk and server use it: {@link WireJson} (which lives below
 * the reference data and the protocol, so both can read JSON without depending on each other).
 */
public final class ProtocolJson {

    private ProtocolJson() {
    }

    /** A new mapper for the protocol: ISO dates, unknown properties ignored (tolerant reader). */
    public static ObjectMapper newMapper() {
        return WireJson.newMapper();
    }
}
