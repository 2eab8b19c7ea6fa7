package org.blocktune.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.blocktune.core.tune.Candidate;
import org.blocktune.core.tune.MetricSummary;
import org.blocktune.core.tune.TuneResults;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code blocktune report} on a small tuned iris run: every section, with the run's own figures. */
class ReportCommandTest {
    @TempDir
    Path dir;

    @Test
    void theReportOfASmallTunedRunHoldsEverySectionWithTheRightFigures() throws Exception {
        System.setProperty("blocktune.resources", Path.of("..", "resources").toAbsolutePath().normalize().toString());
        Path project = dir.resolve("iris.blocktune.json");
        CommandLineTest.Result init = CommandLineTest.run("init", "iris", "-o", project.toString(), "--outcome", "Species",
                "--set", "fit_epochs=3", "--set", "hidden_units=[4,8]", "--set", "learn_rate=0.05");
        assertEquals(ExitCodes.OK, init.code(), init.err());
        Path runs = dir.resolve("runs");
        CommandLineTest.Result tune = CommandLineTest.run("tune", project.toString(), "--run-folder", runs.toString());
        assertEquals(ExitCodes.OK, tune.code(), tune.err());

        Path html = dir.resolve("out").resolve("report.html");
        CommandLineTest.Result report = CommandLineTest.run("report", project.toString(), "--run-folder", runs.toString(),
                "-o", html.toString(), "--final-fit");
        assertEquals(ExitCodes.OK, report.code(), report.err());
        assertTrue(report.out().contains("report written to " + html), report.out());
        Document doc = Jsoup.parse(html.toFile(), "UTF-8");

        // self-contained: nothing to fetch
        assertTrue(doc.select("link, script[src], iframe").isEmpty());
        for (Element img : doc.select("img")) {
            assertTrue(img.attr("src").startsWith("data:image/png;base64,"), img.attr("src").substring(0, 30));
        }

        // the model diagram: one box per block, in order, with shapes from the data (4 predictors, 3 classes)
        Elements blocks = doc.select("#model svg g.block");
        assertEquals(List.of("input", "hidden", "output"), blocks.eachAttr("data-block"));
        assertTrue(blocks.get(0).text().contains("[4]"), blocks.get(0).text());
        assertTrue(blocks.get(2).text().contains("[3]"), blocks.get(2).text());
        assertTrue(blocks.get(1).text().contains("tuned: hidden_units"), blocks.get(1).text());

        // the search space: the tuned argument and its values
        Elements space = doc.select("#search-space table.space tbody tr");
        assertEquals(1, space.size(), space.text());
        assertEquals("hidden_units", space.get(0).child(0).text());
        assertEquals("4, 8", space.get(0).child(1).text());

        // the results table: both candidates, best first, with the run's own means
        TuneResults results = TuneResults.load(runs);
        Candidate best = results.selectBest("accuracy");
        Elements rows = doc.select("#results table.results tbody tr");
        assertEquals(2, rows.size());
        assertEquals(best.id(), rows.get(0).child(1).text());
        assertTrue(rows.get(0).hasClass("best"));
        MetricSummary s = results.summary("accuracy").stream().filter(m -> m.candidateId().equals(best.id()))
                .findFirst().orElseThrow();
        List<String> headers = doc.select("#results table.results thead th").eachText();
        String shown = rows.get(0).child(headers.indexOf("accuracy")).text();
        assertEquals(s.mean(), Double.parseDouble(shown.split(" ± ")[0]), 5e-4 * Math.max(1, Math.abs(s.mean())), shown);
        assertEquals(String.valueOf(s.n()), rows.get(0).child(headers.indexOf("n")).text());

        // the charts: autoplot and the best candidate's history, real PNG images
        assertNotNull(doc.selectFirst("#charts #autoplot img"));
        Element history = doc.selectFirst("#charts #history");
        assertNotNull(history);
        assertTrue(history.text().contains(best.id()), history.text());
        for (Element img : doc.select("#charts img")) {
            byte[] png = Base64.getDecoder().decode(img.attr("src").substring("data:image/png;base64,".length()));
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertEquals(900, image.getWidth());
        }

        // the final test metrics equal those of 'blocktune fit' (same candidate, same seed)
        Element finalSection = doc.selectFirst("#final");
        assertTrue(finalSection.text().contains(best.id()), finalSection.text());
        CommandLineTest.Result fit = CommandLineTest.run("fit", project.toString(), "--run-folder", runs.toString(),
                "--model", dir.resolve("m.zip").toString(), "--format", "csv");
        assertEquals(ExitCodes.OK, fit.code(), fit.err());
        String fitAccuracy = fit.out().lines().filter(l -> l.startsWith("accuracy,")).findFirst().orElseThrow().split(",")[1];
        String reportAccuracy = doc.select("#final table.final tr").stream().filter(r -> r.child(0).text().equals("accuracy"))
                .findFirst().orElseThrow().child(1).text();
        assertEquals(Double.parseDouble(fitAccuracy), Double.parseDouble(reportAccuracy), 5e-4, fit.out());
        assertFalse(doc.text().toLowerCase(Locale.ROOT).contains("there is no final fit"));
    }

    @Test
    void withoutARunTheReportSaysSoAndStillShowsTheModel() throws Exception {
        System.setProperty("blocktune.resources", Path.of("..", "resources").toAbsolutePath().normalize().toString());
        Path project = dir.resolve("p.blocktune.json");
        assertEquals(ExitCodes.OK, CommandLineTest.run("init", "iris", "-o", project.toString(), "--outcome", "Species")
                .code());
        CommandLineTest.Result r = CommandLineTest.run("report", project.toString(), "--run-folder",
                dir.resolve("none").toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.err().contains("there is no tune run"), r.err());
        Document doc = Jsoup.parse(dir.resolve("p-report.html").toFile(), "UTF-8");
        assertEquals(3, doc.select("#model svg g.block").size());
        assertTrue(doc.selectFirst("#results").text().contains("There is no tune run yet"));
        assertTrue(doc.selectFirst("#final").text().contains("There is no final fit yet"));

        // a final model saved with the project (format 5) gives the report its test metrics without --final-fit
        org.blocktune.core.io.Project saved = org.blocktune.core.io.ProjectFile.read(project).withFinalModel(
                new org.blocktune.core.io.FinalModelRef(dir.resolve("p.model.zip"), "cand_007",
                        java.util.Map.of("accuracy", 0.9333)));
        org.blocktune.core.io.ProjectFile.write(saved, project);
        assertEquals(ExitCodes.OK, CommandLineTest.run("report", project.toString(), "--run-folder",
                dir.resolve("none").toString(), "-o", dir.resolve("kept.html").toString()).code());
        Document kept = Jsoup.parse(dir.resolve("kept.html").toFile(), "UTF-8");
        assertTrue(kept.selectFirst("#final").text().contains("cand_007"), kept.selectFirst("#final").text());
        assertEquals("0.9333", kept.select("#final table.final tr").stream()
                .filter(row -> row.child(0).text().equals("accuracy")).findFirst().orElseThrow().child(1).text());

        CommandLineTest.Result noFit = CommandLineTest.run("report", project.toString(), "--run-folder",
                dir.resolve("none").toString(), "--final-fit", "-o", dir.resolve("x.html").toString());
        assertEquals(ExitCodes.BAD_INPUT, noFit.code());
        assertTrue(noFit.err().contains("--final-fit needs a tune run"), noFit.err());
    }
}
