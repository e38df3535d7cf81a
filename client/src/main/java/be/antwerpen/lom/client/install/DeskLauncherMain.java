package be.antwerpen.lom.client.install;

import be.antwerpen.lom.client.ClientMain;

/**
 * Main class of the packaged launcher (jpackage {@code --main-class}): {@code --smoke} runs the
 * {@link SmokeCheck} and exits; otherwise the desk program starts with the settings of
 * {@link DeskConfiguration} (command line over the file next to the installation over the system file
 * over defaults), handed to {@link ClientMain} as its own command-line options.
 */
public final class DeskLauncherMain {

    private DeskLauncherMain() {
    }

    public static void main(String[] args) {
        if (SmokeCheck.requested(args)) {
            System.exit(SmokeCheck.run(args, System.out, System.err));
            return;
        }
        String[] clientArgs;
        try {
            clientArgs = DeskConfiguration.load(args).clientArguments();
        } catch (DeskConfigurationException e) {
            System.err.println("loket-op-maat: " + e.getMessage());
            System.exit(2);
            return;
        }
        ClientMain.main(clientArgs);
    }
}
