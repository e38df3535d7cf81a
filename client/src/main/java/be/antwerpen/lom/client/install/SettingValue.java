package be.antwerpen.lom.client.install;

import java.nio.file.Path;

/**
 * One raw setting with where it came from.
 *
 * @param text    the value as written
 * @param origin  for messages, e.g. {@code /etc/loket-op-maat/desk.properties, key data.dir}
 * @param baseDir folder that relative paths are resolved against (the settings file's folder), or
 *                {@code null} for the working directory
 */
record SettingValue(String text, String origin, Path baseDir) {
}
