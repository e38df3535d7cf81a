package be.antwerpen.lom.client.install;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InstallationLayoutTest {

    @Test
    void linux_package_reads_the_file_in_the_installation_root_then_next_to_the_jar() {
        InstallationLayout layout = InstallationLayout.of("Linux", Map.of(), "/home/agent",
                "/opt/loket-op-maat/bin/loket-op-maat", Path.of("/opt/loket-op-maat/lib/app/client-0.1.0-SNAPSHOT-all.jar"));

        assertThat(layout.platform()).isEqualTo(InstallationLayout.Platform.LINUX);
        assertThat(layout.installationFiles()).containsExactly(
                Path.of("/opt/loket-op-maat/loket-op-maat.properties"),
                Path.of("/opt/loket-op-maat/lib/app/loket-op-maat.properties"));
        assertThat(layout.systemFile()).isEqualTo(Path.of("/etc/loket-op-maat/desk.properties"));
        assertThat(layout.defaultDataDir()).isEqualTo(Path.of("/home/agent/.local/share/loket-op-maat"));
    }

    @Test
    void linux_data_follows_an_absolute_xdg_data_home_and_ignores_a_relative_one() {
        assertThat(InstallationLayout.of("Linux", Map.of("XDG_DATA_HOME", "/data/agent"), "/home/agent", null, null)
                .defaultDataDir()).isEqualTo(Path.of("/data/agent/loket-op-maat"));
        assertThat(InstallationLayout.of("Linux", Map.of("XDG_DATA_HOME", "relative/share"), "/home/agent", null, null)
                .defaultDataDir()).isEqualTo(Path.of("/home/agent/.local/share/loket-op-maat"));
    }

    @Test
    void plain_jar_run_looks_next_to_the_jar_only() {
        InstallationLayout layout = InstallationLayout.of("Linux", Map.of(), "/home/agent", null,
                Path.of("/srv/desk/client-all.jar"));

        assertThat(layout.installationFiles()).containsExactly(Path.of("/srv/desk/loket-op-maat.properties"));
    }

    @Test
    void windows_uses_program_data_for_the_machine_and_local_app_data_for_the_user() {
        InstallationLayout layout = InstallationLayout.of("Windows 11",
                Map.of("ProgramData", "/ProgramData", "LOCALAPPDATA", "/Users/agent/AppData/Local"), "/Users/agent",
                "/Program Files/LoketOpMaat/LoketOpMaat.exe", null);

        assertThat(layout.platform()).isEqualTo(InstallationLayout.Platform.WINDOWS);
        assertThat(layout.installationFiles())
                .containsExactly(Path.of("/Program Files/LoketOpMaat/loket-op-maat.properties"));
        assertThat(layout.systemFile()).isEqualTo(Path.of("/ProgramData", "LoketOpMaat", "desk.properties"));
        assertThat(layout.defaultDataDir()).isEqualTo(Path.of("/Users/agent/AppData/Local", "LoketOpMaat"));
    }

    @Test
    void mac_keeps_data_in_application_support() {
        InstallationLayout layout = InstallationLayout.of("Mac OS X", Map.of(), "/Users/agent",
                "/Applications/LoketOpMaat.app/Contents/MacOS/LoketOpMaat", null);

        assertThat(layout.installationFiles())
                .containsExactly(Path.of("/Applications/LoketOpMaat.app/Contents/loket-op-maat.properties"));
        assertThat(layout.defaultDataDir()).isEqualTo(Path.of("/Users/agent/Library/Application Support/LoketOpMaat"));
    }
}
