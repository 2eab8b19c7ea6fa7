package org.blocktune.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.blocktune.core.data.IdxReader;
import org.blocktune.core.data.IdxWriter;

/**
 * Tool: writes the first N training and M test items of Fashion-MNIST as gzipped IDX files
 * (same file names as the full data). Arguments: source dir, target dir (default relative to the repository root, where
 * {@code mvn -pl bench exec:java} runs), N (default 2000), M (default 500).
 */
public final class FashionMnistSubset {
    private FashionMnistSubset() { }

    public static void main(String[] args) throws Exception {
        Path from = Path.of(args.length > 0 ? args[0] : "/work/shared/datasets/fashion-mnist");
        Path to = Path.of(args.length > 1 ? args[1] : "resources/datasets/fashion-mnist-subset");
        int train = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
        int test = args.length > 3 ? Integer.parseInt(args[3]) : 500;
        Files.createDirectories(to);
        copy(from, to, "train-images-idx3-ubyte.gz", train);
        copy(from, to, "train-labels-idx1-ubyte.gz", train);
        copy(from, to, "t10k-images-idx3-ubyte.gz", test);
        copy(from, to, "t10k-labels-idx1-ubyte.gz", test);
    }

    private static void copy(Path from, Path to, String name, int n) throws Exception {
        IdxReader.IdxData d = IdxReader.read(from.resolve(name));
        int[] dims = d.dims().clone();
        int per = d.values().length / dims[0];
        dims[0] = n;
        IdxWriter.write(to.resolve(name), dims, Arrays.copyOf(d.values(), n * per));
        System.out.println(name + ": " + n + " items");
    }
}
