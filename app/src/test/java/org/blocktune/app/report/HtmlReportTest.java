package org.blocktune.app.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.blocktune.core.examples.SeedSpecs;
import org.blocktune.core.fit.EpochMetrics;
import org.blocktune.core.fit.History;
import org.blocktune.core.space.Domain;
import org.blocktune.core.space.GridSettings;
import org.blocktune.core.space.ParameterSet;
import org.blocktune.core.spec.DataShape;
import org.blocktune.core.spec.Shape;
import org.blocktune.core.tune.Candidate;
import org.blocktune.core.tune.FitRecord;
import org.blocktune.core.tune.FitStatus;
import org.blocktune.core.tune.RunInfo;
import org.blocktune.core.tune.TuneResults;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The report's text from a hand-made run: escaping, failures with their explanation, over-fitting, test metrics. */
class HtmlReportTest {
    private static History history(double[] loss, double[] val) {
        List<EpochMetrics> e = new ArrayList<>();
        for (int i = 0; i < loss.length; i++) {
            e.add(new EpochMetrics(i + 1, Map.of("loss", loss[i], "val_loss", val[i], "accuracy", 0.5 + i * 0.05)));
        }
        return new History(e, "completed", loss.length);
    }

    private static ReportInput input(ReportInput.FinalFit finalFit) {
        Candidate a = new Candidate("cand_001", Map.of("compile_optimizer", "<b>adam</b>"));
        Candidate b = new Candidate("cand_002", Map.of("compile_optimizer", "sgd"));
        History over = history(new double[] {1.0, 0.6, 0.4, 0.3, 0.2, 0.1}, new double[] {1.0, 0.7, 0.6, 0.7, 0.8, 0.9});
        List<FitRecord> records = List.of(
                new FitRecord("cand_001", a.values(), "Fold1", 1, FitStatus.OK, null, null, Map.of("accuracy", 0.9), over, 5, null),
                new FitRecord("cand_001", a.values(), "Fold2", 2, FitStatus.OK, null, null, Map.of("accuracy", 0.8), over, 5, null),
                new FitRecord("cand_002", b.values(), "Fold1", 3, FitStatus.FAILED, "DIVERGED",
                        "the loss became NaN in epoch 2, batch 1; <script>alert(1)</script>", Map.of(), null, 5, null),
                new FitRecord("cand_002", b.values(), "Fold2", 4, FitStatus.OK, null, null, Map.of("accuracy", 0.5), over, 5, null));
        RunInfo info = new RunInfo("f", "iris_mlp", false, List.of("compile_optimizer"), Map.of(), List.of(a, b),
                List.of("Fold1", "Fold2"), List.of("accuracy"), 1);
        TuneResults results = new TuneResults(info, List.of(a, b), records, List.of(), false);
        ParameterSet space = ParameterSet.of(Map.of("compile_optimizer", new Domain.ValueSet(List.of("<b>adam</b>", "sgd"))));
        return new ReportInput(SeedSpecs.irisMlp(), Map.of(), List.of("compile_optimizer"), space, GridSettings.regular(2),
                DataShape.classification(Shape.flat(4), 3), "iris & <friends>", results, null, 10, finalFit);
    }

    @Test
    void userTextIsEscapedEverywhere() {
        Document doc = Jsoup.parse(HtmlReport.of(input(null)));
        assertTrue(doc.select("script").isEmpty(), "a message must not become a script");
        assertTrue(doc.select("b").isEmpty(), "a value must not become markup");
        assertTrue(doc.selectFirst("#search-space").text().contains("<b>adam</b>, sgd"));
        assertTrue(doc.selectFirst("#results").text().contains("<b>adam</b>"));
        assertTrue(doc.selectFirst(".meta").text().contains("iris & <friends>"));
        assertTrue(doc.selectFirst("#failures").text().contains("<script>alert(1)</script>"));
    }

    @Test
    void failuresAndOverFittingCarryTheirExplanation() {
        Document doc = Jsoup.parse(HtmlReport.of(input(null)));
        String failures = doc.selectFirst("#failures").text();
        assertTrue(failures.startsWith("Failed fits 1 fit (cand_002)"), failures);
        assertTrue(failures.contains("The loss exploded") && failures.contains("learn_rate"), failures);
        String charts = doc.selectFirst("#charts").text();
        assertTrue(charts.contains("over-fitting"), charts);
        assertTrue(doc.selectFirst("#final").text().contains("There is no final fit yet"));
    }

    @Test
    void finalTestMetricsAreListed() {
        Document doc = Jsoup.parse(HtmlReport.of(input(new ReportInput.FinalFit("cand_001",
                Map.of("accuracy", 0.9333333), 30))));
        var rows = doc.select("#final table.final tbody tr");
        assertEquals(1, rows.size());
        assertEquals("accuracy", rows.get(0).child(0).text());
        assertEquals("0.9333", rows.get(0).child(1).text());
        assertTrue(doc.selectFirst("#final").text().contains("cand_001") && doc.selectFirst("#final").text().contains("30 rows"));
        assertNotNull(doc.selectFirst("#charts #autoplot img"));
    }
}
