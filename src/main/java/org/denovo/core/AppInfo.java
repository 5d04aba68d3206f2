package org.denovo.core;

/** Version and attribution facts shared by the CLI and the UI. */
public final class AppInfo {
    private AppInfo() {
    }

    public static String version() {
        String v = AppInfo.class.getPackage().getImplementationVersion();
        return v != null ? v : "dev";
    }
}
