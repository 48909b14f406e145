package org.smartbizflow.crm.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the shared real data sets beside the project root, failing loudly when absent. */
final class SharedData {

    private SharedData() {
    }

    static Path file(String name) {
        Path path = Path.of("..", "..", "shared", "data", name).toAbsolutePath().normalize();
        assertThat(Files.isRegularFile(path)).as("shared data set %s must exist", path).isTrue();
        return path;
    }
}
