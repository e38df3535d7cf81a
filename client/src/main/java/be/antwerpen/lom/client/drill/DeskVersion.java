package be.antwerpen.lom.client.drill;

/** The desk application's version, from its jar's manifest; {@code dev} when run from the build tree. */
public final class DeskVersion {

    private DeskVersion() {
    }

    public static String current() {
        String version = DeskVersion.class.getPackage().getImplementationVersion();
        return version == null || version.isBlank() ? "dev" : version.strip().replaceAll("[^0-9A-Za-z.+_-]", "-");
    }
}
