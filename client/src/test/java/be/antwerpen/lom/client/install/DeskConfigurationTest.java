package be.antwerpen.lom.client.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.antwerpen.lom.client.config.ClientOptions;
import be.antwerpen.lom.client.config.DeskCommandLine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeskConfigurationTest {

    @TempDir
    Path root;

    private Path installDir;
    private Path systemDir;
    private InstallationLayout layout;

    @BeforeEach
    void layout() throws IOException {
        installDir = Files.createDirectories(root.resolve("opt/loket-op-maat"));
        systemDir = Files.createDirectories(root.resolve("etc/loket-op-maat"));
        layout = new InstallationLayout(InstallationLayout.Platform.LINUX,
                List.of(installDir.resolve("loket-op-maat.properties"), installDir.resolve("lib/app/loket-op-maat.properties")),
                systemDir.resolve("desk.properties"), root.resolve("home/.local/share/loket-op-maat"));
    }

    @Test
    void defaults_apply_when_nothing_is_configured() {
        DeskConfiguration config = DeskConfiguration.load(new String[0], layout);

        assertThat(config.serverUrl()).isEqualTo(ClientOptions.DEFAULT_SERVER);
        assertThat(config.dataDir()).isEqualTo(root.resolve("home/.local/share/loket-op-maat"));
        assertThat(config.offlineGrace()).isEqualTo(Duration.ofHours(72));
        assertThat(config.idleLock()).isEqualTo(Duration.ofMinutes(15));
        assertThat(config.locationId()).isNull();
        assertThat(config.language()).isNull();
        assertThat(config.trustStore()).isNull();
        assertThat(config.smoke()).isFalse();
        assertThat(config.filesRead()).isEmpty();
    }

    @Test
    void command_line_beats_installation_file_which_beats_system_file() throws IOException {
        write(systemDir.resolve("desk.properties"), """
                server.url=https://system.example.be
                desk.location=berchem
                desk.name=Loket 9
                language=en
                offline.grace.hours=24
                """);
        write(installDir.resolve("loket-op-maat.properties"), """
                server.url=https://install.example.be
                desk.location=deurne
                """);

        DeskConfiguration config = DeskConfiguration.load(
                new String[] {"--server", "https://cli.example.be", "--enroll-code", "ABC-123"}, layout);

        assertThat(config.serverUrl()).isEqualTo("https://cli.example.be");
        assertThat(config.locationId()).isEqualTo("deurne");
        assertThat(config.deskName()).isEqualTo("Loket 9");
        assertThat(config.language()).isEqualTo("en");
        assertThat(config.offlineGrace()).isEqualTo(Duration.ofHours(24));
        assertThat(config.enrollCode()).isEqualTo("ABC-123");
        assertThat(config.filesRead()).containsExactly(systemDir.resolve("desk.properties"),
                installDir.resolve("loket-op-maat.properties"));
    }

    @Test
    void only_the_first_installation_file_found_is_read() throws IOException {
        Files.createDirectories(installDir.resolve("lib/app"));
        write(installDir.resolve("loket-op-maat.properties"), "desk.name=Loket 1\n");
        write(installDir.resolve("lib/app/loket-op-maat.properties"), "desk.name=Loket 2\nlanguage=en\n");

        DeskConfiguration config = DeskConfiguration.load(new String[0], layout);

        assertThat(config.deskName()).isEqualTo("Loket 1");
        assertThat(config.language()).isNull();
    }

    @Test
    void relative_paths_in_a_file_resolve_against_the_files_folder() throws IOException {
        Files.writeString(systemDir.resolve("city-ca.p12"), "not really a key store");
        write(systemDir.resolve("desk.properties"), """
                data.dir=desks/data
                trust.store=city-ca.p12
                trust.store.password=changeit
                """);

        DeskConfiguration config = DeskConfiguration.load(new String[0], layout);

        assertThat(config.dataDir()).isEqualTo(systemDir.resolve("desks/data"));
        assertThat(config.trustStore()).isEqualTo(systemDir.resolve("city-ca.p12"));
        assertThat(config.trustStorePassword()).isEqualTo("changeit");
    }

    @Test
    void bad_value_in_a_file_names_the_file_and_the_key() throws IOException {
        Path file = write(systemDir.resolve("desk.properties"), "offline.grace.hours=drie dagen\n");

        assertThatThrownBy(() -> DeskConfiguration.load(new String[0], layout))
                .isInstanceOf(DeskConfigurationException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("key offline.grace.hours")
                .hasMessageContaining("whole number of hours");
    }

    @Test
    void the_log_level_comes_from_the_settings_and_a_wrong_one_is_refused() throws IOException {
        assertThat(DeskConfiguration.load(new String[0], layout).logLevel()).isEqualTo("INFO");
        write(systemDir.resolve("desk.properties"), "log.level=debug\n");
        assertThat(DeskConfiguration.load(new String[0], layout).logLevel()).isEqualTo("DEBUG");
        assertThat(DeskConfiguration.load(new String[] {"--log-level", "warn"}, layout).logLevel()).isEqualTo("WARN");

        write(systemDir.resolve("desk.properties"), "log.level=verbose\n");
        assertThatThrownBy(() -> DeskConfiguration.load(new String[0], layout))
                .hasMessageContaining("key log.level")
                .hasMessageContaining("ERROR, WARN, INFO, DEBUG, TRACE");
    }

    @Test
    void the_trust_store_may_be_the_operating_systems() throws IOException {
        write(systemDir.resolve("desk.properties"), "trust.store=system\n");

        assertThat(DeskConfiguration.load(new String[0], layout).trustStore()).isEqualTo(Path.of("system"));
    }

    @Test
    void offline_grace_beyond_thirty_days_is_refused_as_a_likely_typo() throws IOException {
        write(installDir.resolve("loket-op-maat.properties"), "offline.grace.hours=7200\n");

        assertThatThrownBy(() -> DeskConfiguration.load(new String[0], layout))
                .hasMessageContaining("key offline.grace.hours")
                .hasMessageContaining("from 0 to 720");
    }

    @Test
    void unknown_key_is_an_error_that_lists_the_known_keys() throws IOException {
        write(systemDir.resolve("desk.properties"), "server.ulr=https://typo.example.be\n");

        assertThatThrownBy(() -> DeskConfiguration.load(new String[0], layout))
                .hasMessageContaining("unknown key 'server.ulr'")
                .hasMessageContaining("server.url");
    }

    @Test
    void windows_path_whose_backslashes_were_eaten_is_explained() throws IOException {
        write(systemDir.resolve("desk.properties"), "data.dir=D:\\LoketOpMaat\\data\n");

        assertThatThrownBy(() -> DeskConfiguration.load(new String[0], layout))
                .hasMessageContaining("key data.dir")
                .hasMessageContaining("forward slashes");
    }

    @Test
    void missing_trust_store_is_reported_with_its_key() throws IOException {
        write(systemDir.resolve("desk.properties"), "trust.store=/nowhere/city-ca.p12\n");

        assertThatThrownBy(() -> DeskConfiguration.load(new String[0], layout))
                .hasMessageContaining("key trust.store")
                .hasMessageContaining("does not exist");
    }

    @Test
    void bad_command_line_values_name_the_option() {
        assertThatThrownBy(() -> DeskConfiguration.load(new String[] {"--lang", "fr"}, layout))
                .hasMessage("command-line option --lang: 'fr' must be nl or en");
        assertThatThrownBy(() -> DeskConfiguration.load(new String[] {"--server", "ftp://files.example.be"}, layout))
                .hasMessageContaining("command-line option --server");
        assertThatThrownBy(() -> DeskConfiguration.load(new String[] {"--location", "Antwerpen Centrum"}, layout))
                .hasMessageContaining("location id");
        assertThatThrownBy(() -> DeskConfiguration.load(new String[] {"--idle-lock-minutes"}, layout))
                .hasMessage("option --idle-lock-minutes needs a value");
        assertThatThrownBy(() -> DeskConfiguration.load(new String[] {"--colour", "blue"}, layout))
                .hasMessage("unknown option --colour");
    }

    @Test
    void smoke_flag_takes_no_value_and_the_other_options_still_apply() {
        DeskConfiguration config = DeskConfiguration.load(
                new String[] {"--smoke", "--data-dir", root.resolve("smoke-data").toString(), "--lang", "nl"}, layout);

        assertThat(config.smoke()).isTrue();
        assertThat(config.dataDir()).isEqualTo(root.resolve("smoke-data"));
        assertThat(config.language()).isEqualTo("nl");
    }

    @Test
    void client_options_carry_the_merged_settings() throws IOException {
        write(systemDir.resolve("desk.properties"), """
                server.url=https://loket.example.be
                idle.lock.minutes=0
                offline.grace.hours=12
                """);

        ClientOptions options = DeskConfiguration.load(new String[] {"--data-dir", root.resolve("d").toString()}, layout)
                .clientOptions();

        assertThat(options.serverUrl()).isEqualTo("https://loket.example.be");
        assertThat(options.dataDir()).isEqualTo(root.resolve("d"));
        assertThat(options.idleLock()).isEqualTo(Duration.ZERO);
        assertThat(options.offlineGrace()).isEqualTo(Duration.ofHours(12));
        assertThat(options.trustStore()).isNull();
    }

    @Test
    void client_arguments_parse_back_to_the_same_options() throws IOException {
        Files.writeString(systemDir.resolve("city-ca.p12"), "not really a key store");
        write(systemDir.resolve("desk.properties"), """
                server.url=https://loket.example.be
                language=en
                trust.store=city-ca.p12
                trust.store.password=s3cret
                offline.grace.hours=48
                """);
        DeskConfiguration config = DeskConfiguration.load(new String[] {"--enroll-code", "DEMO-ANTWERPEN-1"}, layout);

        ClientOptions parsed = ClientOptions.parse(config.clientArguments());

        assertThat(parsed).isEqualTo(config.clientOptions());
        assertThat(parsed.enrollCode()).isEqualTo("DEMO-ANTWERPEN-1");
        assertThat(parsed.trustStore()).isEqualTo(systemDir.resolve("city-ca.p12"));
    }

    @Test
    void values_are_read_as_utf8_and_empty_values_count_as_unset() throws IOException {
        write(systemDir.resolve("desk.properties"), "desk.name=Loket Één\nlanguage=\n");

        DeskConfiguration config = DeskConfiguration.load(new String[0], layout);

        assertThat(config.deskName()).isEqualTo("Loket Één");
        assertThat(config.language()).isNull();
    }

    private static Path write(Path file, String text) throws IOException {
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void every_setting_has_its_option_on_the_launchers_command_line() {
        for (DeskSetting setting : DeskSetting.values()) {
            assertThat(DeskCommandLine.launcherValueOptions()).contains(setting.option());
        }
    }
}
