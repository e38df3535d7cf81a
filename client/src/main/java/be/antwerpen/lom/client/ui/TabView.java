package be.antwerpen.lom.client.ui;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.JComponent;

/**
 * A built tab: its title (which the tab may change later, e.g. with a count), its view, what happens
 * when it is opened with the main screen and each time it is selected, and an optional item for the
 * window's header.
 */
public final class TabView {

    private final JComponent view;
    private String title;
    private Runnable onOpened = () -> { };
    private Runnable onSelected = () -> { };
    private JComponent header;
    private Consumer<String> titleListener = t -> { };

    private TabView(String title, JComponent view) {
        this.title = Objects.requireNonNull(title, "title");
        this.view = Objects.requireNonNull(view, "view");
    }

    public static TabView of(String title, JComponent view) {
        return new TabView(title, view);
    }

    /** Runs once the main screen with this tab is on the window (load data, place the focus). */
    public TabView whenOpened(Runnable action) {
        onOpened = Objects.requireNonNull(action, "action");
        return this;
    }

    /** Runs every time the person selects this tab. */
    public TabView whenSelected(Runnable action) {
        onSelected = Objects.requireNonNull(action, "action");
        return this;
    }

    /** An item for the window's header next to the lock and logout buttons. */
    public TabView withHeader(JComponent item) {
        header = Objects.requireNonNull(item, "item");
        return this;
    }

    /** Changes the title shown on the tab; event thread. */
    public void retitle(String newTitle) {
        title = Objects.requireNonNull(newTitle, "newTitle");
        titleListener.accept(newTitle);
    }

    public String title() {
        return title;
    }

    public JComponent view() {
        return view;
    }

    public Optional<JComponent> header() {
        return Optional.ofNullable(header);
    }

    public void opened() {
        onOpened.run();
    }

    public void selected() {
        onSelected.run();
    }

    /** The screen that shows this tab follows its title. */
    public void onRetitle(Consumer<String> listener) {
        titleListener = Objects.requireNonNull(listener, "listener");
    }
}
