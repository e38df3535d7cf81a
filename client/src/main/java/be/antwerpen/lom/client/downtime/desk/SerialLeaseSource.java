package be.antwerpen.lom.client.downtime.desk;

import be.antwerpen.lom.client.downtime.SerialRange;

/** Leases a new block of blank-form serials for this desk from the server. */
@FunctionalInterface
public interface SerialLeaseSource {

    /**
     * @throws RuntimeException one of the sync exceptions when the server cannot be reached or refuses
     */
    SerialRange lease(int count);
}
