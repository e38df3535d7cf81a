package be.antwerpen.lom.server.serial;

import java.time.Instant;

/**
 * A block of paper-form serial numbers held by one desk, printed as {@code PREFIX-NNNNNN}.
 *
 * @param first first number, inclusive
 * @param last  last number, inclusive
 */
public record SerialLease(String id, String deviceId, String locationId, String prefix, long first, long last,
                          Instant leasedAt) {
}
