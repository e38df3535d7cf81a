package be.antwerpen.lom.model.sync;

/**
 * The pile a blank walk-in form was taken from: the run of consecutive serials a day's downtime pack printed for
 * one product, {@code first} to {@code last} as printed (e.g. {@code ANT-W-000051} to {@code ANT-W-000060}). Forms
 * leave a pile in serial order, so within its pile every serial below the highest one re-keyed was handed out
 * (ADR 0159).
 */
public record PaperPile(String first, String last) {

    /** The most forms one pile holds: a pack prints at most this many blank forms per product. */
    public static final int MAX_FORMS = 500;
}
