package org.blocktune.core.tune;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.blocktune.core.examples.ExampleProject;
import org.blocktune.core.examples.ExampleProjects;
import org.blocktune.core.project.TunePlan;
import org.junit.jupiter.api.Test;

/**
 * Run folders remember the fingerprint of the run that wrote them, and {@code tune --resume} and
 * {@code fit --run-folder} compare it with the project's. These fingerprints were written by
 * BlockTune for the shipped examples; if one changes, every run folder users made from such a
 * project stops resuming. A change to a record that the fingerprint hashes (its {@code toString},
 * JSON form or hash code) shows here first: hash the old text for the old shape instead, as
 * {@link RunFingerprint#gridText} does.
 */
class RunFingerprintStabilityTest {

    private static final Map<String, String> WRITTEN = new LinkedHashMap<>();

    static {
        // the full budgets' values are those in the run.json of the full-budget runs behind the README figures
        WRITTEN.put("iris-quick.blocktune.json", "15c5651ff7aafafe3740e6d88840d10c89f7424474453eb99312ad5cf3cb5373");
        WRITTEN.put("iris.blocktune.json", "f76eeef847ef5b257f4442c4615b4483f7b9daad501f3fad4b46b5ac1212a5a1");
        WRITTEN.put("fashion-mlp-quick.blocktune.json", "0f81b9c3b088aa9f604cc68e4ef0b78f20038770ad44d1d19cd0d392b8a2adc8");
        WRITTEN.put("fashion-mlp.blocktune.json", "c4ffcb65f4d4703a9a372e9994c5bf4a67feb5c4f5fb3cdf6824cd52bd897278");
        WRITTEN.put("diamonds-quick.blocktune.json", "07c3483f13d1749d94b2546e2724215eae0f4c92811f18d93a2b80953784b300");
        WRITTEN.put("diamonds.blocktune.json", "02195b6d19a4c9727b9bb92bc73c6557c26b058b868773e370dec3d6b376ea7b");
        WRITTEN.put("attrition-quick.blocktune.json", "9f39fd5e62af9a6caa16b0e4f1b45accc2122aeb7caf47415472cbcbd7151536");
        WRITTEN.put("attrition.blocktune.json", "b3952b30662ad4b74d2420b2d645261f26cc2105ffb65bb0cad06b16da3a5979");
        WRITTEN.put("fashion-random-search-quick.blocktune.json", "c1782e9e17aa935857326b86586f41ff88df59dbe5be892b2b8007c6f7d5f150");
        WRITTEN.put("fashion-random-search.blocktune.json", "0ede15274d071c003f53486df5c1eeaca5df71378ffcd145f6c74602511f8e83");
        // the two-output example (issue 19)
        WRITTEN.put("diamonds-two-heads-quick.blocktune.json", "dd9b23b561c7d87c673db8d5d0139958f47f2a4b4cc928d1039bf1782880c4c4");
        WRITTEN.put("diamonds-two-heads.blocktune.json", "b0335420f6eaa9f34a97cd50de01214beec1f4c122011e555b6d7dc01271ee52");
    }

    @Test
    void theShippedExamplesKeepTheFingerprintsTheirRunFoldersWereWrittenWith() throws IOException {
        Map<String, String> now = new LinkedHashMap<>();
        for (ExampleProject e : ExampleProjects.all()) {
            for (boolean quick : new boolean[] {true, false}) {
                TuneJob job = TunePlan.load(e.project(quick), Path.of(e.fileName(quick))).job();
                now.put(e.fileName(quick), RunFingerprint.of(job, job.initialCandidates()));
            }
        }
        assertEquals(WRITTEN, now);
    }
}
