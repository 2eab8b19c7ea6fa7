package org.blocktune.core.tune;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.blocktune.core.fit.EpochMetrics;
import org.blocktune.core.fit.History;
import org.blocktune.core.space.GridSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunFolderTest {

    private static TuneResults completeRun(Path dir) throws IOException {
        return new TuneRunner(new FakeFitter(0)).run(TestJobs.explicit(TestJobs.candidates(), 1, dir), null, null);
    }

    @Test
    void aHalfWrittenLastLineIsIgnoredWithAWarningAndCutOffBeforeAppending(@TempDir Path dir) throws IOException {
        TuneResults reference = completeRun(dir.resolve("ref"));
        Path run = dir.resolve("run");
        completeRun(run);
        Path fits = run.resolve(RunFolder.FITS_FILE);
        List<String> lines = Files.readAllLines(fits);
        // a crash while writing the last record: drop it and leave half of it without a line end
        String last = lines.get(lines.size() - 1);
        List<String> kept = new ArrayList<>(lines.subList(0, lines.size() - 1));
        Files.write(fits, (String.join("\n", kept) + "\n" + last.substring(0, last.length() / 2))
                .getBytes(StandardCharsets.UTF_8));

        TuneResults loaded = TuneResults.load(run);
        assertEquals(17, loaded.records().size());
        assertEquals(1, loaded.warnings().size());
        assertTrue(loaded.warnings().get(0).contains("line 18") && loaded.warnings().get(0).contains("cut short"),
                loaded.warnings().get(0));

        List<String> warnings = new ArrayList<>();
        FakeFitter fitter = new FakeFitter(0);
        TuneResults resumed = new TuneRunner(fitter).resume(TestJobs.explicit(TestJobs.candidates(), 1, run), false,
                new TuneListener() {
                    @Override public void warning(String message) { warnings.add(message); }
                }, null);
        assertEquals(1, warnings.size());
        assertEquals(1, fitter.fits.get());
        assertEquals(TuneRunnerTest.stable(reference), TuneRunnerTest.stable(resumed));
        // the file is whole again: every line parses, no warnings
        assertEquals(18, Files.readAllLines(fits).size());
        assertEquals(List.of(), TuneResults.load(run).warnings());
    }

    @Test
    void aGarbledLastLineIsIgnoredAndReplaced(@TempDir Path dir) throws IOException {
        Path run = dir.resolve("run");
        completeRun(run);
        Path fits = run.resolve(RunFolder.FITS_FILE);
        List<String> lines = Files.readAllLines(fits);
        lines.set(lines.size() - 1, "{\"type\":\"fit\",\"candidate\":\"cand_006\",\"split\":");
        Files.write(fits, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        List<String> warnings = new ArrayList<>();
        List<RunFolder.Entry> entries = RunFolder.readEntries(run, true, warnings::add);
        assertEquals(17, entries.size());
        assertTrue(warnings.get(0).contains("not a valid record"), warnings.get(0));
        assertEquals(17, Files.readAllLines(fits).size());
    }

    @Test
    void aDamagedMiddleLineIsSkippedButKept(@TempDir Path dir) throws IOException {
        Path run = dir.resolve("run");
        completeRun(run);
        Path fits = run.resolve(RunFolder.FITS_FILE);
        List<String> lines = new ArrayList<>(Files.readAllLines(fits));
        lines.set(3, "not json");
        Files.write(fits, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        List<String> warnings = new ArrayList<>();
        assertEquals(17, RunFolder.readEntries(run, true, warnings::add).size());
        assertTrue(warnings.get(0).startsWith("line 4 of "), warnings.get(0));
        assertEquals(18, Files.readAllLines(fits).size());
    }

    @Test
    void recordsRoundTripExactly(@TempDir Path dir) throws IOException {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("dense_units", 3);
        values.put("learn_rate", 3.0);
        values.put("compile_optimizer", "adam");
        values.put("fit_shuffle", true);
        values.put("big", 12345678901L);
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("accuracy", 0.1 + 0.2);
        metrics.put("roc_auc", Double.NaN);
        History history = new History(List.of(new EpochMetrics(1, Map.of("loss", 1e-300)),
                new EpochMetrics(2, Map.of("loss", 0.5, "val_loss", Double.NaN))), "completed 2 epochs", 2);
        FitRecord r = new FitRecord("cand_001", values, "Fold01", -5L, FitStatus.OK, null, null, metrics, history, 12,
                null);
        FitRecord failed = new FitRecord("cand_002", values, "Fold01", 7L, FitStatus.FAILED, "DATA",
                "predictor 'x' has missing values; add an impute step", Map.of(), null, 3, null);
        RunInfo info = RunInfo.of(TestJobs.explicit(TestJobs.candidates(), 1, null),
                TestJobs.explicit(TestJobs.candidates(), 1, null).initialCandidates());
        try (RunFolder folder = RunFolder.create(dir, info)) {
            folder.append(r);
            folder.append(failed);
        }
        List<RunFolder.Entry> entries = RunFolder.readEntries(dir, false, w -> { throw new AssertionError(w); });
        FitRecord back = assertInstanceOf(RunFolder.FitEntry.class, entries.get(0)).record();
        assertEquals(r.values(), back.values());
        assertEquals(Integer.class, back.values().get("dense_units").getClass());
        assertEquals(Double.class, back.values().get("learn_rate").getClass());
        assertEquals(Long.class, back.values().get("big").getClass());
        assertEquals(r.seed(), back.seed());
        assertEquals(0.1 + 0.2, back.metric("accuracy"));
        assertTrue(Double.isNaN(back.metric("roc_auc")));
        assertEquals(1e-300, back.history().epochs().get(0).get("loss"));
        assertTrue(Double.isNaN(back.history().epochs().get(1).get("val_loss")));
        assertEquals(r.history().stopReason(), back.history().stopReason());
        FitRecord failedBack = ((RunFolder.FitEntry) entries.get(1)).record();
        assertEquals(failed, failedBack);
        assertEquals(FitSeeds.of(9, r.values(), "Fold01"), FitSeeds.of(9, back.values(), "Fold01"));

        RunInfo infoBack = RunFolder.readInfo(dir);
        assertEquals(info, infoBack);
    }

    @Test
    void aFolderWithoutARunIsReportedPlainly(@TempDir Path dir) {
        IOException e = assertThrows(IOException.class, () -> TuneResults.load(dir));
        assertTrue(e.getMessage().contains("not a tune run folder"), e.getMessage());
    }

    @Test
    void seedsDependOnValuesAndSplitNotOnNumberTypes() {
        Map<String, Object> a = Map.of("u", 3, "lr", 0.1);
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("lr", 0.1);
        b.put("u", 3L);
        assertEquals(FitSeeds.of(1, a, "Fold01"), FitSeeds.of(1, b, "Fold01"));
        assertTrue(FitSeeds.of(1, a, "Fold01") != FitSeeds.of(1, a, "Fold02"));
        assertTrue(FitSeeds.of(1, a, "Fold01") != FitSeeds.of(2, a, "Fold01"));
        assertTrue(FitSeeds.of(1, a, "Fold01") != FitSeeds.of(1, Map.of("u", 3.0, "lr", 0.1), "Fold01"));
    }

    @Test
    void runJsonListsCandidatesSplitsMetricsSeedsAndFingerprint(@TempDir Path dir) throws IOException {
        completeRun(dir);
        String json = Files.readString(dir.resolve(RunFolder.RUN_FILE));
        for (String s : List.of("\"fingerprint\"", "\"cand_006\"", "\"Fold03\"", "\"mn_log_loss\"", "\"seeds\"",
                "\"seed\" : 42")) {
            assertTrue(json.contains(s), s + " missing from " + json);
        }
        Files.writeString(dir.resolve(RunFolder.RUN_FILE), "{", StandardOpenOption.TRUNCATE_EXISTING);
        assertTrue(assertThrows(IOException.class, () -> RunFolder.readInfo(dir)).getMessage().contains("damaged"));
    }

    @Test
    void aGridWithoutPerParameterLevelsHashesAsBeforeThemSoOlderRunFoldersStillResume() {
        // the text GridSettings.toString() gave before it had per-parameter levels; run folders hashed it
        assertEquals("GridSettings[kind=LATIN_HYPERCUBE, levels=3, size=20, seed=7, bayesian=null]",
                RunFingerprint.gridText(new GridSettings(GridSettings.Kind.LATIN_HYPERCUBE, 3, 20, 7, null)));
        GridSettings levels = GridSettings.regular(3).withParameterLevels(Map.of("learn_rate", 2));
        assertTrue(RunFingerprint.gridText(levels).endsWith("parameterLevels={learn_rate=2}"), RunFingerprint.gridText(levels));
    }
}
