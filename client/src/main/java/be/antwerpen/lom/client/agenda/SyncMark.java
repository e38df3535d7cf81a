package be.antwerpen.lom.client.agenda;

/** How far the server has confirmed what the desk shows for one record. */
public enum SyncMark {
    /** Shown exactly as the server confirmed it. */
    SYNCED,
    /** A change made here is waiting to be sent or confirmed. */
    PENDING,
    /** Booked here without the server; the seat is not guaranteed until it confirms. */
    PROVISIONAL,
    /** The server refused a change made here; the reason is in the sync list. */
    REJECTED,
    /** The server opened a conflict about a change made here; a supervisor settles it. */
    CONFLICT
}
