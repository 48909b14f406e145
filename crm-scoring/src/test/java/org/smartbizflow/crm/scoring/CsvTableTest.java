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

    @Test
    void keepsQuotedDelimitersSpacesAndLineBreaksInsideOneCell() {
        CsvTable table = CsvTable.parse("id;note;n\n 1 ;\"a; b\";2\n2; \" padded \" ;3\n3;\"first\r\nsecond; third\";4\n");
        assertThat(table.delimiter()).isEqualTo(';');
        assertThat(table.rows()).hasSize(3);
        assertThat(table.rows().get(0)).containsExactly("1", "a; b", "2");
        assertThat(table.rows().get(1)).containsExactly("2", " padded ", "3");
        assertThat(table.rows().get(2)[1]).isEqualTo("first\r\nsecond; third");
    }

    @Test
    void sniffsTheDelimiterOutsideQuotesOnly() {
        CsvTable table = CsvTable.parse("\"a,b\"|\"c,d\"|e\n1|2|3\n");
        assertThat(table.delimiter()).isEqualTo('|');
        assertThat(table.columns()).containsExactly("a,b", "c,d", "e");
    }

    @Test
    void namesTheLineARaggedRowStartsOnAfterAMultiLineCell() {
        String text = "a,b\n\"x\ny\nz\",1\n\n2,3,4\n";
        assertThatThrownBy(() -> CsvTable.parse(text))
                .isInstanceOf(CsvFormatException.class)
                .hasMessageContaining("line 6").hasMessageContaining("expected 2 cells").hasMessageContaining("found 3")
                .satisfies(e -> assertThat(((CsvFormatException) e).line()).isEqualTo(6));
    }

    @Test
    void namesTheLineAnUnclosedQuoteOpensOn() {
        assertThatThrownBy(() -> CsvTable.parse("a,b\n1,2\n3,\"open\n4,5\n"))
                .isInstanceOf(CsvFormatException.class)
                .hasMessageContaining("line 3").hasMessageContaining("never closed");
    }

    @Test
    void refusesTextAfterAClosingQuoteWithItsLine() {
        assertThatThrownBy(() -> CsvTable.parse("a,b\n1,2\n\"3\"x,4\n"))
                .isInstanceOf(CsvFormatException.class)
                .hasMessageContaining("line 3").hasMessageContaining("malformed CSV");
    }
}
