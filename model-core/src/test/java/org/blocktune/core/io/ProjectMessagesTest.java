package org.blocktune.core.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.blocktune.core.examples.SeedSpecs;
import org.blocktune.core.resample.Resampling;
import org.junit.jupiter.api.Test;

/** Messages of issue 16 item 7 say what is wrong and what to do, without library noise. */
class ProjectMessagesTest {

    @Test
    void aTruncatedProjectSaysItIsCutOffWithoutJacksonNoise() {
        String full = ProjectJson.write(Project.of(SeedSpecs.irisMlp()), Path.of("."));
        ProjectFormatException e = assertThrows(ProjectFormatException.class,
                () -> ProjectJson.read(full.substring(0, full.length() / 2), Path.of(".")));
        assertTrue(e.getMessage().contains("ends too early") && e.getMessage().contains("cut off"), e.getMessage());
        assertFalse(e.getMessage().contains("Source") || e.getMessage().contains("StreamReadFeature"), e.getMessage());
        ProjectFormatException junk = assertThrows(ProjectFormatException.class, () -> ProjectJson.read("{\"a\": tru }", Path.of(".")));
        assertFalse(junk.getMessage().contains("REDACTED") || junk.getMessage().contains("StreamReadFeature"), junk.getMessage());
        assertTrue(junk.getMessage().contains("line 1"), junk.getMessage());
    }

    @Test
    void tooFewRowsForTheFoldsSaysWhatToChange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Resampling.vfold(2, 3, 1, null, 1));
        assertTrue(e.getMessage().contains("too few rows for 3-fold cross-validation") && e.getMessage().contains("at most 2 folds"),
                e.getMessage());
        IllegalArgumentException one = assertThrows(IllegalArgumentException.class, () -> Resampling.vfold(1, 3, 1, null, 1));
        assertTrue(one.getMessage().contains("more data"), one.getMessage());
    }
}
