package org.blocktune.core.tune;

import java.nio.file.Path;

/** Child-process entry of {@link ProcessKillTest}: a slow fake run into the folder given as argument. */
public final class KilledRunMain {
    private KilledRunMain() {
    }

    public static void main(String[] args) throws Exception {
        TuneJob job = TestJobs.explicit(TestJobs.candidates(4), 1, Path.of(args[0]));
        new TuneRunner(new FakeFitter(Long.parseLong(args[1]))).run(job, null, null);
    }
}
