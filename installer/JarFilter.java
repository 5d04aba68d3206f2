import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Copies a jar without the native libraries other platforms need and without debug symbols; compiled and run
 * by package.sh: {@code java JarFilter IN OUT KEEP_PREFIXES [NATIVES_DIR]}.
 * A native library is kept when its entry name starts with one of the comma-separated prefixes ({@code *}: every
 * one); with a natives directory, kept libraries are moved there (flat) instead of staying in the jar.
 * Debug symbols (.pdb, .dSYM bundles) are always dropped; a jar that lost entries loses its signature files.
 */
public final class JarFilter {
    private JarFilter() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3 || args.length > 4) {
            System.err.println("usage: java JarFilter IN.jar OUT.jar KEEP_PREFIX[,KEEP_PREFIX...] [NATIVES_DIR]");
            System.exit(2);
        }
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        String[] keep = args[2].equals("*") ? new String[] {""} : args[2].split(",");
        Path nativesDir = args.length == 4 ? Path.of(args[3]) : null;
        long dropped = 0;
        List<String> moved = new ArrayList<>();
        try (ZipFile zip = new ZipFile(in.toFile())) {
            boolean changed = false;
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                if (isDebugSymbols(entry.getName()) || isNative(entry.getName())) {
                    changed = true;
                    break;
                }
            }
            if (out.getParent() != null) {
                Files.createDirectories(out.getParent());
            }
            if (!changed) {
                Files.copy(in, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                return;
            }
            try (ZipOutputStream zos = new ZipOutputStream(Files.newOutputStream(out))) {
                for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                    ZipEntry entry = e.nextElement();
                    String name = entry.getName();
                    if (isDebugSymbols(name) || isSignature(name)) {
                        dropped += Math.max(entry.getSize(), 0);
                        continue;
                    }
                    if (isNative(name)) {
                        if (!startsWithAny(name, keep)) {
                            dropped += Math.max(entry.getSize(), 0);
                            continue;
                        }
                        if (nativesDir != null) {
                            Path target = nativesDir.resolve(name.substring(name.lastIndexOf('/') + 1));
                            Files.createDirectories(nativesDir);
                            try (InputStream is = zip.getInputStream(entry)) {
                                Files.copy(is, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                            }
                            moved.add(name);
                            continue;
                        }
                    }
                    ZipEntry copy = new ZipEntry(name);
                    copy.setTime(entry.getTime());
                    zos.putNextEntry(copy);
                    if (!entry.isDirectory()) {
                        try (InputStream is = zip.getInputStream(entry)) {
                            is.transferTo(zos);
                        }
                    }
                    zos.closeEntry();
                }
            }
        }
        System.out.printf(Locale.ROOT, "%s: dropped %.1f MB%s%n", in.getFileName(), dropped / 1e6,
                moved.isEmpty() ? "" : ", moved out " + moved);
    }

    static boolean isNative(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".so") || n.endsWith(".dylib") || n.endsWith(".dll") || n.endsWith(".jnilib")
                || n.matches(".*\\.so\\.[0-9.]+");
    }

    static boolean isDebugSymbols(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".pdb") || n.contains(".dsym/");
    }

    /** Signatures would no longer match a jar with entries removed. */
    static boolean isSignature(String name) {
        String n = name.toUpperCase(Locale.ROOT);
        return n.startsWith("META-INF/") && n.indexOf('/', 9) < 0
                && (n.endsWith(".SF") || n.endsWith(".RSA") || n.endsWith(".DSA") || n.endsWith(".EC"));
    }

    private static boolean startsWithAny(String name, String[] prefixes) {
        for (String p : prefixes) {
            if (name.startsWith(p)) {
                return true;
            }
        }
        return false;
    }
}
