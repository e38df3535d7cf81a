package be.antwerpen.lom.model.lease;

import be.antwerpen.lom.model.validation.Require;

/**
 * How many seats of one location the server leases to desks (ADR 0030).
 *
 * @param locationId          the location whose seats are leased
 * @param daysAhead           leases cover today and this many following days
 * @param ownSeatsPerDesk     seats per day for each desk of this location
 * @param otherSeatsPerDesk   seats per day for each desk of another location (flexibility bookings)
 * @param maxSharePercent     leases never hold more than this share of a day's seats at the location
 * @param leaseMinutes        length of one lease; products up to this length can be booked on it
 * @param returnMinutesBefore an unused lease goes back this long before its start
 * @param silenceHours        a desk that has not synced for this long loses its unused leases
 */
public record SeatLeasePolicy(String locationId, int daysAhead, int ownSeatsPerDesk, int otherSeatsPerDesk,
                              int maxSharePercent, int leaseMinutes, int returnMinutesBefore, int silenceHours) {

    public SeatLeasePolicy {
        Require.text(locationId, "locationId", 40);
        Require.that(daysAhead >= 0 && daysAhead <= 14, "daysAhead", "daysAhead lies between 0 and 14");
        Require.that(ownSeatsPerDesk >= 0 && ownSeatsPerDesk <= 20, "ownSeatsPerDesk",
                "ownSeatsPerDesk lies between 0 and 20");
        Require.that(otherSeatsPerDesk >= 0 && otherSeatsPerDesk <= 5, "otherSeatsPerDesk",
                "otherSeatsPerDesk lies between 0 and 5");
        Require.that(maxSharePercent >= 0 && maxSharePercent <= 50, "maxSharePercent",
                "maxSharePercent lies between 0 and 50");
        Require.that(leaseMinutes >= 10 && leaseMinutes <= 60, "leaseMinutes", "leaseMinutes lies between 10 and 60");
        Require.that(returnMinutesBefore >= 0 && returnMinutesBefore <= 24 * 60, "returnMinutesBefore",
                "returnMinutesBefore lies between 0 and 1440");
        Require.that(silenceHours >= 1 && silenceHours <= 24 * 7, "silenceHours", "silenceHours lies between 1 and 168");
    }

    /**
     * The default: two days ahead, three seats a day for each own desk, one a day at every other
     * location, at most 15% of a day's seats, 30-minute leases (every product but the 40-minute
     * marriage file fits), returned two hours before their start, lost after 24 hours of silence.
     */
    public static SeatLeasePolicy defaults(String locationId) {
        return new SeatLeasePolicy(locationId, 2, 3, 1, 15, 30, 120, 24);
    }
}
