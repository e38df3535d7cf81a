package be.antwerpen.lom.model.slot;

/**
 * An opening block as minutes of the day, {@code [startMinute, endMinute)}, on the slot grid.
 */
record GridBlock(int startMinute, int endMinute, int desks, boolean evening) {

    boolean contains(int fromMinute, int toMinute) {
        return fromMinute >= startMinute && toMinute <= endMinute;
    }
}
