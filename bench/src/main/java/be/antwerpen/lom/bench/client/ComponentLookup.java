package be.antwerpen.lom.bench.client;

import java.awt.Component;
import java.awt.Container;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;

/** Finds named components of a running window and runs work on the event thread, for the UI benchmarks. */
final class ComponentLookup {

    private ComponentLookup() {
    }

    static <T> T onEdt(Callable<T> work) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                result.set(work.call());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return result.get();
    }

    static <T extends Component> T waitFor(Container root, Class<T> type, String name) throws Exception {
        for (int i = 0; i < 10_000; i++) {
            T found = onEdt(() -> findOrNull(root, type, name));
            if (found != null) {
                return found;
            }
            Thread.sleep(2);
        }
        throw new IllegalStateException(name + " did not appear");
    }

    static <T extends Component> T find(Container root, Class<T> type, String name) {
        T found = findOrNull(root, type, name);
        if (found == null) {
            throw new IllegalStateException("no component " + name);
        }
        return found;
    }

    private static <T extends Component> T findOrNull(Container root, Class<T> type, String name) {
        for (Component child : root.getComponents()) {
            if (type.isInstance(child) && name.equals(child.getName())) {
                return type.cast(child);
            }
            if (child instanceof Container container) {
                T found = findOrNull(container, type, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
