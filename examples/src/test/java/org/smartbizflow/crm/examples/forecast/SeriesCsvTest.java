package org.smartbizflow.crm.examples.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeriesCsvTest {

    private static final Path ELEC = Path.of("..", "..", "shared", "data", "eu-electrical-equipment-orders-monthly.csv");

    @TempDir
    Path dir;

    @Test
    void readsTheSharedWideFileWithItsMonthDayYearLabels() throws Exception {
        assertThat(ELEC).as("shared data beside the project").exists();
        List<String> lines = Files.readAllLines(ELEC, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
        List<SeriesCsv.LabelledSeries> read = SeriesCsv.read(ELEC, 12);
        assertThat(read).hasSize(1);
        SeriesCsv.LabelledSeries only = read.get(0);
        assertThat(only.series().name()).isEqualTo(lines.get(0).split(",")[1].strip());
        assertThat(only.series().length()).isEqualTo(lines.size() - 1);
        assertThat(only.periods().get(0)).isEqualTo(lines.get(1).split(",")[0]).matches("[A-Z][a-z]{2}-\\d+-\\d{4}");
        String[] last = lines.get(lines.size() - 1).split(",");
        assertThat(only.periods().get(only.periods().size() - 1)).isEqualTo(last[0]);
        assertThat(only.series().get(only.series().length() - 1)).isEqualTo(Double.parseDouble(last[1]));
    }

    @Test
    void readsQuotedLongFormWithCommasAndLineBreaksInNames() throws Exception {
        Path file = write("Value,\"Series\",PERIOD\n"
                + "1,\"North, East\",Jan-1-1995\n"
                + " 2 , \"North, East\" ,Feb-1-1995\n"
                + "\n"
                + "NA,\"two\nlines\",Jan-1-1995\n"
                + ",\"two\nlines\",Feb-1-1995\n");
        List<SeriesCsv.LabelledSeries> read = SeriesCsv.read(file, 1);
        assertThat(read).extracting(s -> s.series().name()).containsExactly("North, East", "two\nlines");
        assertThat(read.get(0).series().values()).containsExactly(1.0, 2.0);
        assertThat(read.get(0).periods()).containsExactly("Jan-1-1995", "Feb-1-1995");
        assertThat(read.get(1).series().values()).containsOnly(Double.NaN);
    }

    @Test
    void namesTheLineOfARaggedRowAfterAMultiLineCell() throws Exception {
        Path file = write("period,a,b\n\"Jan\n1995\",1,2\nFeb-1995,3\n");
        assertThatThrownBy(() -> SeriesCsv.read(file, 1))
                .isInstanceOf(SeriesCsv.BadInput.class)
                .hasMessage("line 4: expected 3 cells like the header, found 2");
    }

    @Test
    void namesTheLineOfAnUnterminatedQuote() throws Exception {
        Path file = write("period,a\nJan,1\n\"Feb,2\nMar,3\n");
        assertThatThrownBy(() -> SeriesCsv.read(file, 1))
                .isInstanceOf(SeriesCsv.BadInput.class)
                .hasMessage("line 3: unterminated quote");
    }

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("series.csv"), text);
    }
}
