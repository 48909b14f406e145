package org.smartbizflow.crm.core.transfer;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A CSV byte stream opened as text: the encoding detected from a byte-order mark or from
 * whether the first 64 KiB decode as UTF-8 (else ISO-8859-1), and the delimiter detected from
 * the header line (the most frequent of comma, semicolon, tab and pipe outside quotes). Every
 * CSV import of the library opens its input here, so all of them accept the same files.
 */
public final class CsvInput {

    private static final int SAMPLE = 64 * 1024;
    private static final char[] CANDIDATES = {',', ';', '\t', '|'};

    private final Charset charset;
    private final char delimiter;
    private final Reader reader;

    private CsvInput(Charset charset, char delimiter, Reader reader) {
        this.charset = charset;
        this.delimiter = delimiter;
        this.reader = reader;
    }

    /**
     * @param forcedCharset   the encoding to use, or null to detect it
     * @param forcedDelimiter the separator to use, or null to detect it
     */
    public static CsvInput open(InputStream raw, Charset forcedCharset, Character forcedDelimiter) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, SAMPLE + 8);
        in.mark(SAMPLE + 8);
        byte[] sample = in.readNBytes(SAMPLE);
        in.reset();

        int bomLength = 0;
        Charset charset = forcedCharset;
        if (startsWith(sample, 0xEF, 0xBB, 0xBF)) {
            bomLength = 3;
            charset = charset == null ? StandardCharsets.UTF_8 : charset;
        } else if (startsWith(sample, 0xFE, 0xFF) || startsWith(sample, 0xFF, 0xFE)) {
            bomLength = 2;
            charset = charset == null ? (sample[0] == (byte) 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE)
                    : charset;
        }
        if (charset == null) {
            charset = isUtf8(sample) ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
        }
        in.skipNBytes(bomLength);

        char delimiter = forcedDelimiter != null ? forcedDelimiter
                : detectDelimiter(new String(sample, bomLength, sample.length - bomLength, charset));
        return new CsvInput(charset, delimiter, new InputStreamReader(in, charset));
    }

    /** The encoding the text is read with. */
    public Charset charset() {
        return charset;
    }

    /** The column separator. */
    public char delimiter() {
        return delimiter;
    }

    /** The text after any byte-order mark. */
    public Reader reader() {
        return reader;
    }

    private static boolean startsWith(byte[] data, int... prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((data[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Strict UTF-8 check that tolerates a sequence cut off at the end of the sample. */
    private static boolean isUtf8(byte[] sample) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(sample.length);
        // endOfInput=false: a multi-byte sequence cut off by the sample's end is not an error.
        CoderResult result = decoder.decode(ByteBuffer.wrap(sample), out, false);
        return !result.isError();
    }

    /** The most frequent candidate separator on the first line, outside quotes (comma on a tie). */
    public static char detectDelimiter(String text) {
        int[] counts = new int[CANDIDATES.length];
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                for (int k = 0; k < CANDIDATES.length; k++) {
                    if (c == CANDIDATES[k]) {
                        counts[k]++;
                    }
                }
            }
        }
        int best = 0;
        for (int k = 1; k < CANDIDATES.length; k++) {
            if (counts[k] > counts[best]) {
                best = k;
            }
        }
        return CANDIDATES[best];
    }
}
