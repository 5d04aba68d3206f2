package org.denovo.core.chem;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * Immutable fragment-contribution table for the SA score: fragment id (hex of the 64-bit
 * {@link CircularFragments} id) to contribution, plus one value for fragments not in the table.
 * Format (gzip TSV): '#' comment lines, a line "unknown\tvalue", then "hexid\tvalue" lines.
 */
final class SaFragmentTable {
    private final long[] ids;
    private final double[] contributions;
    private final double unknown;

    private SaFragmentTable(long[] ids, double[] contributions, double unknown) {
        this.ids = ids;
        this.contributions = contributions;
        this.unknown = unknown;
    }

    static SaFragmentTable read(InputStream gzipped) throws IOException {
        long[] ids = new long[1 << 16];
        double[] values = new double[ids.length];
        int n = 0;
        double unknown = Double.NaN;
        try (BufferedReader r = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(gzipped), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                String key = line.substring(0, tab);
                double value = Double.parseDouble(line.substring(tab + 1));
                if (key.equals("unknown")) {
                    unknown = value;
                    continue;
                }
                if (n == ids.length) {
                    ids = Arrays.copyOf(ids, 2 * n);
                    values = Arrays.copyOf(values, 2 * n);
                }
                ids[n] = Long.parseUnsignedLong(key, 16);
                values[n++] = value;
            }
        }
        if (Double.isNaN(unknown)) {
            throw new IOException("SA fragment table has no 'unknown' line");
        }
        return sorted(Arrays.copyOf(ids, n), Arrays.copyOf(values, n), unknown);
    }

    static SaFragmentTable fromResource(String path) {
        try (InputStream in = SaFragmentTable.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + path);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    private static SaFragmentTable sorted(long[] ids, double[] values, double unknown) {
        Integer[] order = new Integer[ids.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(ids[a], ids[b]));
        long[] sortedIds = new long[ids.length];
        double[] sortedValues = new double[ids.length];
        for (int i = 0; i < order.length; i++) {
            sortedIds[i] = ids[order[i]];
            sortedValues[i] = values[order[i]];
        }
        return new SaFragmentTable(sortedIds, sortedValues, unknown);
    }

    double contribution(long id) {
        int i = Arrays.binarySearch(ids, id);
        return i >= 0 ? contributions[i] : unknown;
    }

    int size() {
        return ids.length;
    }
}
