package org.blocktune.bench;

import java.nio.file.Path;
import org.blocktune.core.data.CsvReader;
import org.blocktune.core.data.FashionMnist;
import org.blocktune.core.data.Table;

/**
 * Prints load time and retained heap for diamonds.csv and the full Fashion-MNIST. Not a test.
 * Arguments: Fashion-MNIST directory (default /work/shared/datasets/fashion-mnist), diamonds.csv
 * (default resources/datasets/diamonds.csv, relative to the repository root).
 */
public final class DataLoadBenchmark {
    private DataLoadBenchmark() { }

    public static void main(String[] args) throws Exception {
        Path fashion = Path.of(args.length > 0 ? args[0] : "/work/shared/datasets/fashion-mnist");
        Path diamonds = Path.of(args.length > 1 ? args[1] : "resources/datasets/diamonds.csv");
        if (!diamonds.toFile().exists()) diamonds = Path.of("../resources/datasets/diamonds.csv");

        long c0 = System.nanoTime();
        CsvReader.read(diamonds);
        System.out.printf("%-36s %8.1f ms%n", "diamonds.csv first load (cold JIT)", (System.nanoTime() - c0) / 1e6);
        for (int warm = 0; warm < 2; warm++) CsvReader.read(diamonds); // JIT warm-up
        long before = usedHeap();
        long t0 = System.nanoTime();
        Table d = CsvReader.read(diamonds);
        long t1 = System.nanoTime();
        long after = usedHeap();
        report("diamonds.csv (after 3 loads)", d, t1 - t0, after - before);

        before = usedHeap();
        t0 = System.nanoTime();
        Table train = FashionMnist.train(fashion);
        Table test = FashionMnist.test(fashion);
        t1 = System.nanoTime();
        after = usedHeap();
        report("Fashion-MNIST train+test", train, t1 - t0, after - before);
        System.out.printf("  (test part: %d rows; max heap %d MB)%n", test.rowCount(), Runtime.getRuntime().maxMemory() >> 20);
    }

    private static void report(String what, Table t, long nanos, long bytes) {
        System.out.printf("%-36s %,7d rows × %2d cols  %8.1f ms  retained heap %7.1f MB%n",
                what, t.rowCount(), t.columnCount(), nanos / 1e6, bytes / 1048576.0);
    }

    private static long usedHeap() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
