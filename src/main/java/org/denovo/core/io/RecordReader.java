package org.denovo.core.io;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.zip.GZIPInputStream;
import org.denovo.core.chem.InputRecord;

/** Streams {@link InputRecord}s from a file one at a time; never holds the whole file. */
public abstract class RecordReader implements Iterator<InputRecord>, Closeable {
    protected final LineSource lines;
    private InputRecord next;
    private boolean finished;

    protected RecordReader(BufferedReader reader) {
        this.lines = new LineSource(reader);
    }

    public static RecordReader open(Path path) throws IOException {
        return open(path, RecordFormat.of(path));
    }

    public static RecordReader open(Path path, RecordFormat format) throws IOException {
        if (!Files.isRegularFile(path)) {
            throw new IOException("no such file: " + path);
        }
        InputStream in = Files.newInputStream(path);
        if (path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        return of(reader, format);
    }

    public static RecordReader of(BufferedReader reader, RecordFormat format) throws IOException {
        return switch (format) {
            case SMILES -> new SmilesRecordReader(reader);
            case SDF -> new SdfRecordReader(reader);
            case CSV -> new CsvRecordReader(reader);
        };
    }

    /** Reads the next record, or returns null at the end of the input. */
    protected abstract InputRecord readNext() throws IOException;

    @Override
    public boolean hasNext() {
        if (next == null && !finished) {
            try {
                next = readNext();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            finished = next == null;
        }
        return next != null;
    }

    @Override
    public InputRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        InputRecord r = next;
        next = null;
        return r;
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }

    /** A line reader that counts lines and allows one line of push-back. */
    protected static final class LineSource implements Closeable {
        private final BufferedReader reader;
        private long lineNumber;
        private String pushedBack;

        LineSource(BufferedReader reader) {
            this.reader = reader;
        }

        public String readLine() throws IOException {
            if (pushedBack != null) {
                String l = pushedBack;
                pushedBack = null;
                lineNumber++;
                return l;
            }
            String l = reader.readLine();
            if (l != null) {
                lineNumber++;
            }
            return l;
        }

        public void pushBack(String line) {
            pushedBack = line;
            lineNumber--;
        }

        /** Number of the line most recently returned. */
        public long lineNumber() {
            return lineNumber;
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }
}
