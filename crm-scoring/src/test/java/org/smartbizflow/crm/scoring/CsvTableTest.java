package org.smartbizflow.crm.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.scoring.table.CsvFormatException;
import org.smartbizflow.crm.scoring.table.CsvTable;

class CsvTableTest {

    @Test
    void readsQuotedCommaSeparatedData() {
        CsvTable table = CsvTable.parse("\"name\",\"note\",n\n\"Ada\",\"says \"\"hi\"\", then, leaves\",1\n"
                + "Bob,\"two\nlines\",2\n");
        assertThat(table.delimiter()).isEqualTo(',');
        assertThat(table.columns()).containsExactly("name", "note", "n");
        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(0)[1]).isEqualTo("says \"hi\", then, leaves");
        assertThat(table.rows().get(1)[1]).isEqualTo("two\nlines");
        assertThat(table.row(1)).containsEntry("n", "2");
    }

    @Test
    void sniffsSemicolonTabAndPipeFromTheHeader() {
        assertThat(CsvTable.parse("a;b;c\n1,5;2;3\n").delimiter()).isEqualTo(';');
        assertThat(CsvTable.parse("a;b;c\n1,5;2;3\n").rows().get(0)[0]).isEqualTo("1,5");
        assertThat(CsvTable.parse("a\tb\n1\t2\n").delimiter()).isEqualTo('\t');
        assertThat(CsvTable.parse("a|b\n1|2\n").delimiter()).isEqualTo('|');
    }

    @Test
    void skipsByteOrderMarkAndBlankLines() {
        CsvTable table = CsvTable.parse("\uFEFFa,b\n1,2\n\n3,4\n");
        assertThat(table.columns()).containsExactly("a", "b");
        assertThat(table.size()).isEqualTo(2);
    }

    @Test
    void refusesARaggedRowNamingItsLine() {
        assertThatThrownBy(() -> CsvTable.parse("a,b\n1,2\n3\n"))
                .isInstanceOf(CsvFormatException.class)
                .hasMessageContaining("line 3").hasMessageContaining("expected 2 cells");
    }

    @Test
    void refusesEmptyFilesDuplicateColumnsAndUnclosedQuotes() {
        assertThatThrownBy(() -> CsvTable.parse("")).hasMessageContaining("empty");
        assertThatThrownBy(() -> CsvTable.parse("a,b\n")).hasMessageContaining("no data rows");
        assertThatThrownBy(() -> CsvTable.parse("a,a\n1,2\n")).hasMessageContaining("appears twice");
        assertThatThrownBy(() -> CsvTable.parse("a,b\n\"1,2\n")).hasMessageContaining("never closed");
    }

    @Test
    void namesAMissingFile() {
        assertThatThrownBy(() -> CsvTable.read(java.nio.file.Path.of("no-such.csv")))
                .isInstanceOf(CsvFormatException.class).hasMessageContaining("file not found");
    }
}
