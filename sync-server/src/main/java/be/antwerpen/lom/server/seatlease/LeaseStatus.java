package be.antwerpen.lom.server.seatlease;

/** A seat lease's life: held (its seat is taken for the desk), then used, returned or expired. */
public enum LeaseStatus {
    /** Holds one seat in each of its cells for its desk. */
    HELD,
    /** A booking took over its seat. */
    USED,
    /** Went back unused before its slot (the policy's return moment). */
    RETURNED,
    /** Went back unused because its desk stayed silent longer than the policy allows. */
    EXPIRED
}
