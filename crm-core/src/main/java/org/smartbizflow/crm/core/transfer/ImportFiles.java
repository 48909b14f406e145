package org.smartbizflow.crm.core.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Function;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.ValidationException;

/** Opens an import's file the same way for every import: a missing file is the caller's input error. */
public final class ImportFiles {

    private ImportFiles() {
    }

    /**
     * Runs the import on the file's bytes and closes the file.
     *
     * @throws ValidationException when the file does not exist
     */
    public static <R> R read(Path file, Function<InputStream, R> importer) {
        Preconditions.notNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return importer.apply(in);
        } catch (NoSuchFileException e) {
            throw new ValidationException("file", "does not exist: " + file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
