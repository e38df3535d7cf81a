package be.antwerpen.lom.client.install;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/** Reads one {@code .properties} settings file (UTF-8); unknown keys are an error so a typo is never ignored. */
final class SettingsFile {

    private SettingsFile() {
    }

    /** The settings in {@code file}; empty values count as not set. */
    static Map<DeskSetting, SettingValue> read(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (CharacterCodingException e) {
            throw new DeskConfigurationException(file + ": the settings file must be saved as UTF-8");
        } catch (IOException | IllegalArgumentException e) {
            throw new DeskConfigurationException(file + ": cannot be read (" + e.getMessage() + ")");
        }
        Map<DeskSetting, SettingValue> values = new EnumMap<>(DeskSetting.class);
        Path folder = file.toAbsolutePath().getParent();
        for (String key : properties.stringPropertyNames().stream().sorted().toList()) {
            DeskSetting setting = DeskSetting.byKey(key).orElseThrow(() -> new DeskConfigurationException(
                    file + ": unknown key '" + key + "'; known keys are " + Arrays.stream(DeskSetting.values())
                            .map(DeskSetting::key).collect(Collectors.joining(", "))));
            String value = properties.getProperty(key).strip();
            if (!value.isEmpty()) {
                values.put(setting, new SettingValue(value, file + ", key " + key, folder));
            }
        }
        return values;
    }
}
