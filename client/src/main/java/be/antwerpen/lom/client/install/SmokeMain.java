package be.antwerpen.lom.client.install;

import java.util.ArrayList;
import java.util.List;

/**
 * Main class of the console launcher {@code LoketOpMaat-smoke.exe} in the Windows package: the
 * desk's own launcher is a GUI program whose output Windows discards, so the smoke check gets a
 * console launcher that always runs it (extra arguments such as {@code --data-dir} still apply).
 */
public final class SmokeMain {

    private SmokeMain() {
    }

    public static void main(String[] args) {
        List<String> withSmoke = new ArrayList<>(List.of(args));
        if (!withSmoke.contains(DeskConfiguration.SMOKE_FLAG)) {
            withSmoke.add(0, DeskConfiguration.SMOKE_FLAG);
        }
        DeskLauncherMain.main(withSmoke.toArray(String[]::new));
    }
}
