package be.antwerpen.lom.client.ui.rekey;

import be.antwerpen.lom.client.rekey.PaperFallback;
import be.antwerpen.lom.client.ui.DeskTab;
import be.antwerpen.lom.client.ui.TabContext;
import be.antwerpen.lom.client.ui.TabView;

/** The Paper tab: printing the downtime pack and re-keying paper forms; supervisors see the pack password. */
public final class PaperTab implements DeskTab {

    private final PaperFallback paper;
    private final Runnable printed;

    public PaperTab(PaperFallback paper) {
        this(paper, () -> { });
    }

    /** @param printed told when a pack was printed: the desk keeps when (ADR 0111) */
    public PaperTab(PaperFallback paper, Runnable printed) {
        this.paper = paper;
        this.printed = printed;
    }

    @Override
    public TabView build(TabContext context) {
        String locationId = context.workplace().locationId();
        RekeyViewModel model = new RekeyViewModel(paper.lookup(), paper.rekeying(), paper.progress(), context.tasks(),
                context.messages());
        return TabView.of(context.messages().get("tab.paper"), new RekeyPanel(model, context.messages(),
                paper.folder(), () -> locationId, new PackPrinting(paper.generator()::packPassword, printed), context.tasks(),
                context.workplace().supervisor()));
    }
}
