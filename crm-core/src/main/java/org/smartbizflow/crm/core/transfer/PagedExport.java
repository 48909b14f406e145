package org.smartbizflow.crm.core.transfer;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.smartbizflow.crm.shared.Page;
import org.smartbizflow.crm.shared.PageRequest;

/**
 * What every export streams through: records read page by page (each page in its own short
 * read), and a JSON array written one object per record, so an export of any size runs in
 * constant memory.
 */
public final class PagedExport {

    /** Records per page read. */
    public static final int PAGE = 1000;
    private static final JsonFactory JSON = new JsonFactory();

    /** Writes one record's object into the array. */
    @FunctionalInterface
    public interface JsonObjectWriter<T> {
        void write(JsonGenerator json, T record) throws IOException;
    }

    private PagedExport() {
    }

    /** Hands each record of every page to the sink, in page order; returns how many there were. */
    public static <T> long forEach(Function<PageRequest, Page<T>> pages, Consumer<T> sink) {
        long count = 0;
        PageRequest request = PageRequest.first(PAGE);
        while (true) {
            Page<T> page = pages.apply(request);
            for (T record : page.items()) {
                sink.accept(record);
                count++;
            }
            if (!page.hasNext()) {
                return count;
            }
            request = request.next(page.next());
        }
    }

    /**
     * Writes a UTF-8 JSON array with one object per record that {@code forEach} hands over;
     * returns the number of records.
     *
     * @param forEach hands every record to its argument and returns how many there were
     */
    public static <T> long jsonArray(OutputStream out, ToLongFunction<Consumer<T>> forEach,
                                     JsonObjectWriter<T> writer) {
        try {
            JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8);
            json.writeStartArray();
            long count = forEach.applyAsLong(record -> {
                try {
                    writer.write(json, record);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            json.writeEndArray();
            json.flush();
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the JSON export", e);
        }
    }

    /** A text field, or a JSON null for a null value. */
    public static void text(JsonGenerator json, String name, String value) throws IOException {
        if (value == null) {
            json.writeNullField(name);
        } else {
            json.writeStringField(name, value);
        }
    }
}
