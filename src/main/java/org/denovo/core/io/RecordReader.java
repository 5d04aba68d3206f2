package org.denovo.core.io;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.zip.GZIPInputStream;
import org.denovo.core.chem.InputRecord;

/**
 * Streams {@link InputRecord}s from a file one at a time; never holds the whole file, nor more than the maximum
 * record size of one record: a longer line or SD record is read past and reported as a failed record.
 */
public abstract class RecordReader implements Iterator<InputRecord>, Closeable {
    protected final LineSource lines;
    private InputRecord next;
    private boolean finished;

    protected RecordReader(BufferedReader reader, int maxRecordChars) {
        this.lines = new LineSource(reader, maxRecordChars);
    }

    public static RecordReader open(Path path) throws IOException {
        return open(path, RecordFormat.of(path));
    }

    public static RecordReader open(Path path, RecordFormat format) throws IOException {
        return open(path, format, RecordLimits.maxRecordChars());
    }

    /** @param maxRecordChars the longest line or SD record read; longer ones become failed records */
    public static RecordReader open(Path path, RecordFormat format, int maxRecordChars) throws IOException {
        if (Files.isDirectory(path)) {
            throw new IOException("not a file but a folder: " + path);
        }
        if (!Files.isRegularFile(path)) {
            throw new IOException("no such file: " + path);
        }
        InputStream in = Files.newInputStream(path);
        try {
            if (path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gz")) {
                in = new GZIPInputStream(in, 1 << 16);
            }
        } catch (java.util.zip.ZipException e) {
            in.close();
            throw new IOException(path + " is not a gzip file (" + e.getMessage() + ")", e);
        }
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        try {
            return of(reader, format, maxRecordChars);
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    public static RecordReader of(BufferedReader reader, RecordFormat format) throws IOException {
        return of(reader, format, RecordLimits.maxRecordChars());
    }

    public static RecordReader of(BufferedReader reader, RecordFormat format, int maxRecordChars) throws IOException {
        skipByteOrderMark(reader);
        return switch (format) {
            case SMILES -> new SmilesRecordReader(reader, maxRecordChars);
            case SDF -> new SdfRecordReader(reader, maxRecordChars);
            case CSV -> new CsvRecordReader(reader, maxRecordChars);
        };
    }

    /** A UTF-8 byte-order mark (as some Windows editors write) is not part of the first record. */
    private static void skipByteOrderMark(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
    }

    /** Reads the next record, or returns null at the end of the input. */
    protected abstract InputRecord readNext() throws IOException;

    @Override
    public boolean hasNext() {
        if (next == null && !finished) {
            try {
                next = readNext();
            } catch (java.util.zip.ZipException e) {
                throw new UncheckedIOException(new IOException("damaged gzip data: " + e.getMessage(), e));
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

    /**
     * A line reader that counts lines, allows one line of push-back and never holds more than
     * {@code maxLineChars} characters of one line: the rest of an overlong line is read and dropped, and
     * {@link #lastLineTooLong()} says so. Lines end at \n, \r or \r\n.
     */
    protected static final class LineSource implements Closeable {
        private final Reader reader;
        private final int maxLineChars;
        private final char[] buffer = new char[1 << 16];
        private int position;
        private int limit;
        private boolean skipLineFeed;
        private long lineNumber;
        private String pushedBack;
        private boolean pushedBackTooLong;
        private boolean lastTooLong;

        LineSource(Reader reader, int maxLineChars) {
            this.reader = reader;
            this.maxLineChars = maxLineChars;
        }

        /** The next line without its terminator, or null at the end; an overlong line comes back cut short. */
        public String readLine() throws IOException {
            if (pushedBack != null) {
                String l = pushedBack;
                lastTooLong = pushedBackTooLong;
                pushedBack = null;
                lineNumber++;
                return l;
            }
            lastTooLong = false;
            StringBuilder line = null;
            while (true) {
                if (position >= limit && !fill()) {
                    if (line == null) {
                        return null;
                    }
                    break;
                }
                if (skipLineFeed) {
                    skipLineFeed = false;
                    if (buffer[position] == '\n') {
                        position++;
                        continue;
                    }
                }
                if (line == null) {
                    line = new StringBuilder(Math.min(maxLineChars, 128));
                }
                int end = position;
                while (end < limit && buffer[end] != '\n' && buffer[end] != '\r') {
                    end++;
                }
                int room = maxLineChars - line.length();
                int take = end - position;
                if (take > room) {
                    lastTooLong = true;
                    take = room;
                }
                line.append(buffer, position, take);
                if (end < limit) {
                    skipLineFeed = buffer[end] == '\r';
                    position = end + 1;
                    break;
                }
                position = end;
            }
            lineNumber++;
            return line.toString();
        }

        private boolean fill() throws IOException {
            int n = reader.read(buffer, 0, buffer.length);
            position = 0;
            limit = Math.max(0, n);
            return n > 0;
        }

        /** True when the line most recently returned was longer than the limit and was cut short. */
        public boolean lastLineTooLong() {
            return lastTooLong;
        }

        public int maxLineChars() {
            return maxLineChars;
        }

        public void pushBack(String line) {
            pushedBack = line;
            pushedBackTooLong = lastTooLong;
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
