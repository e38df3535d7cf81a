package be.antwerpen.lom.client.store;

/** Who this desk is to the server, after enrollment. */
public record DeviceIdentity(String serverUrl, String deviceId, String deviceSecret, String locationId,
                             String deskName) {

    /** Masked: the secret must never be logged. */
    @Override
    public String toString() {
        return "DeviceIdentity[deviceId=" + deviceId + ", locationId=" + locationId + ", desk=" + deskName + "]";
    }
}
