package org.blocktune.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxReaderTest {

    @Test
    void readsPlainAndGzippedFilesIntoATable(@TempDir Path dir) throws IOException {
        byte[] pixels = {0, 1, 2, 3, 4, 5, (byte) 255, 7, 8, 9, 10, 11};
        for (String suffix : List.of("", ".gz")) {
            Path img = dir.resolve("img" + suffix);
            Path lab = dir.resolve("lab" + suffix);
            IdxWriter.write(img, new int[] {2, 2, 3}, pixels);
            IdxWriter.write(lab, new int[] {2}, new byte[] {1, 0});
            Table t = IdxReader.readTable(img, lab, List.of("a", "b"));
            TensorColumn image = t.tensor("image");
            assertArrayEquals(new int[] {2, 3}, image.shape());
            assertEquals(2, image.size());
            assertEquals(255f, image.get(1, 0));
            assertEquals(5f, image.get(0, 5));
            assertEquals(List.of("b", "a"), List.of(t.categorical("label").get(0), t.categorical("label").get(1)));
        }
    }

    @Test
    void rejectsBadMagicTruncationAndMismatchedCounts(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("x.csv");
        Files.writeString(csv, "a,b\n1,2\n");
        assertTrue(assertThrows(DataLoadException.class, () -> IdxReader.read(csv)).getMessage().contains("magic"));
        Path trunc = dir.resolve("t.idx");
        Files.write(trunc, new byte[] {0, 0, 8, 1, 0, 0, 0, 5, 1, 2});
        assertTrue(assertThrows(DataLoadException.class, () -> IdxReader.read(trunc)).getMessage().contains("truncated"));
        Path img = dir.resolve("img");
        Path lab = dir.resolve("lab");
        IdxWriter.write(img, new int[] {2, 1, 1}, new byte[] {1, 2});
        IdxWriter.write(lab, new int[] {3}, new byte[] {0, 1, 0});
        assertThrows(DataLoadException.class, () -> IdxReader.readTable(img, lab, List.of()));
        IdxWriter.write(lab, new int[] {2}, new byte[] {0, 12});
        assertThrows(DataLoadException.class, () -> IdxReader.readTable(img, lab, List.of()));
    }

    @Test
    void loadsShippedFashionMnistSubset() throws IOException {
        Path dir = TestData.file("fashion-mnist-subset");
        Table train = FashionMnist.train(dir);
        Table test = FashionMnist.test(dir);
        assertEquals(2000, train.rowCount());
        assertEquals(500, test.rowCount());
        assertArrayEquals(new int[] {28, 28}, train.tensor("image").shape());
        assertEquals(TensorColumn.Storage.UINT8, train.tensor("image").storage());
        assertEquals(FashionMnist.CLASSES, train.categorical("label").levels());
        assertEquals("Ankle boot", train.categorical("label").get(0)); // first item of the published file is label 9
        for (int c : train.categorical("label").levelCounts()) assertTrue(c > 100, "every class present");
    }
}
