package org.smartbizflow.crm.forecasting.series;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.smartbizflow.crm.forecast.TimeSeries;

/** Loads the shared real monthly series; fails loudly when the data is not beside the project. */
final class SharedSeries {

    static final List<String> FILES = List.of("air-passengers-monthly.csv", "us-accidental-deaths-monthly.csv",
            "eu-electrical-equipment-orders-monthly.csv");

    private SharedSeries() {
    }

    static Path dataDir() {
        Path dir = Path.of("..", "..", "shared", "data");
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("shared data not found at " + dir.toAbsolutePath()
                    + ": the project expects shared/ beside its root");
        }
        return dir;
    }

    static TimeSeries load(String file) {
        try {
            List<String> lines = Files.readAllLines(dataDir().resolve(file));
            double[] values = lines.stream().skip(1).filter(l -> !l.isBlank())
                    .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(',') + 1).trim())).toArray();
            return TimeSeries.of(file.replace("-monthly.csv", ""), values, 12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<TimeSeries> all() {
        return FILES.stream().map(SharedSeries::load).toList();
    }
}
